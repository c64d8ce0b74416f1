import { describe, expect, test } from 'vitest';
import { BODY_SIGNALS } from './body-signals';
import { classify, classifyWith } from './classify';
import { rankEvidence } from './rank-evidence';
import { TRAINED_MODEL } from './model-weights.generated';
import { LABELS } from './softmax-model';
import type { TrainedModel } from './trained-model';
import type { Label } from './types';

const FILLER = 'You will join a friendly team and work with colleagues across the company on interesting problems. ';

function posting(title: string, body: string): { title: string; text: string } {
  return { title, text: `${body}\n${FILLER.repeat(3)}` };
}

describe('classify: clear postings', () => {
  test.each<{ title: string; body: string; label: Label }>([
    {
      title: 'Senior Data Engineer',
      body: 'Build and maintain ETL/ELT pipelines in Airflow and dbt, model the Snowflake data warehouse (star schema, fact tables), write Spark jobs and complex SQL with window functions, and keep batch jobs fresh for our analysts and dashboards.',
      label: 'data',
    },
    {
      title: 'Senior Backend Engineer',
      body: 'Design and build RESTful APIs and microservices in Go and Java, own request latency (p99 under 200 ms), caching with Redis, PostgreSQL as the system of record, high availability and on-call for services used by millions of users.',
      label: 'backend',
    },
    {
      title: 'Staff Software Engineer, ML Platform',
      body: 'Build the ML platform used by every ML team: the feature store, model serving and online inference infrastructure, training pipelines on GPUs with Kubeflow, and the APIs other teams use to deploy models.',
      label: 'hybrid',
    },
    {
      title: 'Senior Frontend Engineer',
      body: 'Build beautiful user interfaces in React and TypeScript, own our design system, CSS and accessibility, work with designers in Figma and ship pixel-perfect responsive web apps for the browser.',
      label: 'other',
    },
    {
      title: 'Registered Nurse',
      body: 'Provide patient care on the clinical floor, work shifts including weekends, maintain certification and license, document patient records and coordinate with physicians and the nursing team.',
      label: 'other',
    },
  ])('$title → $label', ({ title, body, label }) => {
    const result = classify(posting(title, body));
    expect(result.status).toBe('ok');
    expect(result.label).toBe(label);
    expect(result.hybridKind === null).toBe(label !== 'hybrid');
  });

  test('hybrid ML platform gets the ml-platform kind', () => {
    const result = classify(posting('Staff Software Engineer, ML Platform', 'Build the ML platform: feature store, model serving, online inference, training infrastructure on GPUs, MLOps, model registry and the APIs ML teams use to deploy models.'));
    expect(result.hybridKind).toBe('ml-platform');
  });
});

describe('classify: evidence', () => {
  const p = posting('Data Engineer', 'You will build data pipelines with Airflow and dbt on Snowflake, write SQL, and run Spark jobs for analytics. Python and AWS.');
  const result = classify(p);

  test('every evidence offset points at its phrase', () => {
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence) {
      const source = e.field === 'title' ? p.title : p.text;
      expect(source.slice(e.start, e.end)).toBe(e.phrase);
    }
  });

  test.each(['Airflow', 'dbt', 'Snowflake', 'Spark'])('role-defining %s is evidence leaning data', (phrase) => {
    const found = result.evidence.find((e) => e.phrase === phrase);
    expect(found?.leans).toBe('data');
    expect(found!.weight).toBeGreaterThan(0);
  });

  test('a phrase is cited where it counted most: the duty line, not the boilerplate mention', () => {
    const text = `About us\nWe are a company that loves Airflow.\nWhat you'll do\n- Run and extend our Airflow DAGs and the ETL pipelines they schedule.\n${FILLER.repeat(3)}`;
    const airflow = classify({ title: 'Data Engineer', text }).evidence.filter((e) => e.phrase === 'Airflow');
    expect(airflow).toHaveLength(1);
    expect(airflow[0]!.start).toBe(text.indexOf('Airflow DAGs'));
  });

  test('a repeated phrase carries its whole contribution, and boilerplate only its share', () => {
    const duty = "What you'll do\n- Build pipelines in Airflow.\n";
    const weightOfAirflow = (text: string): number => classify({ title: 'Data Engineer', text: `${text}${FILLER.repeat(3)}` }).evidence.find((e) => e.phrase === 'Airflow')!.weight;
    const once = weightOfAirflow(duty);
    // log(1 + 3) > log(1 + 1): three duty mentions weigh more than one, all carried by the one phrase.
    expect(weightOfAirflow(`${duty}- Own Airflow upgrades.\n- Write Airflow operators.\n`)).toBeCloseTo(once * (Math.log1p(3) / Math.log1p(1)), 2);
    // The same phrase also in the company blurb: it adds its 0.3 to the feature, and the cited weight is the total.
    const withBlurb = weightOfAirflow(`About us\nWe love Airflow.\n${duty}`);
    expect(withBlurb).toBeCloseTo(once * (Math.log1p(1.3) / Math.log1p(1)), 2);
  });

  test('a phrase seen only in company text is marked so and is never the one-line reason', () => {
    const text = `About us\nWe invest in career development and grow the team every year.\nWhat you'll do\n- Build pipelines in Airflow.\n${FILLER.repeat(3)}`;
    const c = classify({ title: 'Engineering Manager', text });
    expect(c.evidence.find((e) => e.phrase === 'career development')?.companyText).toBe(true);
    expect(c.evidence.find((e) => e.phrase === 'Airflow')?.companyText).toBeUndefined();
    expect(rankEvidence(c.evidence, c.label).deciding.some((e) => e.companyText)).toBe(false);
    expect(c.reason).not.toContain('“career development”');
  });

  test('singular and plural, title and body: one phrase, cited and named once', () => {
    const text = `What you'll do\n- Build backend APIs in Go, and the API gateway in front of them.\n- Design the backend services and the REST API our users call.\n${FILLER.repeat(3)}`;
    const c = classify({ title: 'Backend Engineer', text });
    const apiPhrases = c.evidence.filter((e) => e.field === 'text' && /^apis?$/i.test(e.phrase));
    expect(apiPhrases).toHaveLength(1);
    const named = [...c.reason!.matchAll(/“([^”]+)”/g)].map((m) => m[1]!.toLowerCase());
    expect(named.length).toBeGreaterThan(1);
    expect(new Set(named).size).toBe(named.length);
  });

  test('scores are probabilities that sum to 1 and confidence is the label’s score', () => {
    const sum = LABELS.reduce((total, label) => total + result.scores[label], 0);
    expect(sum).toBeCloseTo(1, 2);
    expect(result.confidence).toBeCloseTo(result.scores[result.label], 2);
  });
});

