/**
 * Company boilerplate (LABELING.md: "company-wide boilerplate weighs less than the parts written
 * for the role"): the sections under headings such as "About us", "Benefits", "Equal opportunity",
 * up to the next heading about the role ("Responsibilities", "What you'll do", "Requirements").
 * Headings are short lines, so only short lines are tested: one pass, linear in the text.
 */
const MAX_HEADING_LENGTH = 70;
export const BOILERPLATE_HEADING = /^\W*(?:about (?!the (?:role|job|position|team)\b|you\b|yourself\b)|who we are|our (?:company|mission|story|values|culture|benefits)|why (?:join|work)|benefits|perks|what we offer|we offer|compensation|pay (?:range|transparency)|salary|equal (?:employment )?opportunit|eeo\b|diversity|accommodation|privacy|life at|working at|how we work|our commitment|the company|company (?:overview|description)|additional information|disclaimer)/i;
const ROLE_HEADING = /^\W*(?:about the (?:role|job|position|team)|the role|role (?:overview|description|summary)|job (?:description|summary|overview|responsibilities)|position (?:summary|overview)|responsibilit|key responsibilit|what you(?:'|’)?ll (?:do|be doing|work on)|what you will|you will|your (?:role|impact|responsibilities|mission)|in this role|the opportunity|requirements|qualifications|minimum qualifications|preferred qualifications|basic qualifications|what you(?:'|’)?ll bring|what you bring|what we(?:'|’)?re looking for|who you are|about you|you have|skills|must have|nice to have|bonus points|tech stack|our stack)/i;

/** Sorted, non-overlapping [start, end) character ranges of boilerplate sections. */
export function boilerplateRegions(text: string): [number, number][] {
  const regions: [number, number][] = [];
  let inBoilerplate = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (lineEnd - lineStart <= MAX_HEADING_LENGTH) {
      const line = text.slice(lineStart, lineEnd);
      if (inBoilerplate === -1 && BOILERPLATE_HEADING.test(line)) inBoilerplate = lineStart;
      else if (inBoilerplate !== -1 && ROLE_HEADING.test(line)) {
        regions.push([inBoilerplate, lineStart]);
        inBoilerplate = -1;
      }
    }
    lineStart = lineEnd + 1;
  }
  if (inBoilerplate !== -1) regions.push([inBoilerplate, text.length]);
  return regions;
}
