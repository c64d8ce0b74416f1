import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../tools/paths';
import { readZip, type ZipEntry } from '../support/read-zip';

const OUTPUT = join(REPO_ROOT, '.output');
const { name, version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

/** What builds the extension, and the README that says how (wxt.config.ts `zip`). */
const TOP_LEVEL_FILES = ['README.md', 'package-lock.json', 'package.json', 'tsconfig.json', 'wxt.config.ts'];
const SOURCE_FOLDERS = ['assets', 'entrypoints', 'public', 'src'];

/**
 * Runs an npm script as a shell would: without vitest's NODE_ENV=test, under which Vite builds
 * Preact's development JSX, with each element's source path in the bundle.
 */
function run(command: string, args: string[], cwd: string): void {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 240_000, env: { ...env, CI: 'true' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * `npm run zip:firefox`: the package and the sources zip that addons.mozilla.org asks for with it.
 * The sources must build the same package and hold nothing else: not the saved third-party job
 * pages, the corpus, the demo's output, the screenshots, nor the tools and tests.
 */
describe('the Firefox sources zip', () => {
  let sources: ZipEntry[];
  let files: string[];
  let unpacked: string;

  beforeAll(() => {
    run('npm', ['run', '--silent', 'zip:firefox'], REPO_ROOT);
    sources = readZip(join(OUTPUT, `${name}-${version}-sources.zip`));
    files = sources.map((entry) => entry.name).filter((file) => !file.endsWith('/'));
  }, 240_000);
  afterAll(() => {
    if (unpacked) rmSync(unpacked, { recursive: true, force: true });
  });

  test('holds what builds the extension', () => {
    for (const file of TOP_LEVEL_FILES) expect(files).toContain(file);
    for (const folder of SOURCE_FOLDERS) expect(files.some((file) => file.startsWith(`${folder}/`))).toBe(true);
    expect(files).toContain('entrypoints/background.ts');
    expect(files).toContain('src/sites/boards.ts');
    expect(files.filter((file) => /^src\/role-model\/.*\.generated\.ts$/.test(file)).length).toBeGreaterThan(0);
  });

  test('holds nothing else: no saved pages, corpus, demo output, screenshots, tools, tests or build output', () => {
    const topLevel = [...new Set(files.map((file) => file.split('/')[0]!))].sort();
    expect(topLevel).toEqual([...SOURCE_FOLDERS, ...TOP_LEVEL_FILES].sort());
    const forbidden = /^(?:demo-output|docs|test|tools|node_modules|\.output|\.reports|\.scratch|\.corpus-build|\.mirrors|\.wxt)\//;
    expect(files.filter((file) => forbidden.test(file) || file.includes('node_modules/'))).toEqual([]);
    expect(files.filter((file) => /\.test\.tsx?$/.test(file))).toEqual([]);
    expect(files.filter((file) => /\.(?:png|jpe?g|x?html)$/.test(file) && !file.startsWith('public/') && !file.startsWith('entrypoints/'))).toEqual([]);
  });

  test('its README says how to build it', () => {
    const readme = sources.find((entry) => entry.name === 'README.md')!.read().toString('utf8');
    expect(readme).toMatch(/## Build from source/);
    expect(readme).toContain('npm ci');
    expect(readme).toContain('npm run build:firefox');
    expect(readme).toContain('.output/firefox-mv3');
  });

  // What a reviewer does with it (README, "Build from source"), with this machine's node_modules in
  // place of `npm ci`: the package built from the sources is the package, byte for byte.
  test('builds the same Firefox package', () => {
    unpacked = mkdtempSync(join(tmpdir(), 'rolelens-sources-'));
    for (const entry of sources) {
      if (entry.name.endsWith('/')) continue;
      const path = join(unpacked, entry.name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, entry.read());
    }
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(unpacked, 'node_modules'), 'dir');
    run('npm', ['run', '--silent', 'build:firefox'], unpacked);
    const built = join(unpacked, '.output', 'firefox-mv3');
    const packaged = readZip(join(OUTPUT, `${name}-${version}-firefox.zip`)).filter((entry) => !entry.name.endsWith('/'));
    const builtFiles = filesUnder(built).map((file) => relative(built, file).split('\\').join('/'));
    expect(builtFiles.sort()).toEqual(packaged.map((entry) => entry.name).sort());
    const differing = packaged.filter((entry) => !entry.read().equals(readFileSync(join(built, entry.name)))).map((entry) => entry.name);
    expect(differing).toEqual([]);
    // A development build names each source file by its path on the machine that built it.
    expect(packaged.filter((entry) => entry.read().includes(REPO_ROOT)).map((entry) => entry.name)).toEqual([]);
  }, 240_000);
});
