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
])('"%s" names people management: %j', (text, expected) => {
  expect(matched(text, ['management'])).toEqual(expected);
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
