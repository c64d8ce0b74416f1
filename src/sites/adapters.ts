import { ashbyAdapter } from './ashby';
import { greenhouseAdapter } from './greenhouse';
import { indeedAdapter } from './indeed';
import { leverAdapter } from './lever';
import { linkedInAdapter } from './linkedin';
import { seekAdapter } from './seek';
import type { SiteAdapter } from './types';
import { workdayAdapter } from './workday';

/** The board adapters pickAdapter chooses from. The generic JSON-LD reader is not one of them. */
export const BOARD_ADAPTERS: readonly SiteAdapter[] = [
  linkedInAdapter,
  indeedAdapter,
  greenhouseAdapter,
  leverAdapter,
  ashbyAdapter,
  workdayAdapter,
  seekAdapter,
];