/** How far a feature can move the decision: the spread of its weights across labels. */
function weightOf(id: string): number {
  const j = TRAINED_MODEL.featureNames.indexOf(id);
  const column = TRAINED_MODEL.weights.map((row) => row[j]!);
  return Math.max(...column) - Math.min(...column);
}

describe('learned weights', () => {
  const shared = BODY_SIGNALS.filter((s) => s.leans === 'shared' && s.id.startsWith('shared-')).map((s) => s.id);

  test.each(shared)('shared signal %s weighs less than the role-defining ones', (id) => {
    for (const defining of ['orchestration', 'dbt', 'api', 'microservices']) expect(weightOf(id)).toBeLessThan(weightOf(defining));
  });

  // Role-defining signals push towards their role rather than the opposite role or `other`
  // (Airflow, Spark and the warehouse also run data platforms, so hybrid may match them; and a data
  // engineering team is often "the data platform team", so data may match that phrase).
  test.each<[string, Label, Label[]]>([
    ['orchestration', 'data', ['backend', 'other']],
    ['dbt', 'data', ['backend', 'hybrid', 'other']],
    ['warehouse', 'data', ['backend', 'other']],
    ['etl', 'data', ['backend', 'hybrid', 'other']],
    ['api', 'backend', ['data', 'hybrid', 'other']],
    ['microservices', 'backend', ['data', 'hybrid', 'other']],
    ['caching', 'backend', ['data', 'other']],
    ['latency', 'backend', ['data', 'other']],
    ['ml-platform', 'hybrid', ['data', 'backend', 'other']],
    ['data-platform', 'hybrid', ['backend', 'other']],
    ['frontend-work', 'other', ['data', 'backend', 'hybrid']],
    ['t-data-engineer', 'data', ['backend', 'hybrid', 'other']],
    ['t-backend', 'backend', ['data', 'hybrid', 'other']],
  ])('%s pushes towards %s', (id, label, below) => {
    const j = TRAINED_MODEL.featureNames.indexOf(id);
    expect(j).toBeGreaterThanOrEqual(0);
    const weight = (l: Label): number => TRAINED_MODEL.weights[LABELS.indexOf(l)]![j]!;
    for (const other of below) expect(weight(label)).toBeGreaterThan(weight(other));
  });
});

/** A model with no feature weights: its scores are exactly softmax(bias), whatever the posting says. */
function fixedScores(scores: Record<Label, number>, otherMargin = 0.2): TrainedModel {
  return { featureNames: [], weights: LABELS.map(() => []), bias: LABELS.map((label) => Math.log(scores[label])), otherMargin };
}

