import type { SalaryRange } from '../salary/types';
import type { SalaryVsBand } from '../salary/compare-to-band';
import { SALARY_BOUND_WORDS, SALARY_FLAG_NAMES, formatMoneyRange } from './format';

const PERIOD_WORDS = { hour: '/hr', day: '/day', week: '/wk', month: '/mo', year: '/yr' } as const;

/** Pay lines shown; more are counted, not listed (a page can state any number). */
const MAX_PAY_LINES = 3;

/** The pay the posting states (not the reference band), each range with how it compares. */
export function SalaryList({ salary, comparisons }: { salary: readonly SalaryRange[]; comparisons: readonly SalaryVsBand[] }) {
  if (salary.length === 0) return <p class="rl-muted">The posting states no pay.</p>;
  const more = salary.length - MAX_PAY_LINES;
  return (
    <>
      <ul class="rl-salary">
        {salary.slice(0, MAX_PAY_LINES).map((range, index) => (
          <li key={`${range.start}:${index}`}>
            <strong>
              {SALARY_BOUND_WORDS[range.bound]}
              {formatMoneyRange(range.min, range.max, range.currency)}
              {PERIOD_WORDS[range.period]}
            </strong>
            {range.location ? (
              <span>
                {' · '}
                <bdi>{range.location}</bdi>
              </span>
            ) : null}
            {range.level ? (
              <span>
                {' · '}
                <bdi>{range.level}</bdi>
              </span>
            ) : null}
            {range.flags.length > 0 ? <span class="rl-muted"> ({range.flags.map((flag) => SALARY_FLAG_NAMES[flag]).join(', ')})</span> : null}
            {range.period !== 'year' ? (
              <span class="rl-muted"> ≈ {formatMoneyRange(range.annualMin, range.annualMax, range.currency)}/yr</span>
            ) : null}
            {/* With no band, the band section above already says why; "no band to compare with" would repeat it. */}
            {comparisons[index]?.some((item) => item.verdict !== 'no-band') ? <p class="rl-small">{describeComparison(comparisons[index])}</p> : null}
          </li>
        ))}
      </ul>
      {more > 0 ? <p class="rl-muted rl-small rl-more-pay">…and {more} more pay {more === 1 ? 'line' : 'lines'} in the posting.</p> : null}
    </>
  );
}

function describeComparison(comparison: SalaryVsBand): string {
  return comparison.map((item) => item.explanation).join(' ');
}
