import type { ReadResult } from '../src/sites/types';
import { labelFromTitle } from '../src/role-model/label-from-title';
import type { Label } from '../src/role-model/types';
import { analyzePosting, type PostingAnalysis } from '../src/analysis/analyze-posting';

/** A saved page as `npm run analyze -- <page> --json` prints it: every posting and card it holds. */
export interface PageReport {
  url: string;
  adapter: string | null;
  /** The detected layout; null when the page was not recognised. */
  layout: string | null;
  /** Why the page gave no posting (unrecognised, not a job page, stale pane), if it did not. */
  reason: string | null;
  postings: (PostingAnalysis & { description: string })[];
  cards: { jobId: string; title: string; company: string | null; location: string | null; titleSuggests: Label | null }[];
}

export function buildPageReport(url: string, result: ReadResult): PageReport {
  if (result.kind === 'not-a-job-page') {
    return { url, adapter: result.adapter, layout: null, reason: result.reason, postings: [], cards: [] };
  }
  if (result.kind === 'unrecognised') {
    return {
      url,
      adapter: result.fallback ? 'json-ld' : result.adapter,
      layout: result.fallback ? 'structured-data' : null,
      reason: result.reason,
      postings: result.fallback ? [withDescription(result.fallback)] : [],
      cards: [],
    };
  }
  return {
    url,
    adapter: result.adapter,
    layout: result.layout,
    reason: result.posting ? null : (result.postingReason ?? null),
    postings: result.posting ? [withDescription(result.posting)] : [],
    cards: result.cards.map((card) => ({
      jobId: card.jobId,
      title: card.title,
      company: card.company,
      location: card.location,
      titleSuggests: labelFromTitle(card.title),
    })),
  };
}

function withDescription(posting: Parameters<typeof analyzePosting>[0]): PostingAnalysis & { description: string } {
  return { ...analyzePosting(posting), description: posting.description };
}
