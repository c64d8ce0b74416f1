import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { BOARD_ADAPTERS } from '../src/sites/adapters';
import { FIXTURE_PAGES } from './support/fixture-pages';
import { sharedDir } from './support/shared-dir';
import { EXPECTATIONS } from './sites.expectations';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const pagesDir = join(sharedDir(), 'fixtures', 'pages');
const savedFiles = filesUnder(pagesDir)
  .map((path) => relative(pagesDir, path).split('\\').join('/'))
  .filter((file) => file !== 'SOURCES.md');

test('every saved page is in FIXTURE_PAGES', () => {
  const listed = new Set(FIXTURE_PAGES.map((page) => page.file));
  expect(savedFiles.filter((file) => !listed.has(file))).toEqual([]);
});

test('every FIXTURE_PAGES entry exists and has expectations', () => {
  const saved = new Set(savedFiles);
  expect(FIXTURE_PAGES.filter((page) => !saved.has(page.file)).map((page) => page.file)).toEqual([]);
  expect(FIXTURE_PAGES.filter((page) => !EXPECTATIONS[page.file]).map((page) => page.file)).toEqual([]);
  expect(Object.keys(EXPECTATIONS).filter((file) => !FIXTURE_PAGES.some((page) => page.file === file))).toEqual([]);
});

test('every board adapter has at least one fixture page', () => {
  const covered = new Set(Object.values(EXPECTATIONS).map((expectation) => expectation.adapter));
  expect(BOARD_ADAPTERS.map((adapter) => adapter.id).filter((id) => !covered.has(id))).toEqual([]);
});

test('the JSON-LD reader is exercised by a saved page (Indeed baseSalary)', () => {
  expect(Object.values(EXPECTATIONS).some((expectation) => expectation.posting?.baseSalary !== undefined)).toBe(true);
});

test('each fixture URL is matched by the adapter its expectations name', async () => {
  const { pickAdapter } = await import('../src/sites/pick-adapter');
  const picked = FIXTURE_PAGES.map((page) => [page.file, pickAdapter(page.url)?.id]);
  expect(picked).toEqual(FIXTURE_PAGES.map((page) => [page.file, EXPECTATIONS[page.file]?.adapter]));
});
