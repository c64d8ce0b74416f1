import { annualize } from './annualize';
import type { SalaryFlag, SalaryRange } from './types';

/** A range wider than this (max > 1.5 × min) is flagged `wide`: it says little about the pay. */
const WIDE_RATIO = 1.5;

const FLAG_ORDER: readonly SalaryFlag[] = ['base-only', 'includes-equity', 'ote', 'wide', 'across-levels', 'period-guessed', 'currency-guessed'];

/**
 * One place that finishes a SalaryRange for both readers (text and schema.org): the annual
 * figures, the `wide` flag and the flag order, so structured and text results never drift apart.
 */
export function makeSalaryRange(
  fields: Omit<SalaryRange, 'annualMin' | 'annualMax' | 'flags'> & { flags: readonly SalaryFlag[] },
): SalaryRange {
  const flags = new Set(fields.flags);
  if (fields.max > WIDE_RATIO * fields.min) flags.add('wide');
  return {
    ...fields,
    annualMin: annualize(fields.min, fields.period),
    annualMax: annualize(fields.max, fields.period),
    flags: FLAG_ORDER.filter((flag) => flags.has(flag)),
  };
}
