import type { SalaryRange } from '../salary/types';
import { compareSalaryToBand, type SalaryVsBand } from '../salary/compare-to-band';
import { parseSalaryText } from '../salary/parse-salary-text';
import { parseStructuredSalary } from '../salary/parse-structured-salary';
import { dollarPlace } from '../salary/currencies';
import { buildPostingReport, type PostingReport } from './posting-report';

/** A posting as a page or a file gives it: what an adapter reads, or a title and a body. */
export interface PostingInput {
  jobId?: string | null;
  title: string;
  company?: string | null;
  location?: string | null;
  description: string;
  /** Why the description is empty (a page that shows only the header). */
  descriptionReason?: string;
  /** schema.org JobPosting.baseSalary, raw. */
  baseSalary?: unknown;
  /** Pay shown in the page's chrome rather than in the description. */
  salaryText?: string;
  /** The board's country site, if any ("Australia" on au.indeed.com). */
  boardCountry?: string | null;
}

/** Everything RoleLens says about one posting: the role model's reading plus the posting's own pay. */
export type PostingAnalysis = PostingReport & {
  jobId: string | null;
  company: string | null;
  location: string | null;
  /** Characters of description read: tells a re-read of the same posting from a new one. */
  descriptionLength: number;
  /** Pay the posting states, structured data first, then page chrome, then the description. */
  salary: SalaryRange[];
  /** One comparison per `salary` entry, with the reference band(s) for the label and level. */
  salaryVsBand: SalaryVsBand[];
};

export function analyzePosting(input: PostingInput): PostingAnalysis {
  const report = buildPostingReport({
    title: input.title,
    ...(input.company ? { company: input.company } : {}),
    text: input.description,
  });
  const salary = collectSalary(input);
  return {
    ...report,
    ...(input.description === '' && input.descriptionReason ? { reason: input.descriptionReason } : {}),
    jobId: input.jobId ?? null,
    company: input.company ?? null,
    location: input.location ?? null,
    descriptionLength: input.description.length,
    salary,
    salaryVsBand: salary.map((range) => compareSalaryToBand(range, report.compBand)),
  };
}

/**
 * The same range stated twice is one range. Structured data (explicit ISO currency) wins over the
 * page text's copy of it, whose bare "$" may have been read as USD on a non-US board.
 */
function collectSalary(input: PostingInput): SalaryRange[] {
  // The posting's location (else the board's country site) tells a bare "$" in Canada or Australia from US dollars.
  const locationHint = dollarPlace(input.location, input.boardCountry);
  const structured = input.baseSalary === undefined ? [] : parseStructuredSalary(input.baseSalary);
  const fromText = [
    ...(input.salaryText ? parseSalaryText(input.salaryText, locationHint) : []),
    ...parseSalaryText(input.description, locationHint),
  ];
  const structuredFigures = new Set(structured.map((range) => `${range.min}|${range.max}|${range.period}`));
  const seen = new Set<string>();
  return [...structured, ...fromText.filter((range) => !structuredFigures.has(`${range.min}|${range.max}|${range.period}`))].filter(
    (range) => {
      const key = `${range.min}|${range.max}|${range.currency}|${range.period}|${range.location ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  );
}
