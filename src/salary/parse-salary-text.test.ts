import { describe, expect, test } from 'vitest';
import { parseSalaryText } from './parse-salary-text';
import type { SalaryBound, SalaryFlag, SalaryPeriod } from './types';

type Expected = [min: number, max: number, currency: string, period: SalaryPeriod];

function annual(text: string): number[][] {
  return parseSalaryText(text).map((r) => [r.annualMin, r.annualMax]);
}

function summarize(text: string, hint?: string): Expected[] {
  return parseSalaryText(text, hint).map((r) => [r.min, r.max, r.currency, r.period]);
}

describe('parseSalaryText: the pay forms from the issue', () => {
  test.each<[string, Expected]>([
    ['$150,000 - $190,000 per year', [150000, 190000, 'USD', 'year']],
    ['$150K–$190K', [150000, 190000, 'USD', 'year']],
    ['$150k to $190k', [150000, 190000, 'USD', 'year']],
    ['$150–190K', [150000, 190000, 'USD', 'year']],
    ['$70/hr', [70, 70, 'USD', 'hour']],
    ['$60.00/hr - $65.00/hr', [60, 65, 'USD', 'hour']],
    ['USD 120,000', [120000, 120000, 'USD', 'year']],
    ['120.000 - 140.000 EUR', [120000, 140000, 'EUR', 'year']],
    ['€80k', [80000, 80000, 'EUR', 'year']],
    ['80.000 € brutto', [80000, 80000, 'EUR', 'year']],
    ['£60,000–£70,000 + bonus', [60000, 70000, 'GBP', 'year']],
    ['CA$120,000', [120000, 120000, 'CAD', 'year']],
    ['A$130k', [130000, 130000, 'AUD', 'year']],
    ['₹25,00,000', [2500000, 2500000, 'INR', 'year']],
    ['Salary: up to $180,000', [180000, 180000, 'USD', 'year']],
    ['Pay starting at $120,000 per year', [120000, 120000, 'USD', 'year']],
    ['OTE $200,000', [200000, 200000, 'USD', 'year']],
    ['The base salary range for this position is $180,000 - $215,000 plus equity', [180000, 215000, 'USD', 'year']],
    ['58000.0 - 90000.0 USD YEARLY', [58000, 90000, 'USD', 'year']],
    ['67.29 - 82.0 USD HOURLY', [67.29, 82, 'USD', 'hour']],
    ['$6,513/month', [6513, 6513, 'USD', 'month']],
    ['€5K – €8K per month • Offers Equity', [5000, 8000, 'EUR', 'month']],
    ['Compensation$22.00-24.00 per hour', [22, 24, 'USD', 'hour']],
    ['Hourly Rate: $ 52.88', [52.88, 52.88, 'USD', 'hour']],
    ['Salary: 25,000 GBP - 35,000 GBPAt Alliants, we are hiring', [25000, 35000, 'GBP', 'year']],
    ['For Sunnyvale, CA-based roles: The base salary range for this role is USD$223,000 per year - USD$248,000 per year.', [223000, 248000, 'USD', 'year']],
    ['The annual base salary for this role is between $111,000 CAD and $150,000 CAD, plus benefits', [111000, 150000, 'CAD', 'year']],
    ['Gehalt: 65.000 - 80.000 € brutto pro Jahr', [65000, 80000, 'EUR', 'year']],
    ['CHF 120\'000 - 140\'000', [120000, 140000, 'CHF', 'year']],
    ['Salary: 12 LPA', [1200000, 1200000, 'INR', 'year']],
    // Indeed India's pay tile on a saved search page: ₹3.9 lakh is junior pay there, not junk.
    ['₹3,88,847.25 - ₹16,33,192.81 a year', [388847.25, 1633192.81, 'INR', 'year']],
    ['Pay: ₹25,000.00 - ₹40,000.00 per month', [25000, 40000, 'INR', 'month']],
  ])('%s', (text, expected) => {
    expect(summarize(text)).toEqual([expected]);
  });
});

