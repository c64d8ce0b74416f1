import { describe, expect, it } from 'vitest';
import { findSalaryText } from './salary-text';

describe('findSalaryText', () => {
  it.each([
    ['$130,000 - $160,000 a year - Full-time', '$130,000 - $160,000 a year'],
    ['$220K – $330K', '$220K – $330K'],
    ['A$150K/yr - A$180K/yr · Full-time', 'A$150K/yr - A$180K/yr'],
    ['Base pay range $180,000/yr - $230,000/yr', '$180,000/yr - $230,000/yr'],
    ['CA$120K to CA$140K per year', 'CA$120K to CA$140K per year'],
    ['From £45,000 per annum', '£45,000 per annum'],
    ['€60k – €75k', '€60k – €75k'],
    ['$45 an hour', '$45 an hour'],
    ['$45 per hour - Contract', '$45 per hour'],
    ['$95,000 a year - Full-time - Remote', '$95,000 a year'],
    ['₹25,00,000 - ₹35,00,000 a year', '₹25,00,000 - ₹35,00,000 a year'],
    ['$150K/yr - Full-time - 401(k)', '$150K/yr'],
    ['Up to $200,000 a year', '$200,000 a year'],
    ['$1.2M - $1.5M', '$1.2M - $1.5M'],
    ['US$ 90,000 – US$ 110,000', 'US$ 90,000 – US$ 110,000'],
    ['Pay: $100,000 - Benefits: $5,000 stipend', '$100,000'],
  ])('%s → %s', (text, expected) => {
    expect(findSalaryText(text)).toBe(expected);
  });

  it.each([[''], ['Full-time'], ['Competitive salary'], ['401(k) and 25 days off'], ['$ signs only $']])('%s → none', (text) => {
    expect(findSalaryText(text)).toBeUndefined();
  });

  it('reads through characters a page hides in the figures', () => {
    expect(findSalaryText('$180,\u200B000 - $200,000 a year')).toBe('$180,000 - $200,000 a year');
  });
});
