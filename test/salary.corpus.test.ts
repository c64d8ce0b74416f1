import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { parseSalaryText } from '../src/salary/parse-salary-text';
import type { SalaryPeriod } from '../src/salary/types';
import { CORPUS_FILE } from '../tools/paths';

type Posting = { id: string; description: string; location: string | null };

const postings: Posting[] = readFileSync(CORPUS_FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as Posting);
const byId = new Map(postings.map((p) => [p.id, p]));

function parse(posting: Posting) {
  return parseSalaryText(posting.description, posting.location ?? undefined);
}

// Real pay lines, quoted exactly from the descriptions, with the pay a reader takes from them.
const PAY_LINES: [id: string, line: string, min: number, max: number, currency: string, period: SalaryPeriod][] = [
  ['a-0008', '$140,000 - $180,000 a year', 140000, 180000, 'USD', 'year'],
  ['a-0019', 'Salary & Package: up to £75,000 per year', 75000, 75000, 'GBP', 'year'],
  ['a-0023', 'Salary: up to €100,000', 100000, 100000, 'EUR', 'year'],
  ['a-0029', 'the salary range for this location is $106,300.00 to $233,800.00', 106300, 233800, 'USD', 'year'],
  ['a-0031', 'the current pay range for this position is $65.00 to $70.00 per hourly on C2C', 65, 70, 'USD', 'hour'],
  ['a-0047', 'Pay: $50,000.00 - $120,000.00 per year', 50000, 120000, 'USD', 'year'],
  ['a-0065', 'Salary: $60.00 - $70.00 per hour', 60, 70, 'USD', 'hour'],
  ['a-0070', 'Starting Salary £30,267.00', 30267, 30267, 'GBP', 'year'],
  ['a-0084', 'Salary of £28,000 per year', 28000, 28000, 'GBP', 'year'],
  ['a-0119', 'Salary: 25,000 GBP - 35,000 GBP', 25000, 35000, 'GBP', 'year'],
  ['a-0124', '£38,976 to £52,767', 38976, 52767, 'GBP', 'year'],
  ['a-0141', 'Salary is $7,500/month.', 7500, 7500, 'USD', 'month'],
  ['a-0203', 'Salary: $4,082 - $5,994/Month ($23.55 – $34.58/hr.)', 4082, 5994, 'USD', 'month'],
  ['a-0203', 'Salary: $4,082 - $5,994/Month ($23.55 – $34.58/hr.)', 23.55, 34.58, 'USD', 'hour'],
  ['a-0219', 'Hourly Rate: $ 52.88', 52.88, 52.88, 'USD', 'hour'],
  ['a-0249', 'Salary Range = 110000 - 190000 USD Annually + Benefits + Bonus', 110000, 190000, 'USD', 'year'],
  ['a-0272', 'Compensation$22.00-24.00 per hour', 22, 24, 'USD', 'hour'],
  ['a-0273', 'Salary: $7,500 – $12,000 monthly', 7500, 12000, 'USD', 'month'],
  ['a-0298', 'Typical Annualized Hiring Range: $62,500 - $78,100', 62500, 78100, 'USD', 'year'],
  ['a-0338', 'Internship (Part-time or Full-time): $35-$45/hour', 35, 45, 'USD', 'hour'],
  ['a-0338', 'a clear path to full-time employment ($65K-$75K annually)', 65000, 75000, 'USD', 'year'],
  ['a-0380', 'The estimated salary range for this position is estimated to be $145,000 - $155,000/year.', 145000, 155000, 'USD', 'year'],
  ['b-0007', 'In Canada, the reasonably expected salary range is between $131,500 CAD[minimum salary in our lowest geographic market] to $174,500 CAD[maximum salary in our highest geographic market].', 131500, 174500, 'CAD', 'year'],
  ['b-0035', '- Founding engineers get anywhere from $250k-$350k base + 0.25-0.5% equity', 250000, 350000, 'USD', 'year'],
  ['b-0039', '- Base Salary Range: $122,000 - $152,000 (This range is dependent on experience', 122000, 152000, 'CAD', 'year'],
  ['b-0045', 'the base compensation range for new hires is $20 USD to $32 USD per hour.', 20, 32, 'USD', 'hour'],
  ['b-0046', 'The base salary range for this full-time position is $120k - $260k.', 120000, 260000, 'USD', 'year'],
  ['b-0059', '- The cash compensation for this position in the market is $200K-$300K.', 200000, 300000, 'USD', 'year'],
  ['b-0076', "USA-based roles only: The annual base salary for this role is between $123,000 USD and $167,000 USD plus immediate participation in 1Password's benefits program", 123000, 167000, 'USD', 'year'],
  ['b-0076', 'Canada-based roles only: The annual base salary for this role is between $111,000 CAD and $150,000 CAD,', 111000, 150000, 'CAD', 'year'],
  ['b-0092', '$185K – $300K + Offers Equity', 185000, 300000, 'USD', 'year'],
  ['b-0139', '- Netherlands: 73.000 EUR.', 73000, 73000, 'EUR', 'year'],
  ['b-0139', '- UK: 68.000 GBP.', 68000, 68000, 'GBP', 'year'],
  ['b-0146', 'expected to be between $184,500 and $217,100/year', 184500, 217100, 'USD', 'year'],
  ['b-0148', 'The compensation for this role is $150,000 and includes a generous equity package.', 150000, 150000, 'USD', 'year'],
  ['b-0171', 'We offer a base compensation range of approximately $200,000-300,000 per year', 200000, 300000, 'USD', 'year'],
  ['b-0172', 'For Toronto and Vancouver based applicants, the salary range is $201,613 - $233,311 CAD + equity + benefits.', 201613, 233311, 'CAD', 'year'],
  ['b-0173', '💰 Salary: £40,000 - £60,000 base + 50%+ commission for high performers', 40000, 60000, 'GBP', 'year'],
  ['b-0181', '$145,000—$175,000 USD', 145000, 175000, 'USD', 'year'],
  ['b-0186', '- We pay $20.00 an hour, plus commission', 20, 20, 'USD', 'hour'],
  ['b-0227', 'For Seattle, WA-based roles: The base salary range for this role is USD$223,000 per year - USD$248,000 per year.', 223000, 248000, 'USD', 'year'],
  ['b-0250', 'NYC Salary: $120,000 - $190,000', 120000, 190000, 'USD', 'year'],
  ['b-0253', 'The annual US base salary range for this role is $140,000-$180,000 + equity.', 140000, 180000, 'USD', 'year'],
  ['b-0267', '- Base Salary Range: $103,000 - $129,000 CAD', 103000, 129000, 'CAD', 'year'],
  ['b-0274', '$127,000 - $180,000 + Equity + Benefits', 127000, 180000, 'USD', 'year'],
  ['b-0286', 'Salary Range: $150,000–$250,000/year', 150000, 250000, 'USD', 'year'],
];

