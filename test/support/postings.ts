/**
 * A full-stack posting with front-end and server work of equal weight: LABELING.md's own borderline
 * between backend and other, so the classifier gives a close call (label `other`, runner-up `backend`).
 */
export const FULL_STACK_POSTING = `About the role
You will build features across our web app: React and TypeScript on the front end, Node.js REST APIs
and PostgreSQL on the server. You will work with designers on the user interface and with product
managers on new features, write unit tests and review code.
- 5+ years building web applications
- React, CSS, Node.js, PostgreSQL`;

/** A data engineering posting (data, about 98% sure): its title and its telling words. */
export const DATA_POSTING = {
  title: 'Senior Data Engineer',
  description: `What you'll do
Build batch and streaming data pipelines with Airflow, dbt and Spark, and model our Snowflake warehouse.
Own ELT and CDC ingestion from our OLTP databases, write SQL with window functions, and keep data freshness SLAs for analytics.
- 5+ years of data engineering
- Kafka and Flink for event streams`,
};

const TELLING_WORDS = /\b(?:Data|Engineer|pipelines|Airflow|Spark|Snowflake|warehouse|ingestion|analytics|engineering|Kafka|Flink|freshness|streaming|batch|databases)\b/g;

/**
 * `text` with `hidden` (a soft hyphen, a zero-width space…) after the second letter of each telling
 * word: "Da­ta En­gineer". It looks the same on the page; read as is, the posting is `other`.
 */
export function withHiddenCharacters(text: string, hidden: string): string {
  return text.replace(TELLING_WORDS, (word) => `${word.slice(0, 2)}${hidden}${word.slice(2)}`);
}

/** The characters a page can hide in its words, by name. */
export const HIDDEN_CHARACTERS: ReadonlyArray<readonly [name: string, character: string]> = [
  ['soft hyphen U+00AD', '\u00AD'],
  ['zero-width space U+200B', '\u200B'],
  ['zero-width non-joiner U+200C', '\u200C'],
  ['zero-width joiner U+200D', '\u200D'],
  ['word joiner U+2060', '\u2060'],
  ['zero-width no-break space U+FEFF', '\uFEFF'],
  ['right-to-left override U+202E', '\u202E'],
  ['left-to-right embedding U+202A', '\u202A'],
  ['pop directional formatting U+202C', '\u202C'],
  ['right-to-left isolate U+2067', '\u2067'],
  ['pop directional isolate U+2069', '\u2069'],
  ['right-to-left mark U+200F', '\u200F'],
];
