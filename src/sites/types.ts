/**
 * Which reader produced a result: a board's id (`BoardId`, boards.ts), `json-ld` (the generic
 * schema.org JobPosting reader) or `page-text` (a page's heading and main text, read on request).
 * A plain string here: BoardId is derived from the boards, whose readers return this type.
 */
export type AdapterId = string;

/** The posting a page holds open (a job page, or the detail pane of a two-pane search page). */
export interface PostingRead {
  jobId: string | null;
  title: string;
  company: string | null;
  location: string | null;
  /** Plain text, block structure as '\n', list items as '- ' lines. */
  description: string;
  /** Why description is '' (e.g. "Lever apply page: the description is on the job page"). */
  descriptionReason?: string;
  /** True when the description was longer than MAX_DESCRIPTION_CHARS and was cut there. */
  descriptionTruncated?: boolean;
  /** Raw schema.org JobPosting.baseSalary when the page has JSON-LD (parsed by src/salary later). */
  baseSalary?: unknown;
  /** Pay shown in the page chrome (Ashby compensation, Indeed salary tile, LinkedIn pill). */
  salaryText?: string;
  /** The board's country site ("Australia" on au.indeed.com): reads a bare "$" when the location names no country. */
  boardCountry?: string;
  /** Where the overlay should be placed (we insert a sibling host next to it, never mutate it). */
  anchor: Element;
}

/** A job card in a result list. */
export interface CardRead {
  jobId: string;
  title: string;
  company: string | null;
  location: string | null;
  anchor: Element;
}

export type ReadResult =
  | {
      kind: 'page';
      adapter: AdapterId;
      /** The detected layout, e.g. 'guest-job-page', 'sdui-two-pane', 'viewjob', 'apply-page'. */
      layout: string;
      posting: PostingRead | null;
      cards: CardRead[];
      /** Why posting is null on a page that should have one (stale detail pane, not rendered yet). */
      postingReason?: string;
    }
  /** A page of a supported board that shows no job (LinkedIn's feed): nothing to read, nothing to say. */
  | { kind: 'not-a-job-page'; adapter: AdapterId; reason: string }
  | {
      kind: 'unrecognised';
      adapter: AdapterId | null;
      reason: string;
      /** What the generic JSON-LD reader found, if anything. */
      fallback: PostingRead | null;
    };

export interface SiteAdapter {
  id: AdapterId;
  matches(url: URL): boolean;
  read(doc: Document, url: URL): ReadResult;
}

/** The `page` arm of ReadResult. */
export type PageRead = Extract<ReadResult, { kind: 'page' }>;

/** What one layout reader returns; the adapter adds `kind` and `adapter`. */
export type LayoutRead = Omit<PageRead, 'kind' | 'adapter'>;
