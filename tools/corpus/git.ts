// Reads files from the bare git mirrors at a pinned commit (the mirrors have no work tree).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths';

/** Where the source repositories are mirrored (bare git dirs, `<owner>+<name>/repo`): README.md says how. */
export const MIRRORS = process.env.CORPUS_MIRRORS ?? join(REPO_ROOT, '.mirrors');

const MAX = 1 << 30;

/** The bytes of PATH at COMMIT in the bare mirror of owner/name. */
export function gitShow(mirror: string, commit: string, path: string): Buffer {
  return execFileSync('git', ['-C', `${MIRRORS}/${mirror}/repo`, 'show', `${commit}:${path}`], {
    maxBuffer: MAX,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** Same, decoded as UTF-8. */
export function gitText(mirror: string, commit: string, path: string): string {
  return gitShow(mirror, commit, path).toString('utf8');
}

/** Paths of files under DIR at COMMIT whose blob is present (mirrors lack files of 4 MiB and more). */
export function gitFiles(mirror: string, commit: string, dir: string): string[] {
  const out = execFileSync('git', ['-C', `${MIRRORS}/${mirror}/repo`, 'ls-tree', '-r', '--name-only', commit, dir], {
    maxBuffer: MAX,
  }).toString('utf8');
  return out.split('\n').filter(Boolean).sort();
}

/** Reads a file, or returns null when its blob is missing from the mirror. */
export function gitTextOrNull(mirror: string, commit: string, path: string): string | null {
  try {
    return gitText(mirror, commit, path);
  } catch {
    return null;
  }
}
