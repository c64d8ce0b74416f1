import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where things are in this repository, for node-only tools and tests. Everything they read is inside it. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Saved job-board pages (SOURCES.md there says where each came from). */
export const PAGES_DIR = join(REPO_ROOT, 'test', 'fixtures', 'pages');
/** The labelled corpus (README.md there gives the format). */
export const CORPUS_DIR = join(REPO_ROOT, 'test', 'fixtures', 'corpus');
/** The labelled postings the classifier is trained and cross-validated on. */
export const CORPUS_FILE = join(CORPUS_DIR, 'postings.jsonl');
/**
 * The first postings of the corpus, the original labelled set: the ones also annotated unit by unit
 * (test/fixtures/unit-tags) and read by hand for pay (test/salary.corpus.test.ts).
 */
export const ANNOTATED_POSTINGS = 450;
