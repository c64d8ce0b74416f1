import { render } from 'preact';
import { Welcome } from '../../src/welcome/Welcome';
import '../../src/welcome/welcome.css';

render(<Welcome />, document.getElementById('app')!);
