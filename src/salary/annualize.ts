import type { SalaryPeriod } from './types';

/** Full-time multipliers from the issue: 40 h × 52 weeks, 5 days × 52 weeks. */
export const PERIODS_PER_YEAR: Record<SalaryPeriod, number> = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1,
};

export function annualize(amount: number, period: SalaryPeriod): number {
  return Math.round(amount * PERIODS_PER_YEAR[period] * 100) / 100;
}
