import { expect, test } from 'vitest';
import { phraseContext } from './phrase-context';

/** The context of the first occurrence of `phrase` in `text`. */
function contextOf(text: string, phrase: string): string {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`no “${phrase}” in the text`);
  return phraseContext(text, start, start + phrase.length);
}

const LONG_LINE =
  'This is a hands-on senior IC role for someone who wants genuine breadth: not just DevOps, not just SRE, but someone comfortable owning solutions design, security compliance, and the guardrails that let AI agents safely take on real engineering work.';

test.each([
  // A short line is quoted whole; its neighbours are other bullets, not this one's context.
  { text: 'Requirements:\n- Experience with Spark\n- Kafka', phrase: 'Spark', context: 'Experience with Spark' },
  { text: 'Requirements:\r\n• Experience with Spark\r\n• Kafka', phrase: 'Spark', context: 'Experience with Spark' },
  { text: 'Airflow', phrase: 'Airflow', context: 'Airflow' },
  // A long line is cut at a word on each side, and says so.
  { text: LONG_LINE, phrase: 'design', context: '…SRE, but someone comfortable owning solutions design, security compliance, and the guardrails that…' },
  { text: LONG_LINE, phrase: 'This', context: 'This is a hands-on senior IC role for someone who…' },
  { text: LONG_LINE, phrase: 'work.', context: '…let AI agents safely take on real engineering work.' },
  // Whitespace collapsed; a dash inside a sentence is kept, a bullet mark opening the line is not.
  { text: '  -   Build\t\tETL   pipelines - batch and streaming  ', phrase: 'ETL', context: 'Build ETL pipelines - batch and streaming' },
  // A cut may fall at a no-break space, which is then collapsed like any other.
  { text: `${'word\u00a0'.repeat(12)}Kafka\u00a0streams`, phrase: 'Kafka', context: '…word word word word word word word word word Kafka streams' },
  // Page text stays text: markup in a posting is quoted, never interpreted (the panel renders it as text).
  { text: 'Use <b>dbt</b> & "Airflow"', phrase: 'dbt', context: 'Use <b>dbt</b> & "Airflow"' },
])('$phrase in $text', ({ text, phrase, context }) => {
  expect(contextOf(text, phrase)).toBe(context);
});

test('a word that crosses the reach is dropped whole, never quoted in half', () => {
  const text = `${'x'.repeat(80)} and Kafka and ${'y'.repeat(80)}`;
  expect(contextOf(text, 'Kafka')).toBe('…and Kafka and…');
});

test('1 MB on one line: the quote stays short', () => {
  const text = `${'lorem ipsum '.repeat(90_000)}build Kafka streams ${'dolor sit '.repeat(90_000)}`;
  const context = contextOf(text, 'Kafka');
  expect(context).toContain('build Kafka streams');
  expect(context.length).toBeLessThanOrEqual(110);
  expect(context.startsWith('…') && context.endsWith('…')).toBe(true);
});
