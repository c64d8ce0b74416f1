import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared/ folder beside the repository (or ROLELENS_SHARED), as test/support/shared-dir.ts finds it. */
export function sharedDir(): string {
  const candidates = [process.env.ROLELENS_SHARED, join(repoRoot, '..', 'shared')].filter((dir): dir is string => Boolean(dir));
  const found = candidates.find((dir) => existsSync(join(dir, 'corpus')));
  if (!found) throw new Error(`Cannot find the shared/ folder (looked in ${candidates.join(', ')}). Set ROLELENS_SHARED.`);
  return found;
}