// Postings whose descriptions were read in full and state pay figures (the PAY_LINES ids and more).
const HAS_PAY = new Set(
  `a-0008 a-0019 a-0023 a-0029 a-0031 a-0047 a-0065 a-0070 a-0076 a-0084 a-0088 a-0119 a-0124 a-0141
  a-0151 a-0157 a-0188 a-0198 a-0203 a-0209 a-0213 a-0219 a-0232 a-0249 a-0263 a-0272 a-0273 a-0298
  a-0305 a-0320 a-0338 a-0376 a-0379 a-0380 b-0007 b-0009 b-0020 b-0025 b-0026 b-0032 b-0033 b-0035
  b-0039 b-0044 b-0045 b-0046 b-0048 b-0053 b-0056 b-0059 b-0064 b-0075 b-0076 b-0086 b-0088 b-0092
  b-0100 b-0106 b-0109 b-0139 b-0146 b-0147 b-0148 b-0151 b-0153 b-0171 b-0172 b-0173 b-0174 b-0181
  b-0186 b-0189 b-0191 b-0193 b-0201 b-0204 b-0227 b-0241 b-0250 b-0253 b-0265 b-0267 b-0274 b-0275
  b-0286`.split(/\s+/),
);

// Hand-checked: these descriptions contain money figures that are NOT pay (funding, revenue,
// market size, perks, budgets, stipends, sign-on or referral bonuses, commission examples).
const MONEY_BUT_NO_PAY = `a-0016 a-0044 a-0045 a-0066 a-0082 a-0087 a-0116 a-0137 a-0154 a-0226 a-0245
  a-0329 a-0332 a-0353 a-0360 a-0370 a-0371 b-0002 b-0022 b-0024 b-0029 b-0037 b-0054 b-0055 b-0074
  b-0079 b-0083 b-0091 b-0096 b-0102 b-0105 b-0107 b-0111 b-0114 b-0116 b-0117 b-0119 b-0120 b-0128
  b-0130 b-0132 b-0137 b-0143 b-0155 b-0157 b-0164 b-0197 b-0203 b-0211 b-0221 b-0229 b-0230 b-0231
  b-0235 b-0240 b-0245 b-0258 b-0259 b-0269 b-0272 b-0280 b-0284 b-0289 b-0298 b-0299 b-0302
  b-0309`.split(/\s+/);

