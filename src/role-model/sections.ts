/**
 * Where a phrase sits in a posting decides how much it says about the role (LABELING.md: the parts
 * written for the role weigh more than company boilerplate). A posting is cut at its headings into
 * the opening (`intro`), what the job is (`duties`), what it asks for (`requirements`), what would be
 * a plus (`nice`) and company boilerplate (`boilerplate`). Headings are short lines, so only short
 * lines are tested, and only the start of a paragraph for a role opening: one pass, linear in the text.
 */
export type SectionKind = 'intro' | 'duties' | 'requirements' | 'nice' | 'boilerplate';

/** How much one occurrence of a phrase counts, by section (a required skill says less than a duty; a plus less still). */
export const SECTION_WEIGHT: Readonly<Record<SectionKind, number>> = { intro: 1, duties: 1, requirements: 0.7, nice: 0.4, boilerplate: 0.3 };

const MAX_HEADING_LENGTH = 70;
const BOILERPLATE_HEADING = /^\W*(?:about (?!the (?:role|job|position|team)\b|you\b|yourself\b)|who we are|our (?:company|mission|story|values|culture|benefits)|why (?!.*\b(?:role|position|job)\b)|our offer|what(?:'|’)?s in it for you|what we value|the way we work|(?:interview|hiring|application|recruitment) process|how to apply|applying\W*$|learn more about|benefits|perks|what we offer|we offer|compensation|pay (?:range|transparency)|salary|equal (?:employment )?opportunit|eeo\b|diversity|accommodation|privacy|life at|working at|how we work|our commitment|the company|company (?:overview|description)|additional information|disclaimer)/i;
const NICE_HEADING = /^\W*(?:nice[- ]to[- ]haves?|(?:big )?bonus|preferred|pluses|plus|desired|good to have|great to have|would be (?:great|nice)|it would be (?:great|nice)|extra (?:credit|points)|it(?:'|’)?s a plus|ideally|advantages?\W*$|ideal but not required)/i;
const REQUIREMENTS_HEADING = /^\W*(?:requirements?|qualifications?|minimum qualifications|basic qualifications|required|what you(?:'|’)?ll bring|what you bring|what we(?:'|’)?re looking for|who you are|about you|you have|you(?:'|’)?ll have|skills|must[- ]haves?|experience|your (?:skills|experience|background|profile)|what you need|we(?:'|’)?re looking for|you are|ideal candidate|the ideal|an ideal candidate|education|knowledge|what (?:we|you) (?:look|are looking) for|we look for|who (?:we(?:'|’)?re|we are|are we) looking for|what you(?:'|’)?ll need|what you have|what should you have|what we require|what we expect|all you need|is this you|you should apply if|(?:our )?(?:tech(?:nology)?|technical) stack|(?:[\w-]+ ){1,2}(?:requirements|qualifications|skills)\W*$)/i;
const DUTIES_HEADING = /^\W*(?:about the (?:role|job|position|team|opportunity)|the role|role (?:overview|description|summary)|job (?:description|summary|overview|responsibilities)|position (?:summary|overview)|responsibilit|key responsibilit|what you(?:'|’)?ll (?:do|be doing|be working on|work on|own)|.*\byou(?:'|’)?ll\b.*:\s*$|.*\byou will\b.*:\s*$|what you will|you will|your (?:role|impact|responsibilities|mission)|in this role|the opportunity|day[- ]to[- ]day|duties|what the job involves|the job|overview|the team|about the team|your day|what (?:will|would) (?:you|your)|what the candidate will do|how you(?:'|’)?ll make|how you will make|what success looks like|within (?:\d+|the first) (?:days|months)|why (?:is )?(?:this|the) (?:role|position|job)|(?:job (?:posting )?)?(?:description|summary)\W*$|(?:[\w-]+,? ){1,3}(?:(?:and|&) )?(?:responsibilities|duties)\W*$)/i;

export type SectionStart = { start: number; kind: SectionKind };

/** A list item or a sentence is content, not a heading ("- Experience with Go" must not start a requirements section). */
const NOT_A_HEADING = /^\s*[-•*·–]\s|[.,;]\s*$/;

function headingKind(line: string): SectionKind | null {
  if (NOT_A_HEADING.test(line)) return null;
  if (NICE_HEADING.test(line)) return 'nice';
  if (BOILERPLATE_HEADING.test(line)) return 'boilerplate';
  if (REQUIREMENTS_HEADING.test(line)) return 'requirements';
  if (DUTIES_HEADING.test(line)) return 'duties';
  return null;
}

/**
 * A paragraph that turns to the candidate ("As a Backend Engineer, you will…", "We're looking for…")
 * is about the role even when no heading says so: it ends a company-boilerplate section.
 */
const ROLE_OPENING_REACH = 120;
const TURNS_TO_CANDIDATE = `as (?:an?|the|our) [^.\\n]{0,80}\\byou\\b|in this role\\b|we(?:'|’)re (?:looking for|seeking|hiring|on the lookout for|on the hunt for) an? |we are (?:looking for|seeking|hiring|on the lookout for|on the hunt for) an? |the ideal candidate\\b`;
const ROLE_OPENING = new RegExp(`^(?:${TURNS_TO_CANDIDATE}|(?:this|the) role\\b)`, 'i');

/**
 * Headings a scraper ran into the text ("The OpportunityWe are looking…", "…the team.Requirements:
 * 3+ years…", "Basic Qualifications: 1+ years…"): a known heading in Title Case or capitals, after a
 * sentence end or glued to the word before, and followed by a colon or glued to the next word.
 * Looked for only inside lines of several sentences, where no heading stands on a line of its own.
 */
const INLINE_HEADINGS = [
  'Basic Qualifications', 'Minimum Qualifications', 'Preferred Qualifications', 'Qualifications', 'Requirements', 'Job Requirements',
  'Key Responsibilities', 'Job Responsibilities', 'Responsibilities', 'Job Description', 'Job Summary', 'Position Summary', 'Role Description',
  'The Opportunity', 'About the Role', 'The Role', 'Your Role', 'What You’ll Do', 'What You’ll Bring', 'What We’re Looking For', 'Who You Are',
  'Nice to Have', 'Nice to Haves', 'Bonus Points',
  'Company Overview', 'Company Description', 'About Us', 'Who We Are', 'What We Offer', 'Benefits', 'Perks', 'Equal Opportunity',
];
const escape = (phrase: string): string => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const INLINE_HEADING_REACH = Math.max(...INLINE_HEADINGS.map((h) => h.length)) + 4;
/** Each heading with a straight or curly apostrophe, in Title Case or capitals. */
const INLINE_HEADING_FORMS = [...new Set(INLINE_HEADINGS.flatMap((h) => [h, h.replace(/’/g, "'")]).flatMap((h) => [h, h.toUpperCase()]))];
/** A known heading ending here, after the line start, a sentence end (and spaces) or a glued word. */
const INLINE_HEADING_AT_END = new RegExp(`(?:^|[.!?:;)\\]]\\s{0,3}|[a-z0-9)])(${INLINE_HEADING_FORMS.map(escape).join('|')})$`);
/** Where a run-in heading can end (its last letter is the match's first character): before a colon, or glued to an upper-case letter. */
const INLINE_HEADING_END = /[a-z’'][A-Z]|[A-Za-z]\s?:/g;
/** Only a line of several sentences can hide a run-in heading; shorter paragraphs are left to the line headings (and cost nothing). */
const MIN_RUN_IN_LINE = 300;
/**
 * Heading ends tested per posting at most. The most in a dev posting is 51, and real text has about
 * 1,100 per MB; a 1 MB wall of "aBaB…" has 500,000, which cost 55 ms on the page's thread.
 */
const MAX_RUN_IN_CANDIDATES = 2000;
/** A role opening inside a long line of company text: a sentence that turns to the candidate. */
const INLINE_ROLE_OPENING = new RegExp(`(?<=[.!?]\\s{0,3})(?:${TURNS_TO_CANDIDATE})`, 'gi');

/**
 * A paragraph that describes the company, not the job ("Acme is the leading…", "Founded in 2015, we…",
 * "We are a fast-growing…"), even with no "About us" heading above it, is company text: the whole
 * line, or in a long line its opening sentences up to one that turns to the job.
 */
const COMPANY_OPENING = /^\W{0,3}(?:(?:we(?:'|’)re|we are) (?:a|an)\b|(?:founded|headquartered|established|incorporated) (?:in|by|on)\b|since (?:19|20)\d\d\b|backed by\b|(?:the|our) company\b|our (?:mission|vision|story|history|customers|clients) (?:is|are|include|has|have)\b)/i;
/** A sentence that announces the opening: "Acme, a leading…, is hiring a…", "…is on the hunt for…". */
const ANNOUNCES_ROLE = /\b(?:is|are|we(?:'|’)re)\s+(?:currently\s+|now\s+|actively\s+)?(?:seeking|hiring|looking|searching|recruiting|on the (?:hunt|lookout))\b|\byou\b|\bthis (?:role|position)\b/i;
/** Sentences that go on describing the company after its opening sentence. */
const CONTINUES_COMPANY = /^\W{0,3}(?:we|our|founded|since|today|with (?:offices|over|more than)|headquartered|backed|the company)\b/i;
/** A sentence about the job, the team or the candidate: company text stops before it. */
const ABOUT_THE_JOB = /\b(?:jobs?|duties|teams?|roles?|positions?|engineers?|developers?|candidates?|hire|hiring|join|you|your|responsib\w*|will)\b/i;
const MAX_COMPANY_NAME = 100;
const NAME_STOPWORDS = new Set(['the', 'data', 'software', 'tech', 'group', 'labs', 'global', 'digital', 'systems', 'solutions', 'health', 'bank', 'capital', 'services', 'consulting', 'engineering']);
/** A long paragraph is read sentence by sentence; a short one is one piece. */
const SENTENCE_END = /[.!?](?:\s+|$)/g;

/** The forms of the employer's name a company-description paragraph would start with: the name, and its first word when distinctive. */
export function companyNameForms(company: string | undefined): string[] {
  // Longer is not a name (a scraped page element, hostile input): and the suffix pattern backtracks over runs of spaces.
  if (company === undefined || company.length > MAX_COMPANY_NAME) return [];
  const name = company
    .replace(/\.(?:com|io|ai|co|org|net|dev|app|tech)(?:\.[a-z]{2})?$/i, '')
    .replace(/[-_]+/g, ' ')
    .replace(/,?\s+(?:inc|llc|ltd|limited|gmbh|corp|corporation|plc|s\.?a|b\.?v)\.?$/i, '')
    .trim();
  const first = name.split(/\s+/)[0] ?? '';
  const forms = [name];
  if (first !== name && first.length >= 4 && !NAME_STOPWORDS.has(first.toLowerCase())) forms.push(first);
  return forms.filter((form) => form.length >= 3).map((form) => form.toLowerCase());
}

/** Starts with the employer's name as the subject: "Acme is…", "Acme, the leading…" (not "Acme's data team…"). */
function startsWithName(sentence: string, nameForms: readonly string[]): boolean {
  const head = sentence.slice(0, 120).toLowerCase();
  return nameForms.some((form) => head.startsWith(form) && !/^[\p{L}\p{N}'’]/u.test(sentence.charAt(form.length)));
}

/**
 * Where the company text at the start of this line ends (an offset in `line`), or -1 when the line
 * does not open with company text.
 */
function companyTextEnd(line: string, nameForms: readonly string[]): number {
  const short = line.length < MIN_RUN_IN_LINE;
  let from = 0;
  let end = -1;
  SENTENCE_END.lastIndex = 0;
  while (from < line.length) {
    const stop = short ? null : SENTENCE_END.exec(line);
    const to = stop === null ? line.length : stop.index + stop[0].length;
    const sentence = line.slice(from, to);
    const opens = from === 0 ? COMPANY_OPENING.test(sentence) || startsWithName(sentence, nameForms) : CONTINUES_COMPANY.test(sentence) || startsWithName(sentence, nameForms) || !ABOUT_THE_JOB.test(sentence);
    if (!opens || ANNOUNCES_ROLE.test(sentence)) break;
    end = to;
    from = to;
  }
  SENTENCE_END.lastIndex = 0;
  return end;
}

/**
 * The sections of a posting body, in text order: where each starts and what it is. The first is always
 * `intro` at 0. `company` (the employer's name, when known) lets a paragraph that starts with it count
 * as company text.
 */
export function sectionsOf(text: string, company?: string): SectionStart[] {
  const found: SectionStart[] = [{ start: 0, kind: 'intro' }];
  const budget = { candidates: MAX_RUN_IN_CANDIDATES };
  const nameForms = companyNameForms(company);
  // The section a company-description paragraph interrupted, resumed at the next line.
  let resume: SectionKind | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const kind = lineEnd - lineStart <= MAX_HEADING_LENGTH ? headingKind(text.slice(lineStart, lineEnd)) : null;
    const current: SectionKind = resume ?? found.at(-1)!.kind;
    const companyEnd = kind === null && (current === 'intro' || current === 'duties') && lineEnd > lineStart ? companyTextEnd(text.slice(lineStart, lineEnd), nameForms) : -1;
    if (kind !== null) {
      found.push({ start: lineStart, kind });
      resume = null;
    } else if (current === 'boilerplate' && ROLE_OPENING.test(text.slice(lineStart, Math.min(lineEnd, lineStart + ROLE_OPENING_REACH)))) {
      found.push({ start: lineStart, kind: 'duties' });
      resume = null;
    } else if (companyEnd !== -1) {
      if (resume === null) found.push({ start: lineStart, kind: 'boilerplate' });
      resume = current;
      if (lineStart + companyEnd < lineEnd) {
        found.push({ start: lineStart + companyEnd, kind: current });
        resume = null;
      }
    } else if (resume !== null) {
      found.push({ start: lineStart, kind: resume });
      resume = null;
    }
    if (lineEnd - lineStart >= MIN_RUN_IN_LINE && budget.candidates > 0) {
      const before = found.length;
      inlineSections(text.slice(lineStart, lineEnd), lineStart, found, budget);
      // A heading run into the company paragraph starts its own section, which the next line continues.
      if (found.length > before) resume = null;
    }
    lineStart = lineEnd + 1;
  }
  // Run-in headings of a line are found after its company text was marked: keep text order (a stable sort).
  return found.sort((a, b) => a.start - b.start);
}

/** Adds the run-in headings of one long line, and the role openings that end company text inside it, in order. */
function inlineSections(line: string, offset: number, found: SectionStart[], budget: { candidates: number }): void {
  const events: { at: number; kind: SectionKind | 'role-opening' }[] = [];
  for (const end of line.matchAll(INLINE_HEADING_END)) {
    if (--budget.candidates < 0) break;
    const upTo = end.index + 1;
    const heading = INLINE_HEADING_AT_END.exec(line.slice(Math.max(0, upTo - INLINE_HEADING_REACH), upTo))?.[1];
    const kind = heading === undefined ? null : headingKind(heading);
    if (kind !== null) events.push({ at: upTo - heading!.length, kind });
  }
  if (found.at(-1)!.kind === 'boilerplate' || events.some((event) => event.kind === 'boilerplate')) {
    for (const match of line.matchAll(INLINE_ROLE_OPENING)) events.push({ at: match.index, kind: 'role-opening' });
  }
  events.sort((a, b) => a.at - b.at);
  for (const event of events) {
    if (event.kind !== 'role-opening') found.push({ start: offset + event.at, kind: event.kind });
    else if (found.at(-1)!.kind === 'boilerplate') found.push({ start: offset + event.at, kind: 'duties' });
  }
}

/**
 * A cursor over `sectionsOf` for offsets visited in (nearly) increasing order, the matcher's order:
 * amortised O(1) per lookup; a small step back walks back.
 */
export function sectionCursor(sections: readonly SectionStart[]): (offset: number) => SectionKind {
  let i = 0;
  return (offset) => {
    while (i > 0 && sections[i]!.start > offset) i--;
    while (i + 1 < sections.length && sections[i + 1]!.start <= offset) i++;
    return sections[i]!.kind;
  };
}
