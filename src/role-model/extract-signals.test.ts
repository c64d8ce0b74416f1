import { expect, test } from 'vitest';
import { extractSignals } from './extract-signals';

/** The phrases of `text` matched as any of `features`, as "feature:phrase". */
const matched = (text: string, features: readonly string[]): string[] =>
  extractSignals({ title: 'Engineer', text })
    .matches.filter((m) => features.includes(m.feature))
    .map((m) => `${m.feature}:${text.slice(m.start, m.end)}`);

test.each([
  ['We’re hiring engineers across several teams.', []],
  ["We're hiring a data engineer.", []],
  ['Acme is hiring a backend engineer.', []],
  ['You will meet the hiring manager and our hiring team.', []],
  ['Our hiring process has three steps.', []],
  ['You will lead hiring and performance reviews for the team.', ['management:hiring', 'management:performance reviews']],
  ['Hiring, mentoring and growing engineers.', ['management:Hiring']],
  ['We are open to hiring a Software Engineer or a Senior Software Engineer.', []],
  ['Partner with hiring managers; all hiring decisions are made by people.', []],
  ['This applies to all terms of employment, including recruiting, hiring, placement and promotion.', []],
  ['We do not discriminate in hiring or employment.', []],
  ['Hours are agreed with the hiring manger.', []],
  ['Typical Annualized Hiring Range: $62,500 - $78,100', []],
  ['Manage performance, hiring, and career growth for six engineers.', ['management:hiring', 'management:career growth']],
])('"%s" names people management: %j', (text, expected) => {
  expect(matched(text, ['management'])).toEqual(expected);
});

test.each([
  ['This is IT support in a warehouse environment.', []],
  ['Warehouse IT Service Support II', []],
  ['Capture robot telemetry and warehouse events; knowing warehouse operations is a plus.', []],
  ['Design the data warehouse and optimize warehouse performance.', ['warehouse:data warehouse', 'warehouse:warehouse']],
  ['Load sources into our BigQuery warehouse.', ['warehouse:BigQuery', 'warehouse:warehouse']],
])('"%s": a building is no data warehouse (%j)', (text, expected) => {
  expect(matched(text, ['warehouse'])).toEqual(expected);
});

/** Features that say "data pipeline work": the data signals and the data-near-service/platform pairs. */
const DATA_PIPELINE_FEATURES = ['pipelines', 'etl', 'data-near-platform', 'data-near-service'];

test.each([
  ['Maintain our CI/CD pipelines and infrastructure.', []],
  ['Own the build pipelines and release pipelines for the services.', []],
  ['Set up CI pipelines with GitHub Actions.', []],
  ['Run the pipelines and infrastructure we sell.', ['pipelines:pipelines', 'data-near-platform:pipelines and infrastructure']],
  ['Build data pipelines in Airflow.', ['etl:data pipelines']],
])('"%s": delivery pipelines are not data pipelines (%j)', (text, expected) => {
  expect(matched(text, DATA_PIPELINE_FEATURES)).toEqual(expected);
});

// "Design" names the design discipline (other) only where it is one, not engineering's own design work.
test.each([
  ['Collaborate with teams to design, implement, and test software solutions.', []],
  ['Architect, design, and build the foundational infrastructure.', []],
  ['Take part in design reviews and code reviews.', []],
  ['Understanding of object-oriented design and development principles.', []],
  ['Design of new products and features across mobile and web.', ['non-engineering:Design']],
  ['A focus on Engineering, Product, and Design.', ['non-engineering:Design']],
])('"%s": design as a discipline (%j)', (text, expected) => {
  expect(matched(text, ['non-engineering'])).toEqual(expected);
});
