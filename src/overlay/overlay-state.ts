import type { PostingAnalysis } from '../analysis/analyze-posting';

/**
 * What the content script shows for the page, and what the popup asks for. Plain data (it crosses
 * the popup ↔ content-script message boundary).
 */
export type OverlayState =
  /** The open posting, analysed. `note` says when the page showed only a header (no description). */
  | { kind: 'posting'; board: string; layout: string; analysis: PostingAnalysis; note?: string }
  /** A job-board page we could not read: the user sees this, never silence. */
  | { kind: 'unrecognised'; board: string | null; reason: string }
  /** Our own failure, caught at the content-script boundary. */
  | { kind: 'error'; message: string };

/**
 * The analysis the details show: a page note (the board showed no description) is already on screen
 * above them, so the reason that repeats it word for word is left out.
 */
export function detailsOf(state: Extract<OverlayState, { kind: 'posting' }>): PostingAnalysis {
  return state.note !== undefined && state.note === state.analysis.reason ? { ...state.analysis, reason: null } : state.analysis;
}

/**
 * What the panel header says beside the badge: the posting, its level and whether it states pay. The
 * label is the badge's to show; repeating it in raw words ("→ backend 84%") only doubled it. The
 * posting's title (page text, shown in its own isolate) apart from our words after it.
 */
export function headline(state: OverlayState): { title: string | null; ours: string } {
  if (state.kind !== 'posting') return { title: null, ours: summarize(state) };
  const { analysis } = state;
  const parts: string[] = [];
  if (analysis.level.level !== 'unknown') parts.push(analysis.level.level);
  if (analysis.salary.length > 0) parts.push('pay stated');
  return analysis.title ? { title: analysis.title, ours: parts.map((part) => ` · ${part}`).join('') } : { title: null, ours: ['Untitled posting', ...parts].join(' · ') };
}

/** One line for the demo output, the tests and the popup: "Senior Data Engineer → backend 84% · L5 · …". */
export function summarize(state: OverlayState): string {
  if (state.kind === 'error') return `RoleLens stopped: ${state.message}`;
  if (state.kind === 'unrecognised') return `RoleLens couldn't read this page: ${state.reason}`;
  const { analysis } = state;
  const parts: string[] = [];
  if (analysis.userLabel) {
    const kind = analysis.userLabel.hybridKind ? ` (${analysis.userLabel.hybridKind})` : '';
    const said = analysis.status === 'ok' ? `${analysis.label} ${Math.round(analysis.confidence * 100)}%` : 'not judged';
    parts.push(`yours: ${analysis.userLabel.label}${kind} (RoleLens: ${said})`);
  } else if (analysis.status === 'insufficient') parts.push(analysis.insufficient === 'not-english' ? 'not in English, not judged' : 'not enough text to judge');
  else {
    const kind = analysis.hybridKind ? ` (${analysis.hybridKind})` : '';
    const closeCall = analysis.closeCall ? ` or ${analysis.closeCall} ${Math.round(analysis.scores[analysis.closeCall] * 100)}%` : '';
    parts.push(`${analysis.label}${kind} ${Math.round(analysis.confidence * 100)}%${closeCall}`);
  }
  if (analysis.level.level !== 'unknown') parts.push(analysis.level.level);
  if (analysis.salary.length > 0) parts.push(`pay stated (${analysis.salary.length})`);
  return `${analysis.title || 'Untitled posting'} → ${parts.join(' · ')}`;
}
