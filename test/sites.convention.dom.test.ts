import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { BOARDS } from '../src/sites/boards';
import { CAREERS_PAGES, FIXTURE_PAGES } from './support/fixture-pages';
import { PAGES_DIR, REPO_ROOT } from '../tools/paths';
import { EXPECTATIONS } from './sites.expectations';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const pagesDir = PAGES_DIR;
const savedFiles = filesUnder(pagesDir)
  .map((path) => relative(pagesDir, path).split('\\').join('/'))
  .filter((file) => file !== 'SOURCES.md');

// The careers pages are built from corpus postings for the demo (careers-pages.dom.test.ts checks them).
test('every saved page is in FIXTURE_PAGES, every built one in CAREERS_PAGES', () => {
  const listed = new Set([...FIXTURE_PAGES, ...CAREERS_PAGES].map((page) => page.file));
  expect(savedFiles.filter((file) => !listed.has(file))).toEqual([]);
  expect(CAREERS_PAGES.filter((page) => !savedFiles.includes(page.file)).map((page) => page.file)).toEqual([]);
  expect(CAREERS_PAGES.filter((page) => FIXTURE_PAGES.some((fixture) => fixture.file === page.file))).toEqual([]);
});

test('every FIXTURE_PAGES entry exists and has expectations', () => {
  const saved = new Set(savedFiles);
  expect(FIXTURE_PAGES.filter((page) => !saved.has(page.file)).map((page) => page.file)).toEqual([]);
  expect(FIXTURE_PAGES.filter((page) => !EXPECTATIONS[page.file]).map((page) => page.file)).toEqual([]);
  expect(Object.keys(EXPECTATIONS).filter((file) => !FIXTURE_PAGES.some((page) => page.file === file))).toEqual([]);
});

test('every board adapter has at least one fixture page', () => {
  const covered = new Set(Object.values(EXPECTATIONS).map((expectation) => expectation.adapter));
  expect(BOARDS.map((adapter) => adapter.id).filter((id) => !covered.has(id))).toEqual([]);
});

// A new board is its adapter file, one line in boards.ts and a saved page (CONTRIBUTING.md).
test('every board defined in src/sites is listed in the registry, and each has its own folder of saved pages', () => {
  const sitesDir = join(REPO_ROOT, 'src', 'sites');
  const defining = readdirSync(sitesDir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'define-board.ts')
    .flatMap((name) => [...readFileSync(join(sitesDir, name), 'utf8').matchAll(/defineBoard\(\{\s*id: '([^']+)'/g)].map((match) => match[1]!));
  expect([...defining].sort()).toEqual(BOARDS.map((board) => board.id).sort());
  const folders = new Set(savedFiles.map((file) => file.split('/')[0]));
  expect(BOARDS.map((board) => board.id).filter((id) => !folders.has(id))).toEqual([]);
});

test('the JSON-LD reader is exercised by a saved page (Indeed baseSalary)', () => {
  expect(Object.values(EXPECTATIONS).some((expectation) => expectation.posting?.baseSalary !== undefined)).toBe(true);
});

test('each fixture URL is matched by the adapter its expectations name', async () => {
  const { pickAdapter } = await import('../src/sites/pick-adapter');
  const picked = FIXTURE_PAGES.map((page) => [page.file, pickAdapter(page.url)?.id]);
  expect(picked).toEqual(FIXTURE_PAGES.map((page) => [page.file, EXPECTATIONS[page.file]?.adapter]));
});
