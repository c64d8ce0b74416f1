import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import addonsLinter, { type LinterMessage, type LinterOutput } from 'addons-linter';
import { beforeAll, describe, expect, test } from 'vitest';
import { BOARD_HOST_PERMISSIONS } from '../../src/sites/boards';
import { FIREFOX_EXTENSION_DIR as FIREFOX_DIR } from '../support/launch-firefox';
import { REPO_ROOT } from '../../tools/paths';

/**
 * Warnings that addons-linter raises on libraries' code in our bundle, each recognised by the
 * bundled source around the flagged place, and why it is safe:
 * - Preact's renderer assigns `innerHTML` only for a `dangerouslySetInnerHTML` prop, which no
 *   component of ours passes (asserted below);
 * - zod's `new Function` probe, which never runs: zod is set jitless (src/zod.ts; the popup's
 *   end-to-end test sees no CSP violation).
 * Anything else (an `innerHTML` or eval of our own) fails the test.
 */
const LIBRARY_WARNINGS: { code: string; library: string; around: RegExp }[] = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', library: 'Preact', around: /dangerouslySetInnerHTML[^]*innerHTML\s*=\s*\w+\.__html/ },
  { code: 'DANGEROUS_EVAL', library: 'zod', around: /jitless[^]*try\s*\{\s*return\s+(?:new\s+)?Function\(/ },
];

/** The bundled source just before the flagged place (the files are minified: one long line). */
function sourceBefore(message: LinterMessage, length = 400): string {
  const lines = readFileSync(join(FIREFOX_DIR, message.file ?? ''), 'utf8').split('\n');
  const line = lines[(message.line ?? 1) - 1] ?? '';
  const column = message.column ?? line.length;
  return line.slice(Math.max(0, column - length), column + 40);
}

function libraryOf(message: LinterMessage): string | null {
  const known = LIBRARY_WARNINGS.find((warning) => warning.code === message.code && warning.around.test(sourceBefore(message)));
  return known?.library ?? null;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.(ts|tsx)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** The Firefox MV3 package (`npm run build:firefox`), read as addons.mozilla.org reads it on upload. */
describe('the Firefox package', () => {
  let result: LinterOutput;

  beforeAll(async () => {
    if (!existsSync(join(FIREFOX_DIR, 'manifest.json'))) throw new Error(`No Firefox build at ${FIREFOX_DIR}: run npm run build:firefox first.`);
    const linter = addonsLinter.createInstance({
      config: { _: [FIREFOX_DIR], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: false, selfHosted: false },
      runAsBinary: false,
    });
    result = await linter.run();
  }, 120_000);

  test("passes Mozilla's add-on linter: no error, no notice, and warnings only on known library code", () => {
    expect(result.errors.map((message) => `${message.code} ${message.file ?? ''}: ${message.message}`)).toEqual([]);
    expect(result.notices.map((message) => `${message.code} ${message.file ?? ''}: ${message.message}`)).toEqual([]);
    const ours = result.warnings.filter((message) => libraryOf(message) === null);
    expect(ours.map((message) => `${message.code} ${message.file ?? ''}:${message.line ?? ''}:${message.column ?? ''} …${sourceBefore(message, 120)}`)).toEqual([]);
  });

  test('no component of ours passes dangerouslySetInnerHTML (what makes the Preact warning safe)', () => {
    const sources = [...filesUnder(join(REPO_ROOT, 'src')), ...filesUnder(join(REPO_ROOT, 'entrypoints'))];
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.filter((file) => readFileSync(file, 'utf8').includes('dangerouslySetInnerHTML'))).toEqual([]);
  });

  test('declares its id, that it collects no data, and the same permissions as the Chrome package', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8')) as {
      manifest_version: number;
      permissions?: string[];
      host_permissions?: string[];
      browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
    };
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings?.gecko?.id).toBe('rolelens@rolelens.dev');
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting']);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...BOARD_HOST_PERMISSIONS].sort());
  });
});