// Conservative "no pay" for everything else: no currency sign or code anywhere in the description.
const MONEY_MARK = /[$€£₹¥]|\b(?:USD|EUR|GBP|CAD|AUD|INR|CHF|SGD|PLN|SEK|NOK|DKK)\b|\d\s*(?:LPA|lakh)/;

const figures: string[] = [];
afterAll(() => {
  console.log(`[salary corpus] ${figures.join('\n[salary corpus] ')}`);
});

describe('salary on the dev corpus', () => {
  test('every description parses without throwing, with consistent offsets', () => {
    let withPay = 0;
    for (const posting of postings) {
      const ranges = parse(posting);
      if (ranges.length > 0) withPay++;
      for (const range of ranges) {
        expect(posting.description.slice(range.start, range.end)).toBe(range.text);
        expect(range.min).toBeLessThanOrEqual(range.max);
      }
    }
    figures.push(`${withPay} of ${postings.length} dev descriptions yield pay`);
  });

  test.each(PAY_LINES)('%s: %s', (id, line, min, max, currency, period) => {
    const posting = byId.get(id);
    if (!posting) throw new Error(`${id} is not in the dev corpus`);
    const lineStart = posting.description.indexOf(line);
    if (lineStart < 0) throw new Error(`${id}: the quoted line is not in the description`);
    const lineEnd = lineStart + line.length;
    const found = parse(posting).filter((r) => r.start >= lineStart && r.end <= lineEnd);
    expect(found.map((r) => [r.min, r.max, r.currency, r.period])).toContainEqual([min, max, currency, period]);
  });

  test('recall: postings read as stating pay get pay', () => {
    const missed = [...HAS_PAY].filter((id) => parse(byId.get(id)!).length === 0);
    const recall = (HAS_PAY.size - missed.length) / HAS_PAY.size;
    figures.push(`posting recall ${(recall * 100).toFixed(1)}% (${HAS_PAY.size - missed.length}/${HAS_PAY.size}), missed: ${missed.join(' ') || 'none'}`);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  test('precision: hand-checked postings with non-pay money get no pay', () => {
    const wrong = MONEY_BUT_NO_PAY.filter((id) => parse(byId.get(id)!).length > 0);
    figures.push(`no-pay postings with money figures: ${MONEY_BUT_NO_PAY.length - wrong.length}/${MONEY_BUT_NO_PAY.length} clean, wrong: ${wrong.join(' ') || 'none'}`);
    expect(wrong).toEqual([]);
  });

  test('precision over the whole dev set: pay only where a reader found pay', () => {
    const noMoney = postings.filter((p) => !MONEY_MARK.test(p.description));
    const reported = postings.filter((p) => parse(p).length > 0);
    const falsePositives = reported.filter((p) => !HAS_PAY.has(p.id)).map((p) => p.id);
    const precision = (reported.length - falsePositives.length) / Math.max(1, reported.length);
    figures.push(
      `posting precision ${(precision * 100).toFixed(1)}% (${reported.length - falsePositives.length}/${reported.length}); ` +
        `${noMoney.length} descriptions have no money mark at all`,
    );
    expect(noMoney.every((p) => parse(p).length === 0)).toBe(true);
    expect(precision).toBeGreaterThanOrEqual(0.97);
  });
});
