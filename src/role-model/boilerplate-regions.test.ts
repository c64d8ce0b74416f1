import { expect, test } from 'vitest';
import { boilerplateRegions } from './boilerplate-regions';

const section = (text: string, from: string, to?: string): string => text.slice(text.indexOf(from), to === undefined ? text.length : text.indexOf(to));

test.each([
  {
    name: 'About us up to the role section',
    text: 'About Acme\nWe sell widgets.\nWhat you’ll do\nBuild APIs.\nBenefits\nHealth care.',
    regions: [['About Acme', 'What you’ll do'], ['Benefits', undefined]],
  },
  { name: 'about the role is not boilerplate', text: 'About the role\nBuild pipelines.\n', regions: [] },
  { name: 'equal opportunity to the end', text: 'Build APIs.\nEqual Opportunity Employer\nWe do not discriminate.', regions: [['Equal Opportunity', undefined]] },
  { name: 'no headings, no regions', text: 'A single run-together paragraph about the company and the role.', regions: [] },
  { name: 'a long line is not a heading', text: `${'About our company and its many products, '.repeat(3)}\nBuild APIs.`, regions: [] },
])('$name', ({ text, regions }) => {
  const found = boilerplateRegions(text).map(([start, end]) => text.slice(start, end));
  expect(found).toEqual(regions.map(([from, to]) => section(text, from!, to)));
});
