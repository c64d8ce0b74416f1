import { expect, test } from 'vitest';
import { mergeLevelTable } from './merge-level-table';
import { parseSalaryText } from './parse-salary-text';

const LADDER = `Compensation
- Software Engineer I: $110K - $130K
- Software Engineer II: $130K - $150K
- Senior Software Engineer: $150K - $185K
- Remote US: $120K - $170K`;

const merged = (title: string) =>
  mergeLevelTable(parseSalaryText(LADDER), LADDER, title).map((range) => [range.min, range.max, range.level, range.location]);

test.each([
  // The title names exactly one row: that row is the job's pay (II is 2, as in "Engineer 2").
  ['Software Engineer II', [[130_000, 150_000, 'Software Engineer II', null]]],
  ['Software Engineer 2, Payments', [[130_000, 150_000, 'Software Engineer II', null]]],
  ['Senior Software Engineer', [[150_000, 185_000, 'Senior Software Engineer', null]]],
  // It names none, or several: one range across the rows.
  ['Backend Engineer', [[110_000, 185_000, 'Software Engineer I – Senior Software Engineer', null]]],
])('%s', (title, expected) => {
  // A row tied to a place is no level and stays as it is.
  expect(merged(title)).toEqual([...expected, [120_000, 170_000, null, 'Remote US']]);
});

test('rows in two currencies are two tables', () => {
  const text = 'Level 1: $100K - $120K\nLevel 2: $120K - $140K\nLevel 1: €90K - €100K\nLevel 2: €100K - €120K';
  expect(mergeLevelTable(parseSalaryText(text), text, 'Engineer').map((range) => [range.currency, range.min, range.max])).toEqual([
    ['USD', 100_000, 140_000],
    ['EUR', 90_000, 120_000],
  ]);
});

test('a single row with a level is left alone', () => {
  const text = 'Senior Data Engineer: $150K - $185K';
  expect(mergeLevelTable(parseSalaryText(text), text, 'Data Engineer').map((range) => [range.level, range.flags])).toEqual([
    ['Senior Data Engineer', ['period-guessed']],
  ]);
});
