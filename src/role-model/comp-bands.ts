/**
 * ROLE-MODEL.md "Compensation reference": US FAANG total compensation from the public
 * interview-prep guide that compares the DE and BE roles. The guide gives bands for L5 and L6 only,
 * and none for hybrid roles (show both).
 */
export type CompBand = {
  role: 'data' | 'backend';
  level: 'L5' | 'L6';
  min: number;
  max: number;
  currency: 'USD';
  period: 'year';
  basis: 'total-compensation';
  citation: string;
};

export const COMP_BAND_CITATION =
  'reference: US FAANG total compensation, from a public interview-prep guide comparing the data engineer and backend engineer roles';

const band = (role: CompBand['role'], level: CompBand['level'], min: number, max: number): CompBand => ({
  role,
  level,
  min,
  max,
  currency: 'USD',
  period: 'year',
  basis: 'total-compensation',
  citation: COMP_BAND_CITATION,
});

export const COMP_BANDS: readonly CompBand[] = [
  band('data', 'L5', 280_000, 450_000),
  band('backend', 'L5', 300_000, 480_000),
  band('data', 'L6', 420_000, 620_000),
  band('backend', 'L6', 450_000, 680_000),
];
