// Words around a figure that say whether it is pay. All functions take short, bounded slices
// (a clause of at most CLAUSE_LIMIT characters), so the regexes below run in constant time per figure.

export const CLAUSE_LIMIT = 220;

/** Start of the clause holding `index`: after the last line break, bullet, pipe, `;` or sentence end. */
export function clauseStart(text: string, index: number, floor: number): number {
  const limit = Math.max(floor, index - CLAUSE_LIMIT);
  for (let i = index - 1; i >= limit; i--) {
    const ch = text[i];
    if (ch === '\n' || ch === '•' || ch === '|' || ch === ';' || ch === '·') return i + 1;
    if ((ch === '.' || ch === '!' || ch === '?') && (text[i + 1] === ' ' || text[i + 1] === '\n')) {
      // "U.S. base salary" and "approx. $" are abbreviations, not sentence ends.
      if (!/\b(?:U\.S|approx|e\.g|i\.e|etc|vs|incl|St|Jr|Sr|No)$/i.test(text.slice(Math.max(0, i - 6), i))) return i + 1;
    }
  }
  return limit;
}

/** End of the clause after `index` (exclusive), bounded like clauseStart. */
export function clauseEnd(text: string, index: number): number {
  const limit = Math.min(text.length, index + CLAUSE_LIMIT);
  for (let i = index; i < limit; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '|' || ch === ';') return i;
    if ((ch === '.' || ch === '!' || ch === '?') && (i + 1 >= text.length || /\s/.test(text[i + 1]!))) return i;
  }
  return limit;
}

/** End of the line after `index`, bounded; bullets ("•") do not end it (Ashby "$150K – $200K • Offers Equity"). */
export function lineEnd(text: string, index: number): number {
  const limit = Math.min(text.length, index + CLAUSE_LIMIT);
  for (let i = index; i < limit; i++) if (text[i] === '\n' || text[i] === '|' || text[i] === ';') return i;
  return limit;
}

