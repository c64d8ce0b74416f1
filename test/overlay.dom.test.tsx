import { render } from 'preact';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { Overlay } from '../src/overlay/Overlay';
import { CardBadge } from '../src/overlay/CardBadge';
import { LABEL_NAMES } from '../src/overlay/format';
import type { OverlayState } from '../src/overlay/overlay-state';
import type { Label } from '../src/role-model/types';
import { analyzePosting } from '../src/analysis/analyze-posting';
import { DEFAULT_SETTINGS } from '../src/settings/settings-schema';
import { FULL_STACK_POSTING } from './support/postings';

// jsdom's clicks are synthetic (isTrusted false); the panel acts only on the user's own. Here they
// stand for the user's: test/overlay-trust.dom.test.tsx checks that a page's clicks do nothing.
vi.mock('../src/overlay/user-action', () => ({ isUserAction: () => true }));

const HOSTILE = '<img src=x onerror="window.pwnedByRoleLensTest=1"><script>window.pwnedByRoleLensTest=2</script>';

const PIPELINE_BODY = `About the role
We build batch and streaming data pipelines with Airflow, dbt and Spark, model the warehouse in Snowflake,
and own ELT from our OLTP databases through CDC. You will design dimensional models, tune SQL with window
functions, and keep data freshness SLAs for analytics and ML features.
- 5+ years of data engineering
- Kafka, Flink, watermarks and event time
Salary: $150,000 - $190,000 per year, plus equity.`;

function mountInShadow(
  state: OverlayState,
  settings = DEFAULT_SETTINGS,
  onToggle?: (open: boolean) => void,
  onReadText?: () => void,
): ShadowRoot {
  const host = document.createElement('rolelens-panel');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const wrapper = document.createElement('div');
  shadow.append(wrapper);
  render(<Overlay state={state} settings={settings} onToggle={onToggle} onReadText={onReadText} />, wrapper);
  return shadow;
}

afterEach(() => {
  document.body.replaceChildren();
});

// Preact runs effects after the next frame, or after a 35 ms timer that then calls
// cancelAnimationFrame: one still pending when jsdom is torn down threw "cancelAnimationFrame is not
// defined" into the next file's run. Let them fire first.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 100)));

