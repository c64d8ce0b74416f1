import type { SalaryBound } from './types';

/** "up to $150K", "from $90K": a ceiling or a floor is not the figure itself. */
export const BOUND_WORDS: Record<SalaryBound, string> = { range: '', exact: '', 'up-to': 'up to ', 'at-least': 'from ' };