describe('parseSalaryText: not pay', () => {
  test.each([
    '401(k) matching up to 4%',
    'We raised a $5M Series A last year.',
    'We passed $1B ARR.',
    'Trusted by 10,000 customers.',
    '- $500 learning stipend',
    'Founded 2020-2024 era tooling',
    'Call us at +1 (555) 123-4567 or 555-123-4567',
    'Requires Python 3.11.4 and Node v20.19.0',
    '$2.6B integrated health system',
    'may be eligible for up to a $1500 sign-on bonus',
    '- 🏡 Up to $2,000 (post-tax) monthly rent subsidy',
    '- A $1K monthly stipend for meals',
    'Company paid commuter benefit; $300 per month',
    'Awesome employee referral program- $2,500 for each successful referral',
    '- $100/month education budget',
    'Salary: $49/yr',
    '200.0 - 225.0 USD YEARLY',
    '$200.00 – $275,000.00 • Offers Equity',
    'Salary: 120,000 - 140,000',
    'Salary: $70',
    'Salary: $4,082 - $5,994',
    'one client may be $2,500 in compensation and another maybe $20,000)',
    'Dandy is building the CAD and 3D team.',
    'a $2T market in the U.S.',
    '- 💲 $250B+ in cryptocurrency is tracked',
    'Hit $2m rev in 2 weeks.',
  ])('%s', (text) => {
    expect(parseSalaryText(text)).toEqual([]);
  });
});

