import { COMP_BANDS, type CompBand } from './comp-bands';
import type { Label, Level } from './types';

export type { CompBand } from './comp-bands';
export type { Level } from './types';

export type CompBandResult = { kind: 'bands'; level: Level; bands: CompBand[] } | { kind: 'none'; level: Level; reason: string };

/** The reference band(s) for a label and level: DE or BE, both for hybrid, none outside L5/L6 or for `other`. */
export function compBand(label: Label, level: Level): CompBandResult {
  if (label === 'other') return { kind: 'none', level, reason: 'Not a DE/BE role: the guide gives no reference band.' };
  if (level !== 'L5' && level !== 'L6') {
    const what = level === 'unknown' ? 'an unknown level' : level;
    return { kind: 'none', level, reason: `No reference band for ${what}: the guide gives bands for L5 and L6 only.` };
  }
  const roles: CompBand['role'][] = label === 'hybrid' ? ['data', 'backend'] : [label];
  return { kind: 'bands', level, bands: COMP_BANDS.filter((band) => band.level === level && roles.includes(band.role)) };
}
