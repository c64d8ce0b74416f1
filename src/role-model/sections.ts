import { BOILERPLATE_HEADING } from './boilerplate-regions';

/**
 * Where a phrase sits in a posting decides how much it says about the role (LABELING.md: the parts
 * written for the role weigh more than company boilerplate). A posting is cut at its headings into
 * the opening (`intro`), what the job is (`duties`), what it asks for (`requirements`), what would be
 * a plus (`nice`) and company boilerplate (`boilerplate`). Headings are short lines, so only short
 * lines are tested: one pass, linear in the text.
 */
export type SectionKind = 'intro' | 'duties' | 'requirements' | 'nice' | 'boilerplate';

/** How much one occurrence of a phrase counts, by section (a required skill says less than a duty; a plus less still). */
export const SECTION_WEIGHT: Readonly<Record<SectionKind, number>> = { intro: 1, duties: 1, requirements: 0.7, nice: 0.4, boilerplate: 0.3 };

const MAX_HEADING_LENGTH = 70;
const NICE_HEADING = /^\W*(?:nice[- ]to[- ]haves?|bonus|preferred|pluses|plus|desired|good to have|would be (?:great|nice)|extra credit|it(?:'|’)?s a plus|ideally)/i;
const REQUIREMENTS_HEADING = /^\W*(?:requirements?|qualifications?|minimum qualifications|basic qualifications|required|what you(?:'|’)?ll bring|what you bring|what we(?:'|’)?re looking for|who you are|about you|you have|you(?:'|’)?ll have|skills|must[- ]haves?|experience|your (?:skills|experience|background|profile)|what you need|we(?:'|’)?re looking for|you are|ideal candidate|the ideal|education|knowledge)/i;
const DUTIES_HEADING = /^\W*(?:about the (?:role|job|position|team|opportunity)|the role|role (?:overview|description|summary)|job (?:description|summary|overview|responsibilities)|position (?:summary|overview)|responsibilit|key responsibilit|what you(?:'|’)?ll (?:do|be doing|work on|own)|what you will|you will|your (?:role|impact|responsibilities|mission)|in this role|the opportunity|day[- ]to[- ]day|duties|what the job involves|the job|overview|the team|about the team|your day)/i;

export type SectionStart = { start: number; kind: SectionKind };

function headingKind(line: string): SectionKind | null {
  if (NICE_HEADING.test(line)) return 'nice';
  if (BOILERPLATE_HEADING.test(line)) return 'boilerplate';
  if (REQUIREMENTS_HEADING.test(line)) return 'requirements';
  if (DUTIES_HEADING.test(line)) return 'duties';
  return null;
}

/** The sections of a posting body, in text order: where each starts and what it is. The first is always `intro` at 0. */
export function sectionsOf(text: string): SectionStart[] {
  const found: SectionStart[] = [{ start: 0, kind: 'intro' }];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (lineEnd - lineStart <= MAX_HEADING_LENGTH) {
      const kind = headingKind(text.slice(lineStart, lineEnd));
      if (kind !== null) found.push({ start: lineStart, kind });
    }
    lineStart = lineEnd + 1;
  }
  return found;
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
