import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fingerprints, loadHeldOut } from '../tools/corpus/fingerprint';
import { CORPUS_DIR, CORPUS_FILE } from '../tools/paths';

/**
 * No posting the classifier is trained on may be one of the held-out postings it is judged by.
 * The held-out set itself is not here, only its fingerprints (`held-out-fingerprints.txt`): whole
 * text, first 300 characters, title + company and source URL, each normalised as the header of the
 * project's `fingerprint.mjs` says (lowercase, whitespace collapsed; URLs without fragment or
 * trailing slash). This is that check, over every line of the corpus.
 */
const rows = readFileSync(CORPUS_FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { id: string; title: string; company: string; description: string; source: { row: string | null } });
const heldOut = loadHeldOut(join(CORPUS_DIR, 'held-out-fingerprints.txt'));

describe('the corpus and the held-out set', () => {
  test('the fingerprint list is the held-out set of four kinds', () => {
    expect(heldOut.size).toBeGreaterThan(700);
    const kinds = new Set([...heldOut].map((line) => line.split(' ')[0]));
    expect([...kinds].sort()).toEqual(['head', 'pair', 'text', 'url']);
  });

  test('no corpus posting matches a held-out fingerprint of any kind', () => {
    const colliding = rows.filter((row) => fingerprints(row).some((print) => heldOut.has(print))).map((row) => row.id);
    expect(colliding).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(3450);
  });

  // The check must be able to fail: a re-post of a held-out posting, differing only in case, spacing,
  // a URL fragment or a trailing slash, is caught on each kind.
  test('a re-post that differs only in case and spacing is caught on every kind', () => {
    const original = { title: 'Data Engineer', company: 'Acme', description: 'We build pipelines.\n\nYou will own them.', source: { row: 'https://jobs.example.com/123' } };
    const held = new Set(fingerprints(original));
    const repost = { title: ' data  ENGINEER', company: 'ACME ', description: 'we build PIPELINES. you will   own them.', source: { row: 'HTTPS://jobs.example.com/123/#apply' } };
    const caught = fingerprints(repost).filter((print) => held.has(print)).map((print) => print.split(' ')[0]);
    expect(caught).toEqual(['text', 'head', 'pair', 'url']);
    const longer = { ...repost, description: `${'x'.repeat(300)} then a different ending` };
    expect(fingerprints(longer).filter((print) => held.has(print)).map((print) => print.split(' ')[0])).toEqual(['pair', 'url']);
  });
});
