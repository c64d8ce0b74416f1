import type { DimensionId } from './types';

/** ROLE-MODEL.md "The dimensions": what each role stresses on each. */
export type Dimension = { id: DimensionId; name: string; data: string; backend: string };

export const DIMENSIONS: readonly Dimension[] = [
  { id: 'primary-work', name: 'Primary work', data: 'pipelines, warehouses, ETL', backend: 'APIs, services, OLTP integration' },
  { id: 'languages', name: 'Primary languages', data: 'Python, SQL, Scala (Spark)', backend: 'Go, Java, Python, Rust, Node' },
  { id: 'sql-depth', name: 'SQL depth', data: 'deep: window functions, gap-and-island, query optimization', backend: 'moderate: mostly OLTP queries' },
  { id: 'algorithms', name: 'Algorithm depth', data: 'light to moderate (hash maps, sorting for data wrangling)', backend: 'deep (LeetCode medium/hard, DP, graphs)' },
  { id: 'system-design', name: 'System design focus', data: 'pipeline architecture, exactly-once', backend: 'service architecture, latency, caching' },
  { id: 'database', name: 'Database focus', data: 'OLAP: Snowflake, BigQuery, Redshift, warehouses', backend: 'OLTP: Postgres, MySQL, DynamoDB' },
  { id: 'real-time', name: 'Real-time semantics', data: 'streaming, watermarks, event time; freshness in seconds to minutes, batch hourly to daily', backend: 'request-response, sub-100 ms; user-facing p99 budget 100-500 ms' },
  { id: 'data-modeling', name: 'Data modeling', data: 'dimensional modeling, dbt', backend: 'schemas for OLTP' },
  { id: 'user-impact', name: 'User-facing impact', data: 'indirect (analytics, reports, data that powers features)', backend: 'direct (every API call)' },
  { id: 'on-call', name: 'On-call', data: 'batch jobs that wake you weekly', backend: 'continuous service availability' },
  { id: 'role-scope', name: 'Role scope', data: 'data systems', backend: 'application services' },
];
