import type { JobChoice } from '../choices/job-choices';

/**
 * The user's corrections as labelled postings, one JSON object a line, in the format of RoleLens's
 * own corpus (test/fixtures/corpus/README.md): title, company, location, description, label,
 * hybrid_kind and level, with where the job was (board and job id) as its source. A job whose level
 * only was set is not a correction and is left out.
 */
export function correctionsAsJsonl(choices: Record<string, JobChoice>): string {
  return Object.values(choices)
    .filter((choice) => choice.label)
    .sort((a, b) => a.at - b.at)
    .map((choice) =>
      JSON.stringify({
        id: `user-${choice.board}-${choice.jobId}`,
        title: choice.title,
        company: choice.company,
        location: choice.location,
        description: choice.description,
        salary_text: null,
        posted: null,
        source: { repo: null, path: choice.board, commit: null, row: choice.jobId },
        label: choice.label!.label,
        hybrid_kind: choice.label!.hybridKind,
        level: choice.level ?? 'unknown',
        model_label: choice.modelLabel ?? null,
        agreement: 'user',
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}
