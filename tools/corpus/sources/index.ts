// Every source, in a fixed order (extraction order; the builds shuffle with fixed seeds after that).
import type { Source } from '../types';
import { ashby } from './ashby';
import { bostonJobs } from './boston-jobs';
import { ethicalTech } from './ethical-tech';
import { glassdoorDe } from './glassdoor-de';
import { greenhouseTechJobsHub } from './greenhouse-techjobshub';
import { hnHiring } from './hn-hiring';
import { kaggleKoriralex, kaggleParishinde } from './kaggle-linkedin';
import { linkedinCs } from './linkedin-cs';
import { linkedinDataEngineer, prepare as prepareParquet } from './linkedin-data-engineer';
import { linkedinIsrael } from './linkedin-israel';
import { linkedinUk } from './linkedin-uk';
import { remoteOk } from './remoteok';
import { uber } from './uber';
import { ukDataJobs } from './uk-data-jobs';

/** The first pool's sources (build-pool.ts). */
export const SOURCES: Source[] = [
  ashby,
  uber,
  greenhouseTechJobsHub,
  linkedinIsrael,
  linkedinDataEngineer,
  ethicalTech,
  kaggleKoriralex,
  kaggleParishinde,
  bostonJobs,
  linkedinCs,
  linkedinUk,
  remoteOk,
];

/** Sources added for the pool extension (build-pool-2.ts), in a fixed order. */
export const EXTENSION_SOURCES: Source[] = [glassdoorDe, ukDataJobs, hnHiring];

/** Every source: the extension draws from the new sources and from what the first pool left. */
export const ALL_SOURCES: Source[] = [...SOURCES, ...EXTENSION_SOURCES];

/** Async set-up some extractors need (the parquet reader). */
export async function prepareSources(): Promise<void> {
  await prepareParquet();
}
