import { expect, test } from 'vitest';
import { compBand } from './reference-band';
import type { Label, Level } from './types';

test.each<{ label: Label; level: Level; bands: [string, number, number][] }>([
  { label: 'data', level: 'L5', bands: [['data', 280_000, 450_000]] },
  { label: 'backend', level: 'L5', bands: [['backend', 300_000, 480_000]] },
  { label: 'data', level: 'L6', bands: [['data', 420_000, 620_000]] },
  { label: 'backend', level: 'L6', bands: [['backend', 450_000, 680_000]] },
  { label: 'hybrid', level: 'L6', bands: [['data', 420_000, 620_000], ['backend', 450_000, 680_000]] },
])('$label $level', ({ label, level, bands }) => {
  const result = compBand(label, level);
  const found = result.kind === 'bands' ? result.bands : [];
  expect(result.kind).toBe('bands');
  expect(found.map((b) => [b.role, b.min, b.max])).toEqual(bands);
  for (const band of found) {
    expect(band).toMatchObject({ level, currency: 'USD', period: 'year', basis: 'total-compensation' });
    expect(band.citation).toContain('reference: US FAANG total compensation');
  }
});

test.each<{ label: Label; level: Level; reason: RegExp }>([
  { label: 'data', level: 'L4', reason: /No reference band for L4: the guide gives bands for L5 and L6 only/ },
  { label: 'backend', level: 'L7', reason: /No reference band for L7/ },
  { label: 'hybrid', level: 'L3', reason: /No reference band for L3/ },
  { label: 'data', level: 'unknown', reason: /No reference band for an unknown level/ },
  { label: 'other', level: 'L5', reason: /Not a DE\/BE role/ },
])('$label $level → none', ({ label, level, reason }) => {
  expect(compBand(label, level)).toMatchObject({ kind: 'none', level, reason: expect.stringMatching(reason) });
});
