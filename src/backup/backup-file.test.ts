import { describe, expect, test } from 'vitest';
import type { JobChoice } from '../choices/job-choices';
import { DEFAULT_SETTINGS } from '../settings/settings-schema';
import { BACKUP_FORMAT, makeBackup, MAX_BACKUP_CHARS, readBackup } from './backup-file';

const CHOICE: JobChoice = {
  board: 'linkedin',
  jobId: '4411867124',
  title: 'Ingeniería de Datos — データ基盤 (Zürich, 北京) 🚀',
  company: 'Ωmega Ltd.',
  location: 'Zürich, Switzerland',
  description: 'Build pipelines. Naïve café façade — “quoted” text, emoji 🧪, RTL שלום.',
  label: { label: 'hybrid', hybridKind: 'data-platform' },
  level: 'L6',
  modelLabel: 'data',
  at: 1_765_000_000_000,
};
const SETTINGS = { ...DEFAULT_SETTINGS, showPrep: false, disabledBoards: ['indeed' as const], cardFilter: { ...DEFAULT_SETTINGS.cardFilter, other: 'hide' as const } };
const good = () => makeBackup({ settings: SETTINGS, choices: { 'linkedin:4411867124': CHOICE } }, new Date('2026-12-06T00:00:00Z'));

describe('a backup file', () => {
  test('round-trips settings and choices, non-ASCII text kept exactly', () => {
    const read = readBackup(good());
    expect(read).toEqual({ ok: true, backup: { settings: SETTINGS, choices: { 'linkedin:4411867124': CHOICE } } });
  });

  test('a byte-order mark at the start is read', () => {
    expect(readBackup(`\uFEFF${good()}`).ok).toBe(true);
  });

  test.each([
    ['empty', '', /empty/],
    ['only whitespace', '  \n', /empty/],
    ['truncated', good().slice(0, 200), /not valid JSON.*cut short/],
    ['10 MB', `{"format":"${BACKUP_FORMAT}","pad":"${'x'.repeat(MAX_BACKUP_CHARS)}"}`, /too big/],
    ['another extension’s export', JSON.stringify({ format: 'hide-n-seek-export', version: 3, hidden: ['acme'] }), /"hide-n-seek-export" file, not a RoleLens backup/],
    ['a JSON array', '[1,2,3]', /not a RoleLens backup/],
    ['JSON with no format', JSON.stringify({ settings: {}, choices: [] }), /no RoleLens format name/],
    ['unknown keys', JSON.stringify({ ...JSON.parse(good()), extra: 1, more: 2 }), /does not know \(extra, more\)/],
    ['a newer version', JSON.stringify({ ...JSON.parse(good()), version: 99 }), /newer RoleLens/],
    ['settings with a bad value', JSON.stringify({ ...JSON.parse(good()), settings: { ...SETTINGS, showPrep: 'no' } }), /settings are not valid.*showPrep/],
    ['settings missing a field', JSON.stringify({ ...JSON.parse(good()), settings: { enabled: true } }), /settings are incomplete/],
    ['a bad choice', JSON.stringify({ ...JSON.parse(good()), choices: [{ ...CHOICE, label: { label: 'hybrid', hybridKind: null } }] }), /Entry 1 .* not valid/],
    ['a choice that chose nothing', JSON.stringify({ ...JSON.parse(good()), choices: [{ ...CHOICE, label: undefined, level: undefined }] }), /Entry 1 .* not valid/],
  ])('%s: refused with a clear message', (_name, text, message) => {
    const read = readBackup(text);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.message).toMatch(message);
  });
});
