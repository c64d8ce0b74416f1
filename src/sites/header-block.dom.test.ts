import { describe, expect, test } from 'vitest';
import { headerBlockOf } from './header-block';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

const BOARD = `<div id="app"><div id="job">
  <div id="header"><div id="title-row"><h1>Data Engineer</h1></div><a id="apply">Apply</a></div>
  <section id="body"><div id="description">Build pipelines.</div></section>
</div></div>`;

describe('headerBlockOf', () => {
  test.each([
    ['the block holding title and Apply, below the ancestor shared with the description', BOARD, 'description', 'header'],
    ['the title when there is no description element', BOARD, null, null],
    ['the title when the description is inside it', '<div id="app"><h1>T<div id="description">d</div></h1></div>', 'description', null],
    ['the title when they share only <body>', '<header><h1>T</h1></header><main id="description">d</main>', 'description', null],
  ])('%s', (_what, body, descriptionId, blockId) => {
    const doc = page(body);
    const title = doc.querySelector('h1')!;
    const block = headerBlockOf(title, descriptionId ? doc.getElementById(descriptionId) : null);
    expect(block).toBe(blockId ? doc.getElementById(blockId) : title);
  });
});
