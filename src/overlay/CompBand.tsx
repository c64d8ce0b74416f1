import type { CompBandResult } from '../role-model/reference-band';
import { formatMoney } from './format';

const ROLE_NAMES = { data: 'Data engineer', backend: 'Backend engineer' } as const;

// The bands are US big-tech pay: "US$" says so on a Canadian or Australian posting, where "$" is local.
const usDollars = (amount: number): string => `US${formatMoney(amount, 'USD')}`;

/** The reference band(s) for the level, with their citation, or why there is none. */
export function CompBand({ band }: { band: CompBandResult }) {
  if (band.kind === 'none') return <p class="rl-muted">{band.reason}</p>;
  return (
    <div>
      <ul class="rl-bands">
        {band.bands.map((item) => (
          <li key={item.role}>
            {ROLE_NAMES[item.role]} {item.level}, US big tech: <strong>{usDollars(item.min)} – {usDollars(item.max)}</strong> a year
          </li>
        ))}
      </ul>
      <p class="rl-muted rl-small">{band.bands[0]?.citation}</p>
    </div>
  );
}