describe('parseSalaryText: locations, flags, bounds', () => {
  test('per-location list gets one range per label', () => {
    const text = 'NYC: $150,000–$190,000; SF Bay Area: $160,000–$200,000; Remote US: $130,000–$170,000';
    expect(parseSalaryText(text).map((r) => [r.location, r.min, r.max])).toEqual([
      ['NYC', 150000, 190000],
      ['SF Bay Area', 160000, 200000],
      ['Remote US', 130000, 170000],
    ]);
  });

  test('zone ranges', () => {
    const text = 'Zone A: $150,000 - $180,000\nZone B: $135,000 - $160,000';
    expect(parseSalaryText(text).map((r) => [r.location, r.min, r.max])).toEqual([
      ['Zone A', 150000, 180000],
      ['Zone B', 135000, 160000],
    ]);
  });

  test.each<[string, string | null]>([
    ['For Sunnyvale, CA-based roles: The base salary range for this role is USD$167,000 per year - USD$185,500 per year.', 'Sunnyvale, CA'],
    ['- Canada candidates only: For Toronto and Vancouver based applicants, the salary range is $201,613 - $233,311 CAD', 'Toronto and Vancouver'],
    ['USA-based roles only: The annual base salary for this role is between $123,000 USD and $167,000 USD', 'USA'],
    ['In Canada, the reasonably expected salary range is between $131,500 CAD to $174,500 CAD', 'Canada'],
    ['The starting base salary range for this role in Redwood City: $188,000 - $230,000', 'Redwood City'],
    ['- Netherlands: 73.000 EUR.', 'Netherlands'],
    ['Internship (Part-time or Full-time): $35-$45/hour', null],
    ['Salary: $100,000 - $120,000', null],
    // Ashby's compensation tiers, one line each: the place, then a pay label, then the figure.
    ['SF: Target Base Salary $220K – $330K • Offers Equity', 'SF'],
    ['Engineering: Base Salary $100K – $120K', null],
  ])('%s → %s', (text, location) => {
    expect(parseSalaryText(text)[0]?.location).toBe(location);
  });

  test.each<[string, SalaryFlag[]]>([
    ['The base salary range for this position is $180,000 - $215,000 plus equity', ['base-only', 'includes-equity', 'period-guessed']],
    ['$150,000 - $190,000 per year', []],
    ['OTE $200,000', ['ote', 'period-guessed']],
    ['$100,000 - $200,000 a year', ['wide']],
    ['$150K – $200K • Offers Equity', ['includes-equity', 'period-guessed']],
  ])('%s flags', (text, flags) => {
    expect(parseSalaryText(text)[0]?.flags).toEqual(flags);
  });

  test.each([
    ['Salary: up to €100,000', 'up-to'],
    ['starting at $120,000 per year', 'at-least'],
    ['$150,000 - $190,000 per year', 'range'],
    ['The compensation for this role is $150,000', 'exact'],
  ])('%s → %s', (text, bound) => {
    expect(parseSalaryText(text)[0]?.bound).toBe(bound);
  });

  test('annualizes hour, day, week and month as the issue says', () => {
    expect(annual('$70/hr')).toEqual([[145600, 145600]]);
    expect(annual('Day rate: £500 per day')).toEqual([[130000, 130000]]);
    expect(annual('Salary: $2,000 per week')).toEqual([[104000, 104000]]);
    expect(annual('Salary: $7,500 – $12,000 monthly')).toEqual([[90000, 144000]]);
  });

  test('bare $ follows a location hint that is only Canada, and stays USD for mixed lists', () => {
    const text = 'Base Salary Range: $122,000 - $152,000';
    expect(summarize(text, 'Canada Remote')).toEqual([[122000, 152000, 'CAD', 'year']]);
    expect(summarize(text, 'Palo Alto, CA; Greater Toronto Area, Ontario')).toEqual([[122000, 152000, 'USD', 'year']]);
    expect(summarize(text, 'Remote (United States | Canada)')).toEqual([[122000, 152000, 'USD', 'year']]);
  });

  test('a repeated range is reported once, preferring the one that writes its period', () => {
    const text = 'Senior Data Engineer | £110,000 + Strong Bonus\n- Salary: Up to £110,000 per annum + Bonus\nSenior Data Engineer | £110,000 + Strong Bonus';
    const ranges = parseSalaryText(text);
    expect(ranges).toHaveLength(1);
    expect(ranges[0]).toMatchObject({ text: 'Up to £110,000 per annum', period: 'year', flags: [] });
  });

  test('the same range for two locations is reported twice', () => {
    const text =
      'For San Francisco, CA-based roles: The base salary range for this role is USD$223,000 per year - USD$248,000 per year.\n\nFor Sunnyvale, CA-based roles: The base salary range for this role is USD$223,000 per year - USD$248,000 per year.';
    expect(parseSalaryText(text).map((r) => r.location)).toEqual(['San Francisco, CA', 'Sunnyvale, CA']);
  });

  test('offsets point at the matched text', () => {
    const text = 'About us.\n\nCompensation: $120,000 - $140,000 annually, depending on experience. Also $5M raised.';
    for (const range of parseSalaryText(text)) expect(text.slice(range.start, range.end)).toBe(range.text);
    expect(parseSalaryText(text)[0]?.text).toBe('$120,000 - $140,000 annually');
  });
});

