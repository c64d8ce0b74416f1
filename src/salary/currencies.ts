// Currency tables for the text scanner. Only what postings use; an unknown code is not money.

/** ISO 4217 codes we accept when written next to a number ("USD 120,000", "73.000 EUR"). */
export const ISO_CODES = new Set([
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SGD', 'HKD', 'INR', 'JPY', 'CNY', 'SEK',
  'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'ILS', 'BRL', 'MXN', 'ZAR', 'AED', 'SAR', 'KRW',
  'TRY', 'UAH', 'ARS', 'COP', 'CLP', 'PHP', 'MYR', 'IDR', 'THB', 'VND', 'TWD', 'NGN', 'KES',
  'EGP', 'PKR', 'BGN',
]);

/** Single-character symbols that name one currency. `$` is handled apart (see resolveDollar). */
export const SYMBOL_CURRENCY: Record<string, string> = {
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  '¥': 'JPY',
  '₩': 'KRW',
  '₪': 'ILS',
  '₱': 'PHP',
  '₦': 'NGN',
  '₺': 'TRY',
  '₴': 'UAH',
};

/** Letters written right before `$` ("CA$", "A$", "USD$"), longest first so "CAD$" wins over "C$". */
export const DOLLAR_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['USD', 'USD'], ['CAD', 'CAD'], ['AUD', 'AUD'], ['NZD', 'NZD'], ['SGD', 'SGD'], ['HKD', 'HKD'],
  ['MXN', 'MXN'], ['US', 'USD'], ['CA', 'CAD'], ['AU', 'AUD'], ['NZ', 'NZD'], ['SG', 'SGD'],
  ['HK', 'HKD'], ['MX', 'MXN'], ['C', 'CAD'], ['A', 'AUD'], ['S', 'SGD'], ['R', 'BRL'],
];

/** Marker for a bare `$`, resolved once per statement (a later "CAD" or the location decides). */
export const BARE_DOLLAR = '$';

/**
 * Rough order of magnitude of one USD in each currency, used ONLY to widen the plausibility
 * bounds (₹25,00,000 a year is normal; $25,00,000 is not). Never used to convert or compare.
 */
const MAGNITUDE: Record<string, number> = {
  SEK: 10, NOK: 10, DKK: 10, CNY: 10, HKD: 10, ZAR: 10, BRL: 10, MXN: 10, CZK: 10,
  PLN: 10, RON: 10, ILS: 10, AED: 10, SAR: 10, TRY: 10, UAH: 10, EGP: 10, MYR: 10, TWD: 10,
  INR: 100, JPY: 100, PHP: 100, THB: 100, KES: 100, PKR: 100, NGN: 1000, HUF: 1000, ARS: 1000,
  KRW: 1000, CLP: 1000, COP: 1000, IDR: 10_000, VND: 10_000,
};

export function currencyMagnitude(code: string): number {
  return MAGNITUDE[code] ?? 1;
}

// Bare `$` is USD unless the posting's location says otherwise. Checked against the label the
// figure is tied to ("Toronto: $…") or the caller's locationHint ("Canada Remote").
const CANADA = /\b(canada|canadian|toronto|vancouver|montr[eé]al|ottawa|calgary|edmonton|waterloo|ontario|quebec|british columbia)\b/i;
const AUSTRALIA = /\b(australia|sydney|melbourne|brisbane|perth|adelaide|canberra)\b/i;
const NEW_ZEALAND = /\b(new zealand|auckland|wellington)\b/i;
const SINGAPORE = /\bsingapore\b/i;
const UNITED_STATES = /\b(united states|usa|u\.s\.a?\.?|us|america|new york|nyc|san francisco|seattle)\b/i;

/**
 * Resolves a bare `$`: USD unless every place listed (split on ";", "|", "/", " or ") is in one
 * other dollar country ("Canada Remote", "Toronto; Vancouver"). A mixed list
 * ("Palo Alto, CA; Greater Toronto Area") stays USD: guessing CAD there would be a wrong pay.
 */
export function resolveDollar(place: string | null | undefined): string {
  if (!place) return 'USD';
  const parts = place
    .split(/[;|/]|\bor\b|\band\b/i)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  let found: string | null = null;
  for (const part of parts) {
    if (UNITED_STATES.test(part)) return 'USD';
    const code = countryDollar(part);
    if (code === null || (found !== null && found !== code)) return 'USD';
    found = code;
  }
  return found ?? 'USD';
}

/**
 * The place that decides a bare `$`: the posting's location when it names a country (or a city in
 * one), else the board's country site ("Remote" on au.indeed.com is Australia), else the location.
 */
export function dollarPlace(location: string | null | undefined, boardCountry: string | null | undefined): string | undefined {
  if (location && (UNITED_STATES.test(location) || countryDollar(location) !== null)) return location;
  return boardCountry ?? location ?? undefined;
}

function countryDollar(part: string): string | null {
  if (CANADA.test(part)) return 'CAD';
  if (AUSTRALIA.test(part)) return 'AUD';
  if (NEW_ZEALAND.test(part)) return 'NZD';
  if (SINGAPORE.test(part)) return 'SGD';
  return null;
}

// Places whose own currency is not a dollar, for a figure written with no currency at all.
const PLACE_CURRENCIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(united kingdom|uk|england|scotland|wales|london|manchester|edinburgh|bristol|cambridge|oxford)\b/i, 'GBP'],
  [/\b(germany|deutschland|berlin|munich|m[uü]nchen|hamburg|frankfurt|france|paris|netherlands|amsterdam|rotterdam|spain|madrid|barcelona|italy|milan|rome|ireland|dublin|portugal|lisbon|belgium|brussels|austria|vienna|finland|helsinki|estonia|tallinn|greece|athens)\b/i, 'EUR'],
  [/\b(switzerland|z[uü]rich|geneva|basel)\b/i, 'CHF'],
  [/\b(india|bengaluru|bangalore|mumbai|pune|hyderabad|chennai|gurugram|gurgaon|noida|delhi)\b/i, 'INR'],
  [/\b(israel|tel aviv|jerusalem|haifa)\b/i, 'ILS'],
  [/\b(poland|warsaw|krak[oó]w|wroc[lł]aw)\b/i, 'PLN'],
  [/\b(sweden|stockholm)\b/i, 'SEK'],
];

/**
 * The currency a posting in `place` pays in when it writes none ("Salary: up to 165K"): the place's
 * own, as far as these tables know it, else US dollars as for a bare "$" (resolveDollar).
 */
export function currencyOfPlace(place: string | null | undefined): string {
  if (place && !UNITED_STATES.test(place)) {
    for (const [pattern, code] of PLACE_CURRENCIES) if (pattern.test(place)) return code;
  }
  return resolveDollar(place);
}
