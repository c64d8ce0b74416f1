// Pay lines from a description, for ATS rows whose source has no pay field (as the corpus did):
// up to three lines that mention a currency amount and a pay word. Not a verified parse: such a line
// can be something else (a funding amount, say).

const AMOUNT = /(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CAD|AUD|CHF|SGD|INR|JPY|NZD|SEK|PLN)\b)\s?\d|\d[\d,.]*\s?[kK]?\s?(?:USD|EUR|GBP|CAD|AUD|CHF|SGD|INR|JPY|NZD|SEK|PLN)\b/;
const PAY = /\b(?:salary|salaries|pay|compensation|base|wage|wages|hourly|per hour|per year|annual|annually|annum|OTE|remuneration)\b/i;

export function payLines(description: string): string | null {
  const lines = description.split('\n').filter((l) => AMOUNT.test(l) && PAY.test(l)).slice(0, 3);
  return lines.length ? lines.join(' | ') : null;
}
