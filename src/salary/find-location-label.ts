// The location or zone a figure is tied to, from the words just before or after it:
//   "NYC: $…; SF Bay Area: $…", "Zone A: $…", "For Sunnyvale, CA-based roles: …",
//   "USA-based roles only: …", "In Canada, the … range is …", "… in Redwood City: $…",
//   "$150,000–$250,000 (U.S.-based)". Only labels that look like places or zones are kept,
//   so "Internship (Part-time or Full-time): $35-$45/hour" gets no location.

const ZONE = /\b(zone|tier|region|geo|band|area|market)\s*[A-Z0-9]{1,2}\b/i;
const PLACE_WORD =
  /\b(remote|us|usa|u\.s\.?|united states|uk|united kingdom|eu|europe|emea|apac|latam|canada|nyc|sf|bay area|new york|san francisco|seattle|london|berlin|toronto|vancouver|california|washington|boston|austin|chicago|denver|los angeles|la|dc|hq|office|metro|city|state|country|india|germany|france|netherlands|spain|portugal|ireland|poland|australia|singapore|israel|mexico|brazil|national|international|outside|tier)\b/i;
const CITY_STATE = /\b\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+)*,\s*\p{Lu}{2}\b/u;

// Pay words trimmed from the ends of a label ("NYC Salary" → "NYC").
const PAY_TAIL =
  /(?:\s+(?:base|annual|starting|target|expected|estimated|salary|salaries|pay|compensation|range|ranges|rate|ote|wage|band))+$/i;
const LEAD_NOISE = /^[\s\-–—*•·\p{So}\p{Sk}\p{Cf}]+/u;

function looksLikePlace(label: string): boolean {
  return ZONE.test(label) || PLACE_WORD.test(label) || CITY_STATE.test(label);
}

const PAY_INSIDE = /\b(salary|pay|compensation|range|role|position)\b/i;

function clean(label: string): string | null {
  const trimmed = label.replace(LEAD_NOISE, '').replace(/^the\s+/i, '').replace(PAY_TAIL, '').trim();
  if (trimmed.length < 2 || trimmed.length > 60 || PAY_INSIDE.test(trimmed)) return null;
  return looksLikePlace(trimmed) ? trimmed : null;
}

// "NYC: $…", and "SF: Target Base Salary $…" (a pay label between the place and the figure).
const LABEL_COLON = /^(.{2,60}?)\s*[:=]\s*(?:(?:target|base|annual|expected|estimated|starting|salary|pay|compensation|range|rate|ote)\s+)*(?:(?:up to|starting at|from|between)\s*)?$/i;
const BASED = /\b(?:for|in)\s+(?:all\s+)?(.{2,50}?)[\s-]based\b/i;
const BASED_START = /^[\s\-–—*•]*(.{2,30}?)[\s-]based\s+(?:roles?|applicants|candidates|employees|positions?)\b/i;
const CANDIDATES_ONLY = /^[\s\-–—*•]*(.{2,30}?)\s+(?:candidates|applicants|roles?)\s+only\b/i;
const IN_PLACE = /^[\s\-–—*•]*in\s+(?:the\s+state\s+of\s+)?(.{2,40}?),/i;
const LOCATIONS_IN = /\blocations?\s+in\s+(\p{Lu}[\p{L} .]{1,30}?)(?:,|\s+the\b)/u;
const ROLE_IN = /\b(?:role|position)\s+in\s+(\p{Lu}[\p{L} .,]{1,40}?)\s*:/u;
const AFTER_BASED = /^\s*\(\s*([^()]{2,20}?)[\s-]based\b/i;

/** `before` is the clause text before the figure (bounded); `after` the text right after it. */
export function findLocationLabel(before: string, after: string): string | null {
  const colon = LABEL_COLON.exec(before);
  if (colon) {
    const label = clean(colon[1]!);
    if (label) return label;
  }
  for (const pattern of [BASED, BASED_START, CANDIDATES_ONLY, IN_PLACE, LOCATIONS_IN, ROLE_IN]) {
    const match = pattern.exec(before);
    if (match) {
      const label = clean(match[1]!);
      if (label) return label;
    }
  }
  const afterMatch = AFTER_BASED.exec(after.slice(0, 40));
  if (afterMatch) return clean(afterMatch[1]!);
  return null;
}
