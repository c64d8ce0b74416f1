// The level a figure is tied to, from the words just before it: a row of a table of pay by level,
//   "Level 1: $100,000 - $120,000", "- Software Engineer II: $130K - $150K", "Senior: $150K – $185K",
//   "L4 - $160,000". The label must end the text before the figure, followed by a colon or a dash
//   (and pay words), so a level named in a sentence ("a senior engineer earns $…") is none.
//   Bands and tiers are zones (find-location-label.ts), not levels.

const NUMERAL = String.raw`(?:\d{1,2}|[IVX]{1,4})`;
/** "Level 2", "Grade III", "Step 4". */
const LEVEL_WORD = String.raw`\b(?:level|lvl|grade|step)\s*-?\s*${NUMERAL}\b`;
/** "Engineer II", "Data Scientist 3", with up to three words before. */
const TITLE_NUMERAL = String.raw`(?:\b[\p{L}/&-]+\s+){0,3}(?:engineer|developer|analyst|scientist|architect|programmer|consultant|manager)\s+${NUMERAL}\b`;
/** "Senior", "Senior Software Engineer", "Staff / Principal". */
const SENIORITY = String.raw`\b(?:junior|jr\.?|mid-level|mid|intermediate|senior|sr\.?|staff|principal|lead|associate|entry-level)\b(?:\s+[\p{L}/&-]+){0,3}`;
const PAY_WORDS = String.raw`(?:\s*(?:base|annual|salary|pay|range|compensation|rate))*`;
/** Then pay words or an aside ("(base)"), a colon or a dash, and more pay words: "Grade III Salary: ". */
const END = String.raw`${PAY_WORDS}(?:\s*\([^()]{0,20}\))?\s*[:=–—-]${PAY_WORDS}\s*[:=]?\s*$`;

const LABEL_END = new RegExp(String.raw`(?:^|[\s:/|•·,;(—–-])(${LEVEL_WORD}|${TITLE_NUMERAL}|${SENIORITY})${END}`, 'iu');
/** "L4", "P3", "E5", "IC3": case matters ("l4" is no level). */
const SHORT_LEVEL_END = new RegExp(String.raw`(?:^|[\s:/|•·,;(—–-])((?:L|P|E|IC|M)\s?-?\d{1,2})${END}`, 'u');

/** `before` is the clause text before the figure (bounded). */
export function findLevelLabel(before: string): string | null {
  const match = LABEL_END.exec(before) ?? SHORT_LEVEL_END.exec(before);
  const label = match?.[1]?.replace(/\s+/g, ' ').trim();
  return label && label.length <= 60 ? label : null;
}