describe('parseSalaryText: open-ended pay, fees and pay by level', () => {
  // A ceiling or a floor is one figure with its bound, never a range whose other end was guessed.
  test.each<[string, string | undefined, Expected, SalaryBound]>([
    ['Salary: up to 165K', 'Austin, TX', [165000, 165000, 'USD', 'year'], 'up-to'],
    ['Compensation: up to 165K', undefined, [165000, 165000, 'USD', 'year'], 'up-to'],
    ['Gehalt: bis zu 80K', 'Berlin, Germany', [80000, 80000, 'EUR', 'year'], 'up-to'],
    ['Salary: up to 80K', 'London, United Kingdom', [80000, 80000, 'GBP', 'year'], 'up-to'],
    ['Base salary: $220,000+', undefined, [220000, 220000, 'USD', 'year'], 'at-least'],
    ['$220,000+ base plus equity', undefined, [220000, 220000, 'USD', 'year'], 'at-least'],
    ['Salary: $95K+ per year, depending on experience', undefined, [95000, 95000, 'USD', 'year'], 'at-least'],
    ['Pay: from $120,000', undefined, [120000, 120000, 'USD', 'year'], 'at-least'],
    ['The anticipated fee for this position is $52 - $60 per hour.', undefined, [52, 60, 'USD', 'hour'], 'range'],
    ['Contractor fee for this role: $85/hr', undefined, [85, 85, 'USD', 'hour'], 'exact'],
  ])('%s (in %s)', (text, hint, expected, bound) => {
    const ranges = parseSalaryText(text, hint);
    expect(ranges.map((r) => [r.min, r.max, r.currency, r.period, r.bound])).toEqual([[...expected, bound]]);
    for (const range of ranges) expect(text.slice(range.start, range.end)).toBe(range.text);
  });

  test('a figure with no currency written says the currency was assumed', () => {
    expect(parseSalaryText('Salary: up to 165K', 'Austin, TX')[0]?.flags).toContain('currency-guessed');
    expect(parseSalaryText('Salary: up to $165K')[0]?.flags).not.toContain('currency-guessed');
  });

  test.each([
    'There is no application fee for this position: $50 covers the skills test.',
    'Our platform serves up to 165K users a day.',
    'A community of 120K engineers.',
    'Salary: competitive. We have 250K customers.',
    'Referral fee for this role: $2,000',
  ])('not pay: %s', (text) => {
    expect(parseSalaryText(text)).toEqual([]);
  });

  test('a "+" that starts an add-on is no floor', () => {
    expect(parseSalaryText('$150K+ bonus and equity').map((r) => r.bound)).toEqual(['exact']);
    expect(parseSalaryText('£60,000 + bonus').map((r) => r.bound)).toEqual(['exact']);
  });

  test('a table of pay by level: each row carries its level', () => {
    const text = 'Salary range:\nLevel 1: $100,000 - $120,000\nLevel 2: $120,000 - $140,000\nLevel 3: $140,000 - $165,000\nLevel 4: $165,000 - $190,000';
    expect(parseSalaryText(text).map((r) => [r.level, r.min, r.max, r.location])).toEqual([
      ['Level 1', 100000, 120000, null],
      ['Level 2', 120000, 140000, null],
      ['Level 3', 140000, 165000, null],
      ['Level 4', 165000, 190000, null],
    ]);
    const inline = 'Level 1: $100,000 - $120,000 / Level 2: $120,000 - $140,000 / Level 3: $140,000 - $165,000';
    expect(parseSalaryText(inline).map((r) => r.level)).toEqual(['Level 1', 'Level 2', 'Level 3']);
    expect(parseSalaryText('- Software Engineer II: $130K - $150K\n- Senior Software Engineer: $150K - $185K').map((r) => r.level)).toEqual([
      'Software Engineer II',
      'Senior Software Engineer',
    ]);
    expect(parseSalaryText('Salary: $100,000 - $120,000').map((r) => r.level)).toEqual([null]);
  });
});

/** Text with `figures` numbers and no pay in it. */
const wall = (figures: number): string => 'Part 12 of 99. '.repeat(figures / 2);

describe('parseSalaryText: hostile input finishes and reports nothing', () => {
  test.each([
    ['100,000 digits', '9'.repeat(100_000)],
    ['100,000 digits with separators', '$' + '1,'.repeat(50_000) + '1'],
    ['digits and dots', '€' + '1.'.repeat(50_000) + '5'],
    ['alternating money and dashes', '$1 - '.repeat(40_000)],
    ['separators only', ', . - '.repeat(50_000)],
  ])('%s', (_name, text) => {
    expect(parseSalaryText(text)).toEqual([]);
  });

  test('empty text', () => {
    expect(parseSalaryText('')).toEqual([]);
  });

  // Real postings carry at most a few dozen figures (27 in the dev corpus); a wall of them is read
  // only so far, which bounds the work for a page that is one long price list.
  test('a pay line after a wall of 3,000 figures is not read; one after 1,000 is', () => {
    const pay = '\nSalary: $150,000 - $180,000 per year.';
    expect(parseSalaryText(`${wall(1_000)}${pay}`)).toHaveLength(1);
    expect(parseSalaryText(`${wall(3_000)}${pay}`)).toEqual([]);
  });
});
