// Shared shapes of the corpus-building pipeline.

/** Where a posting was published: repository, file, commit and row (posting URL or job id, else row number). */
export interface SourceRef {
  repo: string;
  path: string;
  commit: string;
  row: string;
}

/** One posting as an extractor yields it, before cleaning and filtering. */
export interface RawRecord {
  title: string;
  company: string;
  location: string | null;
  /** 'html' is turned into text by clean.ts; 'markdown' and 'text' are tidied only. */
  format: 'html' | 'markdown' | 'text';
  descriptionHtmlOrText: string;
  salary_text: string | null;
  posted: string | null;
  source: SourceRef;
  /** When the source has no pay field, take pay lines from the description (ATS rows, as the corpus did). */
  salaryFromDescription?: boolean;
  /** Greenhouse `content`: HTML escaped once more (&lt;p&gt;). */
  escapedHtml?: boolean;
  /** Upstream decoded UTF-8 as Latin-1 (RemoteOK): repair before cleaning. */
  mojibake?: boolean;
  /** 'a' for scraped job-board datasets, 'b' for applicant-tracking-system API responses. */
  kind: 'a' | 'b';
}

/** A cleaned posting that passed the filters (corpus format without labels). */
export interface Candidate {
  id?: string;
  title: string;
  company: string;
  location: string | null;
  description: string;
  salary_text: string | null;
  posted: string | null;
  source: SourceRef;
  title_group?: string;
  /** Internal: id prefix and sub-group; removed before writing. */
  kind: 'a' | 'b';
  subgroup?: string | null;
}

/** A source: its pinned commit, licence and extractor. */
export interface Source {
  name: string;
  repo: string;
  mirror: string;
  commit: string;
  licence: string;
  extract(): Iterable<RawRecord>;
}
