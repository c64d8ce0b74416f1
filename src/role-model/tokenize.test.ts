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
  // Addresses are not words of the posting: no HTTP API in a link, no recruiting duty in an e-mail address.
  { text: 'visit http://www.acme.com/careers.html today', words: ['visit', 'today'] },
  { text: 'see (HTTPS://acme.com/jobs) or www.acme.io.', words: ['see', 'or'] },
  { text: 'Email recruiting@acme.com, or hiring.team@acme.co.uk.', words: ['email', 'or'] },
  { text: 'build HTTP APIs at @acme and C@scale.', words: ['build', 'http', 'apis', 'at', 'acme', 'and', 'c', 'scale'] },
  { text: 'the httpd server, whatever', words: ['the', 'httpd', 'server', 'whatever'] },
])('$text', ({ text, words }) => {
  const tokens = tokenize(text);
  expect(tokens.words).toEqual(words);
  // One offset pair per word, also after an e-mail address took back the words of its local part.
  expect([tokens.starts.length, tokens.ends.length]).toEqual([words.length, words.length]);
  tokens.words.forEach((word, i) => expect(text.slice(tokens.starts[i], tokens.ends[i]).toLowerCase()).toBe(word));
});
