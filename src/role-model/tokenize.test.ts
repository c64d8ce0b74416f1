import { expect, test } from 'vitest';
import { tokenize } from './tokenize';

test.each([
  { text: 'Build ETL/ELT pipelines', words: ['build', 'etl', 'elt', 'pipelines'] },
  { text: 'C++ and C# devs', words: ['c++', 'and', 'c#', 'devs'] },
  { text: 'data pipelinesExperience with Airflow', words: ['data', 'pipelines', 'experience', 'with', 'airflow'] },
  { text: 'BigQuery', words: ['big', 'query'] },
  { text: 'BIGQUERY bigquery', words: ['bigquery', 'bigquery'] },
  { text: '<div class="x">Spark</div><br/>Kafka', words: ['spark', 'kafka'] },
  { text: 'a < b and c > d', words: ['a', 'b', 'and', 'c', 'd'] },
  { text: 'Données et systèmes', words: ['données', 'et', 'systèmes'] },
  { text: 'we’re hiring — now', words: ['we', 're', 'hiring', 'now'] },
  { text: '', words: [] },
])('$text', ({ text, words }) => {
  const tokens = tokenize(text);
  expect(tokens.words).toEqual(words);
  tokens.words.forEach((word, i) => expect(text.slice(tokens.starts[i], tokens.ends[i]).toLowerCase()).toBe(word));
});
