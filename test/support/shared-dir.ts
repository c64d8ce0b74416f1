import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared/ folder (fixtures, corpus) sits beside the repository: `../shared` from its root, on
 * developers' machines and on CI. `ROLELENS_SHARED` overrides it for a clone elsewhere.
 */
export function sharedDir(): string {
  const candidates = [process.env.ROLELENS_SHARED, join(repoRoot, '..', 'shared')].filter(
    (dir): dir is string => Boolean(dir),
  );
  const found = candidates.find((dir) => existsSync(join(dir, 'fixtures', 'pages')));
  if (!found) {
    throw new Error(
      `Cannot find the shared/ folder (looked in ${candidates.join(', ')}). ` +
        'Clone the repository beside shared/ or set ROLELENS_SHARED.',
    );
  }
  return found;
}

export { repoRoot };
