import type { CompBand, CompBandResult } from '../role-model/reference-band';
import { BOUND_WORDS } from './bound-words';
import type { SalaryRange } from './types';

/**
 * - `below` / `above`: the whole annual range is under / over the band.
 * - `within`: the whole range sits inside the band.
 * - `overlaps`: part of the range is inside the band (or the range spans it).
 * - `no-band`: there is no reference band for this posting's label or level.
 * - `currency-mismatch`: the posting pays in another currency; nothing is converted.
 */
export type SalaryBandVerdict = 'below' | 'within' | 'above' | 'overlaps' | 'no-band' | 'currency-mismatch';

export type SalaryVsBandEntry = {
  /** The band's role; null when there is no band. */
  role: CompBand['role'] | null;
  verdict: SalaryBandVerdict;
  explanation: string;
};

/** One entry per reference band (two for hybrid postings), or one `no-band` entry. */
export type SalaryVsBand = SalaryVsBandEntry[];

const formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function money(amount: number, currency: string): string {
  return `${formatter.format(amount)} ${currency}`;
}

function describeRange(range: SalaryRange): string {
  const annual =
    range.annualMin === range.annualMax
      ? `${BOUND_WORDS[range.bound]}${money(range.annualMin, range.currency)}`
      : `${formatter.format(range.annualMin)}–${money(range.annualMax, range.currency)}`;
  const how =
    range.period === 'year'
      ? range.flags.includes('period-guessed')
        ? ' a year (period not stated, read as yearly)'
        : ' a year'
      : ` a year (annualised from ${range.period}ly pay, full-time)`;
  return `${annual}${how}`;
}

/** Base pay vs a total-compensation band are different things: say so every time it applies. */
function basisNote(range: SalaryRange): string {
  if (range.flags.includes('ote')) {
    return ' The posting states on-target earnings (base + commission at target); the band is total compensation including equity.';
  }
  if (range.flags.includes('base-only')) {
    return ' Note: the posting gives BASE pay, while the band is TOTAL compensation (base + bonus + equity), so a base range below the band is normal.';
  }
  return ' The posting does not say whether this is base or total pay; the band is total compensation (base + bonus + equity).';
}

type RangeVerdict = 'below' | 'within' | 'above' | 'overlaps';

/**
 * "Up to $X" may pay anything under X and "from $X" anything over it: such pay is below the band only
 * when its ceiling is, above only when its floor is, and otherwise overlaps it, never "within".
 */
function verdictFor(range: SalaryRange, band: CompBand): RangeVerdict {
  const low = range.bound === 'up-to' ? 0 : range.annualMin;
  const high = range.bound === 'at-least' ? Number.POSITIVE_INFINITY : range.annualMax;
  if (high < band.min) return 'below';
  if (low > band.max) return 'above';
  if (low >= band.min && high <= band.max) return 'within';
  return 'overlaps';
}

const VERDICT_WORDS: Record<RangeVerdict, string> = {
  below: 'is below',
  within: 'is within',
  above: 'is above',
  overlaps: 'overlaps',
};

export function compareSalaryToBand(range: SalaryRange, band: CompBandResult): SalaryVsBand {
  if (band.kind === 'none') {
    return [{ role: null, verdict: 'no-band', explanation: `No reference band to compare with: ${band.reason}` }];
  }
  if (band.bands.length === 0) {
    return [{ role: null, verdict: 'no-band', explanation: `No reference band for level ${band.level}.` }];
  }
  return band.bands.map((ref) => {
    const bandText = `the ${ref.role} ${ref.level} reference band (${formatter.format(ref.min)}–${money(ref.max, ref.currency)} a year, total compensation)`;
    if (range.currency !== ref.currency) {
      return {
        role: ref.role,
        verdict: 'currency-mismatch',
        explanation: `${range.currency} range not compared with the ${ref.currency} reference band: no conversion (exchange rates are not guessed).`,
      };
    }
    const verdict = verdictFor(range, ref);
    return {
      role: ref.role,
      verdict,
      explanation: `The posting's ${describeRange(range)} ${VERDICT_WORDS[verdict]} ${bandText}.${basisNote(range)}`,
    };
  });
}