// Scrapers run words together ("UKSalary", "Compensation$22"), so the long stems match anywhere.
// A contractor's pay is a fee ("the anticipated fee for this position is $52 - $60 per hour"); a
// fee someone pays (application, agency, referral) is not, and NOT_PAY keeps reading it so.
const PAY_WORD =
  /salar[a-z]*|compensation|remuneration|\bwages?\b|\bpay\b|\bpaid\b|\bbase\b|\bOTE\b|on[- ]target|\bearnings\b|\bearn\b|\brate\b|\bincome\b|\bcomp\b|\bTC\b|\bgross\b|\bbrutto\b|\bgehalt\b|\bsalaire\b|\bsueldo\b|\bstipend\b(?=\s*(?:of|:|is))|\b(?:anticipated|expected|estimated|hourly|daily|contract|contractor|consulting)\s+fees?\b|(?<!\b(?:application|placement|agency|referral|finder'?s|recruiting|recruitment|processing|registration|training|visa|admin|administrative|booking|service|joining|entry|exam|course|tuition|licen[cs]e)\s)\bfees?\s+for\s+(?:this|the)\s+(?:position|role|assignment|contract|engagement)\b/gi;

/** Index just past the last pay word in `clause`, or -1. */
export function lastPayWordEnd(clause: string): number {
  let end = -1;
  PAY_WORD.lastIndex = 0;
  for (let m = PAY_WORD.exec(clause); m; m = PAY_WORD.exec(clause)) end = m.index + m[0].length;
  return end;
}

export function hasPayWord(slice: string): boolean {
  return lastPayWordEnd(slice) >= 0;
}

// Money that is not pay: perks, budgets, funding, company size. Checked before and after a figure.
const NOT_PAY =
  /budget|stipend|allowance|reimburs|subsid|voucher|credit|referral|relocation|sign[- ]?on|signing|retention|bonus|donation|matching|commuter|expenses|\bfund(?:ing|ed|s)?\b|\braised?\b|revenue|valuation|valued|\bworth\b|\bARR\b|\bGMV\b|\bAUM\b|\bassets\b|\bspend\b|invest|insurance|\bHRA\b|\bFSA\b|\bHSA\b|coworking|wellness|learning|training|education|equipment|home office|\bprocess(?:ed|es)?\b|\bmanag(?:e|es|ed)\b|\bcustomers\b|\bSeries\b|\bsales\b|\bprize\b|\baward\b|\bfee\b|\bfees\b|\bloan\b|\bdeals?\b|\bcontracts?\b|per diem|\bgift\b|\bdiscount\b|\bsavings?\b/gi;

function lastIndexOf(pattern: RegExp, slice: string): number {
  let index = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) index = m.index;
  return index;
}

/**
 * The clause before the figure names a non-pay use after its last pay word
 * ("Awesome employee referral program- $2,500", "sign-on bonus of up to $10,000").
 */
export function hasNonPayBefore(clauseBefore: string): boolean {
  const tail = clauseBefore.slice(-90);
  const nonPay = lastIndexOf(NOT_PAY, tail);
  if (nonPay < 0) return false;
  return nonPay > lastPayWordEnd(tail) - 1;
}

/**
 * The words right after the figure name a non-pay use ("$1,500 training budget", "$2,000 (post-tax)
 * monthly rent subsidy"), up to the first "+"/"plus"/"and"/"with", which start add-ons
 * ("£60,000–£70,000 + bonus" is pay).
 */
export function hasNonPayAfter(after: string): boolean {
  const head = after.slice(0, 60);
  const cut = head.search(/\+|•|\bplus\b|\band\b|\bwith\b|\boffers\b|,|\(this|\bdepending\b|\bcommensurate\b|\bbased\b/i);
  const slice = cut >= 0 ? head.slice(0, cut) : head;
  NOT_PAY.lastIndex = 0;
  return NOT_PAY.test(slice) || /^\W{0,3}commission/i.test(slice);
}

// Words that may sit between a pay word and its figure in a single-figure statement:
// "Salary: up to €100,000", "The compensation for this role is $150,000", "Salary & Package: up to".
const CONNECTORS = new Set([
  'is', 'are', 'of', 'will', 'be', 'for', 'this', 'that', 'the', 'role', 'position', 'job', 'range',
  'ranges', 'from', 'between', 'up', 'to', 'starting', 'starts', 'start', 'at', 'approximately',
  'approx', 'around', 'about', 'estimated', 'expected', 'target', 'annual', 'annually', 'base', 'salary',
  'pay', 'a', 'an', 'in', 'our', 'with', 'per', 'year', 'hour', 'gross', 'total', 'cash', 'package',
  'rate', 'hourly', 'monthly', 'yearly', 'min', 'minimum', 'max', 'maximum', 'usd', 'eur', 'gbp',
  'we', 'offer', 'offering', 'set', 'at', 'level', 'band', 'typical', 'plus', 'on', 'target', 'ote',
  'earnings', 'compensation', 'wage', 'remuneration', 'benefits', 'and', 'initial', 'new', 'hire',
  'full-time', 'brutto', 'gross', 'paid', 'fixed', 'is:', 'be:', 'it', 'you', 'can', 'earn', 'get',
  'amount', 'up-to', 'competitive', 'salaries', 'fte',
]);

/** Only connector words lie between the last pay word and the figure (at most 10 words). */
export function isPayWordAdjacent(clauseBefore: string): boolean {
  const end = lastPayWordEnd(clauseBefore);
  if (end < 0) return false;
  const words = clauseBefore
    .slice(end)
    .toLowerCase()
    .split(/[\s:=()&/,–—-]+/)
    .filter((w) => w.length > 0);
  return words.length <= 10 && words.every((w) => CONNECTORS.has(w) || /^\p{Lu}{2,4}$/u.test(w) || /^[\p{So}\p{Sk}\p{Cf}]+$/u.test(w));
}

// Words allowed on a line that holds nothing but the figure: "$150K – $250K + Equity",
// "$170,000 - $200,000 USD", "💰 Full-time ($65K-$75K + bonus + stock options)".
const STANDALONE_FILLER = new Set([
  'plus', 'equity', 'bonus', 'benefits', 'stock', 'options', 'option', 'offers', 'offer', 'usd', 'eur',
  'gbp', 'cad', 'aud', 'base', 'salary', 'per', 'year', 'annum', 'annually', 'ote', 'commission',
  'rsus', 'rsu', 'and', 'strong', 'full-time', 'part-time', 'contract', 'remote', 'dependent', 'doe',
  'multiple', 'ranges', 'range', 'on', 'experience', 'depending', 'a', 'an', 'shares', 'bonuses',
]);

/** The line holds the figure and at most three other non-filler words ("Senior Data Engineer |" is cut at the pipe). */
export function isStandalone(lineBefore: string, lineAfter: string): boolean {
  const words = `${lineBefore} ${lineAfter}`
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => /\p{L}/u.test(w) && !STANDALONE_FILLER.has(w));
  return words.length <= 3;
}

/** Start of the line holding `index` (line breaks and pipes only), bounded. */
export function lineStart(text: string, index: number, floor: number): number {
  const limit = Math.max(floor, index - CLAUSE_LIMIT);
  for (let i = index - 1; i >= limit; i--) if (text[i] === '\n' || text[i] === '|' || text[i] === ';') return i + 1;
  return limit;
}