describe('classify: the precision guard explains itself', () => {
  const body = posting('Developer', 'Write and review code with the team, test it, and keep the product running for our users.');

  test.each<{ name: string; scores: Record<Label, number>; says: RegExp }>([
    { name: 'backend ahead by 10 points', scores: { data: 0.03, backend: 0.52, hybrid: 0.03, other: 0.42 }, says: /^Not a DE\/BE role, though backend engineering scored higher \(52% to 42%\): RoleLens calls a posting data or backend only with a lead of 20 points\./ },
    { name: 'data ahead by a hair', scores: { data: 0.451, backend: 0.05, hybrid: 0.05, other: 0.449 }, says: /^Not a DE\/BE role, though data engineering scored higher \(both about 45%\)/ },
  ])('$name: labelled other, and the reason says why the higher score lost', ({ scores, says }) => {
    const c = classifyWith(fixedScores(scores), body);
    expect(c.label).toBe('other');
    expect(c.reason).toMatch(says);
  });

  test('a label that scored highest gets the plain reason', () => {
    const c = classifyWith(fixedScores({ data: 0.03, backend: 0.72, hybrid: 0.03, other: 0.22 }), body);
    expect(c.label).toBe('backend');
    expect(c.reason).toMatch(/^Backend engineering[,.]/);
  });
});

describe('classify: contradiction', () => {
  test('title says backend, body is all pipelines', () => {
    const result = classify(
      posting(
        'Backend Engineer',
        'Build and own ETL pipelines with Airflow and dbt, model the Snowflake and BigQuery data warehouse with dimensional modeling, write Spark and PySpark batch jobs, tune complex SQL with window functions, backfills, data quality and lineage for analysts, dashboards and reporting. Data pipelines, data warehouse, ETL, ELT, Airflow DAGs.',
      ),
    );
    expect(result.contradiction).toMatchObject({ titleSays: 'backend', bodySays: 'data' });
  });

  test('a body that only reads as `other` without its title is no contradiction (it is usually the title that is right)', () => {
    const result = classify(posting('Senior Backend Engineer', 'You will join a small product team, write clean code, review pull requests and help the team ship features our customers love. You care about quality, collaboration and learning, and you enjoy working with designers and product managers.'));
    expect(result.status).toBe('ok');
    expect(result.contradiction).toBeNull();
  });

  test('no contradiction when title and body agree', () => {
    const result = classify(posting('Data Engineer', 'Build ETL pipelines with Airflow and dbt on Snowflake, Spark batch jobs, data modeling and complex SQL for analysts.'));
    expect(result.contradiction).toBeNull();
  });
});

describe('classify: bad input never throws', () => {
  test.each([
    { name: 'empty text', title: 'Data Engineer', text: '', why: 'no-text' },
    { name: 'whitespace only', title: 'Backend Engineer', text: ' \n\t  \n ', why: 'no-text' },
    { name: 'a teaser', title: 'Backend Engineer', text: 'Great backend role with APIs. Apply now!', why: 'too-short' },
    { name: 'non-English', title: 'Datenbankentwickler', text: 'Wir suchen eine erfahrene Person für unser Team in Berlin. Sie entwickeln Datenpipelines mit Spark und Airflow, betreuen unser Data Warehouse und arbeiten eng mit den Fachabteilungen zusammen. Sie haben mehrere Jahre Erfahrung, sprechen fließend Deutsch und bringen Freude an sauberem Code mit. Wir bieten flexible Arbeitszeiten, ein modernes Büro, Weiterbildung und ein tolles Team, das sich auf Sie freut. Bewerben Sie sich jetzt mit Lebenslauf und Zeugnissen.', why: 'not-english' },
    { name: 'CJK', title: '数据工程师', text: '负责数据仓库建设，'.repeat(200), why: 'not-english' },
  ])('$name → insufficient ($why), label other, a reason', ({ title, text, why }) => {
    expect(classify({ title, text })).toMatchObject({ status: 'insufficient', insufficient: why, label: 'other', confidence: 0, hybridKind: null, reason: expect.stringMatching(/\w/) });
  });

  test('HTML tags as text are read through', () => {
    const text = `<div><p>${'Build ETL pipelines with <b>Airflow</b> and dbt on Snowflake for our analysts and data scientists. '.repeat(5)}</p></div>`;
    expect(classify({ title: '<b>Data Engineer</b>', text })).toMatchObject({ status: 'ok', label: 'data' });
  });

  test('HTML markup is not evidence', () => {
    const result = classify({ title: 'Engineer', text: `<div class="api-service backend">${'Build ETL pipelines with Airflow and dbt on Snowflake for our analysts. '.repeat(6)}</div>` });
    expect(result.evidence.map((e) => e.phrase.toLowerCase())).not.toContain('backend');
  });

  test.each([null, undefined, 42])('non-string text %s', (text) => {
    expect(classify({ title: 'x', text: text as unknown as string }).status).toBe('insufficient');
  });

  test('1 MB of text is classified, with bounded evidence', () => {
    const text = 'Build ETL pipelines with Airflow and dbt on Snowflake; write SQL for analysts. '.repeat(14_000);
    const result = classify({ title: 'Data Engineer', text });
    expect(result.status).toBe('ok');
    expect(result.label).toBe('data');
    expect(result.evidence.length).toBeLessThanOrEqual(30);
  });
});
