import { render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { analyzePosting } from '../src/analysis/analyze-posting';
import { Overlay } from '../src/overlay/Overlay';
import type { OverlayState } from '../src/overlay/overlay-state';
import { DEFAULT_SETTINGS } from '../src/settings/settings-schema';

afterEach(() => {
  document.body.replaceChildren();
});

// A page that reached our panel clicked its fold button 150 times: 118 settings writes, then the
// browser's write quota. Only the user's own clicks count; a script's (isTrusted false) do nothing.
test("a page's synthetic clicks neither fold the panel nor reach what it would save", async () => {
  const heard: boolean[] = [];
  let read = 0;
  const analysis = analyzePosting({ title: 'Senior Data Engineer', description: 'We build batch and streaming data pipelines with Airflow, dbt and Spark and model the warehouse in Snowflake. '.repeat(3) });
  const mount = (state: OverlayState) => {
    const host = document.createElement('rolelens-panel');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    render(<Overlay state={state} settings={DEFAULT_SETTINGS} onToggle={(open) => heard.push(open)} onReadText={() => read++} />, shadow);
    return shadow;
  };
  const panel = mount({ kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis });
  for (let i = 0; i < 150; i++) panel.querySelector<HTMLButtonElement>('.rl-toggle')!.click();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(heard).toEqual([]);
  expect(panel.querySelector('.rl-details')).not.toBeNull();
  mount({ kind: 'unrecognised', board: 'linkedin', reason: 'no known layout' }).querySelector<HTMLButtonElement>('button[name=read-text]')!.click();
  expect(read).toBe(0);
});