describe('the in-page panel', () => {
  test('shows the label, its evidence, level, band, the posting pay and prep', () => {
    const analysis = analyzePosting({ title: 'Senior Data Engineer', company: 'Acme', description: PIPELINE_BODY });
    const shadow = mountInShadow({ kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis });
    const text = shadow.textContent ?? '';
    expect(analysis.label).toBe('data');
    expect(shadow.querySelector('[data-label]')?.getAttribute('data-label')).toBe('data');
    expect(text).toContain('Data engineering');
    // The header names the posting beside the badge, without repeating the label in raw words.
    expect(shadow.querySelector('.rl-summary')?.textContent).toBe('Senior Data Engineer · L5 · pay stated');
    expect(text).toMatch(/Airflow|dbt|Spark|warehouse/);
    expect(text).toContain('L5');
    expect(text).toContain('Data engineer L5, US big tech: US$280K – US$450K a year');
    expect(text).toContain('$150K – $190K/yr');
    expect(shadow.querySelectorAll('.rl-prep a').length).toBeGreaterThan(0);
    for (const link of shadow.querySelectorAll('a')) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('rel')).toContain('noopener');
    }
  });

  test('each phrase from the description shows, on hover, the words around it; markup there stays text', () => {
    const hostile = `${PIPELINE_BODY}\n- Own our <img src=x onerror="alert(1)"> Airflow DAGs & "dbt" models <script>x()</script>`;
    const analysis = analyzePosting({ title: 'Senior Data Engineer', company: 'Acme', description: hostile });
    const shadow = mountInShadow({ kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis });
    // A phrase of the title has no tooltip: the title is in plain view.
    const quoted = [...shadow.querySelectorAll('.rl-evidence q')].filter((q) => !q.parentElement?.textContent?.includes('(title)'));
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) {
      expect(q.getAttribute('title')).toMatch(/^In the posting: /);
      expect(q.getAttribute('title')).toContain(q.textContent);
    }
    const airflow = analysis.evidence.find((e) => e.context?.includes('onerror'));
    expect(airflow?.context).toBe('Own our <img src=x onerror="alert(1)"> Airflow DAGs & "dbt" models <script>x()</script>');
    expect(shadow.querySelector('img, script')).toBeNull();
  });

  test('a phrase that barely counted beside the strongest is not listed as a reason', () => {
    const analysis = analyzePosting({ title: 'Senior Data Engineer', company: 'Acme', description: PIPELINE_BODY });
    const strongest = Math.max(...analysis.evidence.filter((e) => e.field === 'text' && e.leans === 'data').map((e) => e.weight));
    // An eighth of the strongest body phrase, a quarter of the strongest in the list: left out.
    const weak = { phrase: 'barely-counted', start: 0, end: 5, field: 'text' as const, dimension: 'primary-work' as const, leans: 'data' as const, weight: strongest / 8 };
    const fair = { ...weak, phrase: 'counted-enough', start: 6, end: 11, weight: strongest / 2 };
    const shadow = mountInShadow({ kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis: { ...analysis, evidence: [fair, weak] } });
    expect(shadow.querySelector('.rl-evidence')?.textContent).toContain('counted-enough');
    expect(shadow.querySelector('.rl-evidence')?.textContent).not.toContain('barely-counted');
  });

  test('a phrase from company text is listed apart from the role\'s evidence, once, in order of weight', () => {
    const analysis = analyzePosting({ title: 'Senior Data Engineer', company: 'Acme', description: PIPELINE_BODY });
    const strongest = Math.max(...analysis.evidence.filter((e) => e.field === 'text' && e.leans === 'data').map((e) => e.weight));
    const role = { phrase: 'from-the-role', start: 0, end: 5, field: 'text' as const, dimension: 'primary-work' as const, leans: 'data' as const, weight: strongest };
    const second = { ...role, phrase: 'also-the-role', start: 20, end: 25, weight: strongest * 0.8 };
    const again = { ...role, phrase: 'From-the-role', start: 30, end: 35, field: 'title' as const, weight: strongest / 2 };
    const company = { ...role, phrase: 'from-the-company', start: 6, end: 11, weight: strongest / 2, companyText: true as const };
    const shadow = mountInShadow({ kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis: { ...analysis, evidence: [company, second, again, role] } });
    const list = (name: string) => [...shadow.querySelectorAll(`.rl-evidence ul[data-list="${name}"] q`)].map((q) => q.textContent);
    expect(list('toward')).toEqual(['from-the-role', 'also-the-role']);
    expect(list('company-text')).toEqual(['from-the-company']);
  });

  test('the heading of an HR job template is listed as posting format, not as the job', () => {
    const analysis = analyzePosting({ title: 'Payroll Specialist', company: 'Acme', description: PIPELINE_BODY });
    const role = { phrase: 'Payroll', start: 0, end: 7, field: 'text' as const, dimension: 'role-scope' as const, leans: analysis.label, weight: 1 };
    const template = { ...role, phrase: 'Essential Duties', start: 8, end: 24, weight: 0.8, postingFormat: true as const };
    const shadow = mountInShadow({ kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis: { ...analysis, evidence: [role, template] } });
    const items = [...shadow.querySelectorAll('.rl-evidence li')].map((li) => li.textContent ?? '');
    expect(items.find((t) => t.includes('Essential Duties'))).toContain('(posting format)');
    expect(items.find((t) => t.includes('Payroll'))).not.toContain('(posting format)');
  });

  test('a close call names the runner-up next to the label, and a clear call does not', () => {
    const close = analyzePosting({ title: 'Software Engineer', description: FULL_STACK_POSTING });
    expect(close.closeCall).not.toBeNull();
    const runnerUp = close.closeCall!;
    const shadow = mountInShadow({ kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis: close });
    const chip = shadow.querySelector('[data-close-call]');
    expect(chip?.getAttribute('data-close-call')).toBe(runnerUp);
    expect(chip?.textContent).toBe(`or ${LABEL_NAMES[runnerUp]} ${Math.round(close.scores[runnerUp] * 100)}%`);
    expect(shadow.querySelector('.rl-close-call-note')?.textContent).toContain(`could also be ${LABEL_NAMES[runnerUp]}`);
    expect(shadow.querySelector('[data-summary]')?.getAttribute('data-summary')).toMatch(new RegExp(`→ ${close.label} \\d+% or ${runnerUp} \\d+%`));
    // Labelled `other`, which has no prep: the runner-up's prep is shown, marked as such.
    expect(close.label).toBe('other');
    expect(shadow.textContent).toContain(`If it is ${LABEL_NAMES[runnerUp]}:`);
    expect(shadow.querySelectorAll('.rl-prep a').length).toBe(Math.min(6, close.runnerUp!.prep.length));

    document.body.replaceChildren();
    const clear = analyzePosting({ title: 'Senior Data Engineer', company: 'Acme', description: PIPELINE_BODY });
    expect(clear.closeCall).toBeNull();
    const clearShadow = mountInShadow({ kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis: clear });
    expect(clearShadow.querySelector('[data-close-call], .rl-close-call-note')).toBeNull();
  });

  test('a runner-up that scored higher than the label (the precision guard) says so on its chip', () => {
    const close = analyzePosting({ title: 'Software Engineer', description: FULL_STACK_POSTING });
    const runnerUp = close.closeCall!;
    const chipTitle = (label: number, second: number): string | null | undefined => {
      document.body.replaceChildren();
      const analysis = { ...close, scores: { ...close.scores, [close.label]: label, [runnerUp]: second } };
      return mountInShadow({ kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis }).querySelector('[data-close-call]')?.getAttribute('title');
    };
    expect(chipTitle(0.42, 0.52)).toBe('Close call: the runner-up scored higher, but without the lead needed to name it');
    expect(chipTitle(0.52, 0.42)).toBe('Close call: the runner-up scored close to the label');
  });

  test.each<{ salaryText: string; shows: string }>([
    { salaryText: 'SF: Target Base Salary $220K – $330K • Offers Equity', shows: '$220K – $330K/yr · SF (base pay, plus equity, yearly assumed)' },
    { salaryText: 'Up to $150,000 per year', shows: 'up to $150K/yr' },
    { salaryText: 'From $40 per hour', shows: 'from $40/hr' },
    { salaryText: 'Base salary: $220,000+', shows: 'from $220K/yr' },
    { salaryText: 'Salary: up to 165K', shows: 'up to $165K/yr (yearly assumed, currency not stated)' },
    { salaryText: 'Level 1: $100,000 - $120,000 / Level 2: $120,000 - $140,000 / Level 3: $140,000 - $165,000', shows: '$100K – $165K/yr · Level 1 – Level 3 (wide range, across the levels listed, yearly assumed)' },
  ])('pay "$salaryText" reads as "$shows": flags in words, a ceiling or floor said so', ({ salaryText, shows }) => {
    const analysis = analyzePosting({ title: 'Senior Data Engineer', description: PIPELINE_BODY.replace(/^Salary:.*$/m, ''), salaryText });
    const item = mountInShadow({ kind: 'posting', board: 'ashby', layout: 'job-page', analysis }).querySelector('.rl-salary li');
    expect(item?.textContent).toContain(shows);
    // A place or level label is the posting's words: isolated from ours.
    for (const label of [analysis.salary[0]?.location, analysis.salary[0]?.level].filter(Boolean)) {
      expect([...(item?.querySelectorAll('bdi') ?? [])].map((bdi) => bdi.textContent)).toContain(label);
    }
  });

  // However many pays a posting lists, the panel shows three and says how many more there are.
  test('at most three pay lines, then how many more the posting states', () => {
    const zones = ['Zone A: $150,000 - $180,000', 'Zone B: $140,000 - $170,000', 'Zone C: $130,000 - $160,000', 'Zone D: $120,000 - $150,000', 'Zone E: $110,000 - $140,000'];
    const analysis = analyzePosting({ title: 'Senior Data Engineer', description: `${PIPELINE_BODY.replace(/^Salary:.*$/m, '')}\n${zones.join('\n')}` });
    expect(analysis.salary).toHaveLength(5);
    const shadow = mountInShadow({ kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis });
    expect([...shadow.querySelectorAll('.rl-salary > li')].map((item) => item.querySelector('bdi')?.textContent)).toEqual(['Zone A', 'Zone B', 'Zone C']);
    expect(shadow.querySelector('.rl-salary + .rl-more-pay')?.textContent).toBe('…and 2 more pay lines in the posting.');
  });

  test('with no reference band, the pay line does not repeat why', () => {
    const analysis = analyzePosting({ title: 'Junior Data Engineer', description: PIPELINE_BODY });
    expect(analysis.level.level).toBe('L3');
    expect(analysis.compBand.kind).toBe('none');
    const text = mountInShadow({ kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis }).textContent ?? '';
    expect(text).toContain('$150K – $190K/yr');
    expect(text).not.toContain('No reference band to compare with');
  });

  test('page text is rendered as text: markup in a title or body never becomes elements', () => {
    const analysis = analyzePosting({ title: `Backend Engineer ${HOSTILE}`, description: `${HOSTILE}\n${PIPELINE_BODY}` });
    const shadow = mountInShadow({ kind: 'posting', board: 'lever', layout: 'job-page', analysis });
    expect(shadow.querySelector('img, script')).toBeNull();
    expect(shadow.textContent).toContain('<img src=x onerror=');
    expect((window as unknown as { pwnedByRoleLensTest?: number }).pwnedByRoleLensTest).toBeUndefined();
  });

  // An unterminated right-to-left override in a title ran on into our own words: the headline read
  // "… 5L · exe.txt". Each page-derived string is its own isolate (<bdi>); ours are outside it.
  test('page text is isolated: a right-to-left override in a title stays in the title', () => {
    const read = analyzePosting({ title: 'Senior Data Engineer', company: 'Acme', location: 'Remote, US', description: PIPELINE_BODY });
    // As the popup could receive it: the state crosses a message boundary, so the panel relies on no reader's cleaning.
    const analysis = { ...read, title: 'Senior Data Engineer \u202Eexe.txt', level: { ...read.level, phrase: `${read.level.phrase}\u202E` } };
    const shadow = mountInShadow({ kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis });
    const summary = shadow.querySelector('.rl-summary')!;
    const title = summary.querySelector('bdi');
    expect(title?.textContent).toBe('Senior Data Engineer \u202Eexe.txt');
    const nodes = [...summary.childNodes];
    expect(nodes.slice(nodes.indexOf(title!) + 1).map((node) => [node.nodeName, node.textContent])).toEqual([['#text', ' · L5 · pay stated']]);
    // The posting's phrases, the level's phrase and the pay's place are isolated too.
    const phrases = [...shadow.querySelectorAll('.rl-evidence q')];
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.filter((q) => q.firstElementChild?.localName !== 'bdi' || q.firstElementChild.textContent !== q.textContent)).toEqual([]);
    expect([...shadow.querySelectorAll('.rl-details bdi')].map((bdi) => bdi.textContent)).toContain(analysis.level.phrase);
  });

  test('a posting without text says so instead of guessing', () => {
    const analysis = analyzePosting({
      title: 'Principal Software Engineer',
      description: '',
      descriptionReason: 'Lever apply page: the description is on the job page',
    });
    const shadow = mountInShadow({ kind: 'posting', board: 'lever', layout: 'apply-page', analysis, note: 'Lever apply page: the description is on the job page' });
    expect(analysis.status).toBe('insufficient');
    expect(shadow.textContent).toContain('Not enough text to judge');
    expect(shadow.textContent).toContain('description is on the job page');
    expect(shadow.textContent!.split('description is on the job page').length - 1).toBe(1);
    expect(shadow.querySelector('[data-label]')).toBeNull();
  });

  test('a posting not in English says so, not "not enough text"', () => {
    const german = 'Wir suchen eine erfahrene Person für unser Team in Berlin. Sie entwickeln Datenpipelines mit Spark und Airflow, betreuen unser Data Warehouse und arbeiten eng mit den Fachabteilungen zusammen. Sie haben mehrere Jahre Erfahrung und bringen Freude an sauberem Code mit. Wir bieten flexible Arbeitszeiten und ein tolles Team.';
    const analysis = analyzePosting({ title: 'Datenbankentwickler', description: german });
    const shadow = mountInShadow({ kind: 'posting', board: 'linkedin', layout: 'guest', analysis });
    expect(shadow.querySelector('.rl-badge')?.textContent).toBe('Not in English: not judged');
    expect(shadow.textContent).not.toContain('Not enough text');
    expect(shadow.querySelector('[data-summary]')?.getAttribute('data-summary')).toContain('not in English, not judged');
  });

  test.each<[OverlayState, RegExp]>([
    [{ kind: 'unrecognised', board: 'linkedin', reason: 'no known layout' }, /couldn't read this page: no known layout/],
    [{ kind: 'error', message: 'boom' }, /RoleLens stopped: boom.*Reload the page/],
  ])('state %j reads clearly', (state, expected) => {
    expect(mountInShadow(state).textContent).toMatch(expected);
  });

  test("on a board page it could not read, it offers to read the page's text, and says what that reads", () => {
    let asked = 0;
    const unknown: OverlayState = { kind: 'unrecognised', board: 'linkedin', reason: 'no known layout' };
    const shadow = mountInShadow(unknown, DEFAULT_SETTINGS, undefined, () => asked++);
    const button = shadow.querySelector<HTMLButtonElement>('button[name=read-text]')!;
    expect(button.textContent).toBe("Read the page's text instead");
    expect(shadow.textContent).toContain('which can hold more than the posting');
    button.click();
    expect(asked).toBe(1);
    // Not offered when the content script gives no way to do it (already reading the text), nor on a posting.
    expect(mountInShadow(unknown).querySelector('button[name=read-text]')).toBeNull();
    const analysis = analyzePosting({ title: 'Senior Data Engineer', description: PIPELINE_BODY });
    const posting = mountInShadow({ kind: 'posting', board: 'linkedin', layout: 'guest', analysis }, DEFAULT_SETTINGS, undefined, () => asked++);
    expect(posting.querySelector('button[name=read-text]')).toBeNull();
  });

  test('settings hide the band, the pay and the prep', () => {
    const analysis = analyzePosting({ title: 'Senior Data Engineer', description: PIPELINE_BODY });
    const shadow = mountInShadow(
      { kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis },
      { ...DEFAULT_SETTINGS, showCompBand: false, showSalary: false, showPrep: false },
    );
    expect(shadow.textContent).not.toContain('Reference band');
    expect(shadow.textContent).not.toContain("The posting's pay");
    expect(shadow.querySelector('.rl-prep')).toBeNull();
  });

  test('starts collapsed when asked, and the toggle opens it', async () => {
    const analysis = analyzePosting({ title: 'Senior Data Engineer', description: PIPELINE_BODY });
    const shadow = mountInShadow(
      { kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis },
      { ...DEFAULT_SETTINGS, startCollapsed: true },
    );
    expect(shadow.querySelector('.rl-details')).toBeNull();
    shadow.querySelector<HTMLButtonElement>('.rl-toggle')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shadow.querySelector('.rl-details')).not.toBeNull();
  });

  test('tells the content script each time the user opens or closes it, to remember for the next posting', async () => {
    const analysis = analyzePosting({ title: 'Senior Data Engineer', description: PIPELINE_BODY });
    const heard: boolean[] = [];
    const shadow = mountInShadow({ kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis }, DEFAULT_SETTINGS, (open) =>
      heard.push(open),
    );
    const toggle = shadow.querySelector<HTMLButtonElement>('.rl-toggle')!;
    toggle.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    toggle.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heard).toEqual([false, true]);
    expect(shadow.querySelector('.rl-details')).not.toBeNull();
  });

  test('on the page, the header is drawn first and the details a frame later, marked busy until then', async () => {
    const analysis = analyzePosting({ title: 'Senior Data Engineer', description: PIPELINE_BODY });
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    render(<Overlay state={{ kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis }} settings={DEFAULT_SETTINGS} detailsAfterFirstPaint />, wrapper);
    const panel = wrapper.querySelector('.rl-panel')!;
    expect(panel.querySelector('[data-label]')?.getAttribute('data-label')).toBe('data');
    expect(panel.querySelector('.rl-details')).toBeNull();
    expect(panel.getAttribute('aria-busy')).toBe('true');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(panel.querySelector('.rl-details')?.textContent).toContain('Data engineer L5, US big tech');
    expect(panel.hasAttribute('aria-busy')).toBe(false);
    // Folded and unfolded again later, the details come at once: only the first draw waits.
    const toggle = panel.querySelector<HTMLButtonElement>('.rl-toggle')!;
    toggle.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    toggle.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(panel.querySelector('.rl-details')).not.toBeNull();
    expect(panel.hasAttribute('aria-busy')).toBe(false);
  });

  test('a panel that starts folded is not marked busy', () => {
    const analysis = analyzePosting({ title: 'Senior Data Engineer', description: PIPELINE_BODY });
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    render(
      <Overlay state={{ kind: 'posting', board: 'greenhouse', layout: 'job-board', analysis }} settings={{ ...DEFAULT_SETTINGS, startCollapsed: true }} detailsAfterFirstPaint />,
      wrapper,
    );
    expect(wrapper.querySelector('.rl-panel')!.hasAttribute('aria-busy')).toBe(false);
  });
});

test.each<[Label, string]>([
  ['data', 'Data eng.?'],
  ['backend', 'Backend?'],
  ['hybrid', 'Hybrid?'],
  ['other', 'Not DE/BE?'],
])('a %s card chip reads "%s", in the badge\'s words', (label, text) => {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  render(<CardBadge label={label} />, wrapper);
  expect(wrapper.textContent).toBe(text);
});
