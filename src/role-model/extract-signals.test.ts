import { expect, test } from 'vitest';
import { extractSignals } from './extract-signals';

const managementPhrases = (text: string): string[] =>
  extractSignals({ title: 'Engineer', text })
    .matches.filter((m) => m.feature === 'management')
    .map((m) => text.slice(m.start, m.end));

test.each([
  ['We’re hiring engineers across several teams.', []],
  ["We're hiring a data engineer.", []],
  ['Acme is hiring a backend engineer.', []],
  ['You will meet the hiring manager and our hiring team.', []],
  ['Our hiring process has three steps.', []],
  ['You will lead hiring and performance reviews for the team.', ['hiring', 'performance reviews']],
  ['Hiring, mentoring and growing engineers.', ['Hiring']],
])('"%s" names people management: %j', (text, expected) => {
  expect(managementPhrases(text)).toEqual(expected);
});
