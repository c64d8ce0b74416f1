import { describe, expect, test } from 'vitest';
import { classify } from './classify';
import { prepFor } from './prep';
import { PREP_RESOURCES } from './prep-resources';

const FILLER = ' You will join a friendly team and work with colleagues across the company on interesting problems.'.repeat(3);

describe('prep resources', () => {
  test.each(PREP_RESOURCES.map((r) => [r.title, r.url]))('%s is an https link', (_title, url) => {
    expect(new URL(url).protocol).toBe('https:');
  });
});

describe('prepFor', () => {
  test('a streaming-heavy data posting puts event time and watermarks first', () => {
    const c = classify({ title: 'Data Engineer', text: `Build streaming ETL pipelines with Flink and Kafka Streams into our Snowflake data warehouse: event time, watermarks, exactly-once, CDC with Debezium, stream processing, data modeling and dbt for analysts.${FILLER}` });
    expect(c.label).toBe('data');
    expect(prepFor(c)[0]!.dimension).toBe('real-time');
  });

  test('a modeling-heavy data posting puts data modeling first', () => {
    const c = classify({ title: 'Analytics Engineer', text: `Own our dbt project and dimensional modeling: star schema, fact tables, slowly changing dimensions, Kimball, semantic layer, data models for the warehouse.${FILLER}` });
    expect(c.label).toBe('data');
    expect(prepFor(c)[0]!.dimension).toBe('data-modeling');
  });

  test('backend gets only backend prep, with a reason for the top item', () => {
    const c = classify({ title: 'Backend Engineer', text: `Build REST APIs and microservices in Go, caching with Redis, low latency, PostgreSQL.${FILLER}` });
    const prep = prepFor(c);
    expect(prep.length).toBeGreaterThan(0);
    expect(prep.every((p) => p.forLabel === 'backend')).toBe(true);
    expect(prep[0]!.why).toMatch(/stresses/);
  });

  test('hybrid gets both lists', () => {
    const c = classify({ title: 'Senior Software Engineer, Data Platform', text: `Build our data platform: ingestion services and data APIs in Go, Kafka streaming platform, Spark and Airflow pipelines, the query engine and metadata service other teams use.${FILLER}` });
    expect(c.label).toBe('hybrid');
    expect(new Set(prepFor(c).map((p) => p.forLabel))).toEqual(new Set(['data', 'backend']));
  });

  test.each([
    { name: 'other', posting: { title: 'Frontend Engineer', text: `React, CSS, design system and accessibility for user interfaces in the browser.${FILLER}` } },
    { name: 'insufficient', posting: { title: 'Data Engineer', text: '' } },
  ])('$name gets no prep', ({ posting }) => {
    expect(prepFor(classify(posting))).toEqual([]);
  });
});

describe('language prep follows the languages the posting names', () => {
  const languagePrep = (title: string, body: string): string[] =>
    prepFor(classify({ title, text: `${body}${FILLER}` }))
      .filter((item) => item.dimension === 'languages')
      .map((item) => item.title);

  test.each([
    ['Go', 'Backend Engineer', 'Build REST APIs and microservices in Go and Golang, caching with Redis, PostgreSQL.', ['A Tour of Go']],
    ['Java via its framework', 'Backend Engineer', 'Build REST APIs and microservices with Spring Boot and Hibernate on PostgreSQL, low latency.', ['Learn Java (dev.java tutorials)']],
    ['Node.js, not Go', 'Senior Backend Engineer', 'Build REST APIs with Node.js and Express on PostgreSQL; microservices, caching with Redis.', ['Node.js: learn (event loop, async work, HTTP servers)']],
    ['most-named first, two at most', 'Backend Engineer', 'Our services are in Kotlin and Kotlin coroutines on Ktor, some Java, a little Go and Rust. REST APIs, microservices, PostgreSQL.', ['Kotlin tour', 'Learn Java (dev.java tutorials)']],
    ['no language named: no language resource', 'Backend Engineer', 'Build REST APIs and microservices, caching with Redis, low latency, PostgreSQL, on-call for production services.', []],
  ])('%s', (_name, title, body, expected) => {
    expect(languagePrep(title, body)).toEqual(expected);
  });

  test('the language the posting names most is in the first three, however much else it stresses', () => {
    const prep = prepFor(
      classify({
        title: 'Backend Engineer (Ruby)',
        text: `Build Ruby on Rails services: system design for scalability, caching with Redis, sharding and replication of PostgreSQL, indexes and query plans, transactions, on-call and incident response, SLOs.${FILLER}`,
      }),
    );
    const ruby = prep.findIndex((item) => item.title === 'Ruby in Twenty Minutes');
    expect(ruby).toBeGreaterThanOrEqual(0);
    expect(ruby).toBeLessThanOrEqual(2);
    // Only the main language is raised: the stressed dimensions still lead.
    expect(prep[0]!.dimension).not.toBe('languages');
  });

  test('a data posting in Scala gets the Scala tour beside the pandas guide', () => {
    const prep = languagePrep('Data Engineer', 'Build Spark pipelines in Scala and Airflow DAGs into the Snowflake warehouse; dbt models and ETL for analysts.');
    expect(prep).toContain('Tour of Scala');
  });
});

