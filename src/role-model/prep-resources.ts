import type { ProgrammingLanguage } from './programming-languages';
import type { DimensionId } from './types';

/**
 * ROLE-MODEL.md "Prep, by label": public, stable, free resources (official docs and well-known
 * study lists), each with the dimension it trains. Order within a label is the default priority
 * when a posting stresses no dimension in particular.
 */
export type PrepResource = {
  title: string;
  url: string;
  dimension: DimensionId;
  forLabel: 'data' | 'backend';
  /** A resource about one language: offered only when the posting names that language. */
  language?: ProgrammingLanguage;
};

export const PREP_RESOURCES: readonly PrepResource[] = [
  // data engineer
  { forLabel: 'data', dimension: 'sql-depth', title: 'PostgreSQL tutorial: window functions', url: 'https://www.postgresql.org/docs/current/tutorial-window.html' },
  { forLabel: 'data', dimension: 'sql-depth', title: 'LeetCode SQL 50 study plan', url: 'https://leetcode.com/studyplan/top-sql-50/' },
  { forLabel: 'data', dimension: 'sql-depth', title: 'Use The Index, Luke: SQL indexing and query tuning', url: 'https://use-the-index-luke.com/' },
  { forLabel: 'data', dimension: 'data-modeling', title: 'Kimball Group: dimensional modeling techniques', url: 'https://www.kimballgroup.com/data-warehouse-business-intelligence-resources/kimball-techniques/dimensional-modeling-techniques/' },
  { forLabel: 'data', dimension: 'data-modeling', title: 'dbt docs: best practices (how we structure our dbt projects)', url: 'https://docs.getdbt.com/best-practices' },
  { forLabel: 'data', dimension: 'primary-work', title: 'Apache Airflow docs: core concepts', url: 'https://airflow.apache.org/docs/apache-airflow/stable/core-concepts/index.html' },
  { forLabel: 'data', dimension: 'primary-work', title: 'Apache Spark: SQL, DataFrames and Datasets guide', url: 'https://spark.apache.org/docs/latest/sql-programming-guide.html' },
  { forLabel: 'data', dimension: 'real-time', title: 'Apache Flink docs: timely stream processing (event time and watermarks)', url: 'https://nightlies.apache.org/flink/flink-docs-stable/docs/concepts/time/' },
  { forLabel: 'data', dimension: 'real-time', title: 'Spark Structured Streaming programming guide (event time, watermarking, exactly-once)', url: 'https://spark.apache.org/docs/latest/structured-streaming-programming-guide.html' },
  { forLabel: 'data', dimension: 'database', title: 'Snowflake docs: key concepts and architecture', url: 'https://docs.snowflake.com/en/user-guide/intro-key-concepts' },
  { forLabel: 'data', dimension: 'database', title: 'BigQuery docs: storage overview', url: 'https://cloud.google.com/bigquery/docs/storage_overview' },
  { forLabel: 'data', dimension: 'languages', title: 'pandas user guide (Python data wrangling)', url: 'https://pandas.pydata.org/docs/user_guide/index.html' },
  { forLabel: 'data', dimension: 'languages', language: 'Scala', title: 'Tour of Scala', url: 'https://docs.scala-lang.org/tour/tour-of-scala.html' },
  { forLabel: 'data', dimension: 'system-design', title: 'DataTalksClub data engineering zoomcamp (pipeline design end to end)', url: 'https://github.com/DataTalksClub/data-engineering-zoomcamp' },
  { forLabel: 'data', dimension: 'on-call', title: 'Apache Airflow docs: best practices (idempotent, re-runnable tasks)', url: 'https://airflow.apache.org/docs/apache-airflow/stable/best-practices.html' },
  { forLabel: 'data', dimension: 'role-scope', title: 'Feast docs: feature store concepts', url: 'https://docs.feast.dev/' },
  { forLabel: 'data', dimension: 'user-impact', title: 'Google Cloud: MLOps, continuous delivery and automation pipelines in ML', url: 'https://cloud.google.com/architecture/mlops-continuous-delivery-and-automation-pipelines-in-machine-learning' },
  { forLabel: 'data', dimension: 'algorithms', title: 'Python docs: collections (hash maps and counters for data wrangling)', url: 'https://docs.python.org/3/library/collections.html' },
  // backend engineer
  { forLabel: 'backend', dimension: 'algorithms', title: 'NeetCode 150 (LeetCode mediums and hards by pattern)', url: 'https://neetcode.io/practice' },
  { forLabel: 'backend', dimension: 'algorithms', title: 'LeetCode Top Interview 150 study plan', url: 'https://leetcode.com/studyplan/top-interview-150/' },
  { forLabel: 'backend', dimension: 'system-design', title: 'The System Design Primer', url: 'https://github.com/donnemartin/system-design-primer' },
  { forLabel: 'backend', dimension: 'real-time', title: 'Latency numbers every programmer should know', url: 'https://gist.github.com/jboner/2841832' },
  { forLabel: 'backend', dimension: 'primary-work', title: 'Google Cloud API design guide', url: 'https://cloud.google.com/apis/design' },
  { forLabel: 'backend', dimension: 'primary-work', title: 'Microsoft REST API guidelines', url: 'https://github.com/microsoft/api-guidelines' },
  { forLabel: 'backend', dimension: 'database', title: 'PostgreSQL docs: indexes', url: 'https://www.postgresql.org/docs/current/indexes.html' },
  { forLabel: 'backend', dimension: 'database', title: 'PostgreSQL docs: transaction isolation', url: 'https://www.postgresql.org/docs/current/transaction-iso.html' },
  { forLabel: 'backend', dimension: 'system-design', title: 'Redis docs: caching and data types', url: 'https://redis.io/docs/latest/develop/' },
  { forLabel: 'backend', dimension: 'on-call', title: 'Google SRE book (on-call, SLOs, incident response)', url: 'https://sre.google/sre-book/table-of-contents/' },
  // Extended coding in the posting's own language: one resource per language, offered when the posting names it.
  { forLabel: 'backend', dimension: 'languages', language: 'Go', title: 'A Tour of Go', url: 'https://go.dev/tour/' },
  { forLabel: 'backend', dimension: 'languages', language: 'Java', title: 'Learn Java (dev.java tutorials)', url: 'https://dev.java/learn/' },
  { forLabel: 'backend', dimension: 'languages', language: 'Kotlin', title: 'Kotlin tour', url: 'https://kotlinlang.org/docs/kotlin-tour-welcome.html' },
  { forLabel: 'backend', dimension: 'languages', language: 'Python', title: 'The Python Tutorial', url: 'https://docs.python.org/3/tutorial/' },
  { forLabel: 'backend', dimension: 'languages', language: 'Node.js', title: 'Node.js: learn (event loop, async work, HTTP servers)', url: 'https://nodejs.org/en/learn/getting-started/introduction-to-nodejs' },
  { forLabel: 'backend', dimension: 'languages', language: 'TypeScript', title: 'The TypeScript Handbook', url: 'https://www.typescriptlang.org/docs/handbook/intro.html' },
  { forLabel: 'backend', dimension: 'languages', language: 'Rust', title: 'The Rust Programming Language (the book)', url: 'https://doc.rust-lang.org/book/' },
  { forLabel: 'backend', dimension: 'languages', language: 'C#', title: 'A tour of C# (Microsoft Learn)', url: 'https://learn.microsoft.com/en-us/dotnet/csharp/tour-of-csharp/' },
  { forLabel: 'backend', dimension: 'languages', language: 'Ruby', title: 'Ruby in Twenty Minutes', url: 'https://www.ruby-lang.org/en/documentation/quickstart/' },
  { forLabel: 'backend', dimension: 'languages', language: 'PHP', title: 'PHP manual: language reference', url: 'https://www.php.net/manual/en/langref.php' },
  { forLabel: 'backend', dimension: 'languages', language: 'C++', title: 'Learn C++', url: 'https://www.learncpp.com/' },
  { forLabel: 'backend', dimension: 'languages', language: 'Elixir', title: 'Elixir: introduction', url: 'https://hexdocs.pm/elixir/introduction.html' },
  { forLabel: 'backend', dimension: 'role-scope', title: 'The System Design Primer: design a service end to end', url: 'https://github.com/donnemartin/system-design-primer#system-design-interview-questions-with-solutions' },
];
