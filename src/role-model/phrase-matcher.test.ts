import { expect, test } from 'vitest';
import { PhraseMatcher } from './phrase-matcher';
import { tokenize } from './tokenize';

const matcher = new PhraseMatcher();
['data', 'data pipeline', 'data pipelines', 'Java', 'JavaScript', 'BigQuery', '=REST', '=Go', 'SQL', 'SQL Server', 'C++', 'C/C++', 'design and build', 'extract transform load'].forEach((phrase, i) => matcher.add(phrase, i));
// The same phrase again with its commas, under the same value: its commas now pass.
matcher.add('extract, transform, load', 13);

function matched(text: string): string[] {
  const tokens = tokenize(text);
  return matcher.match(text, tokens).map((m) => text.slice(tokens.starts[m.firstToken], tokens.ends[m.lastToken]));
}

test.each([
  { text: 'We build data pipelines.', found: ['data pipelines'] },
  { text: 'JavaScript, not Java', found: ['JavaScript', 'Java'] },
  { text: 'javascript and BIGQUERY and BigQuery', found: ['javascript', 'BIGQUERY', 'BigQuery'] },
  { text: 'REST APIs, the rest of the team', found: ['REST'] },
  { text: 'Go services; go to market', found: ['Go'] },
  { text: 'our data.\nPipeline owners', found: ['data'] },
  { text: 'data (pipeline)', found: ['data'] },
  { text: '', found: [] },
  { text: 'HTML, SQL, Server Side', found: ['SQL'] },
  { text: 'SQL Server, C/C++', found: ['SQL Server', 'C/C++'] },
  { text: 'Rust, C, C++', found: ['C++'] },
  { text: 'design and build; design, and build; design or build', found: ['design and build', 'design, and build'] },
  { text: 'Extract, Transform, Load and extract transform load', found: ['Extract, Transform, Load', 'extract transform load'] },
])('$text', ({ text, found }) => {
  expect(matched(text)).toEqual(found);
});
