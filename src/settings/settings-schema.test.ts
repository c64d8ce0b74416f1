import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, settingsSchema } from './settings-schema';

describe('parseSettings repairs stored settings field by field', () => {
  test.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'corrupted'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['an empty object', {}],
  ])('%s gives the defaults', (_name, raw) => {
    expect(parseSettings(raw).settings).toEqual(DEFAULT_SETTINGS);
  });

  test.each([
    ['enabled', 'yes', true],
    ['showOnCards', null, true],
    ['showSalary', 0, true],
    ['startCollapsed', {}, false],
    ['disabledBoards', 'linkedin', []],
    ['disabledBoards', [1, 'x'.repeat(500)], []],
  ])('a bad %s (%j) resets only itself', (key, bad, repaired) => {
    const { settings, issues } = parseSettings({ ...DEFAULT_SETTINGS, showPrep: false, [key]: bad });
    expect(settings[key as keyof typeof settings]).toEqual(repaired);
    expect(settings.showPrep).toBe(false);
    expect(issues.join(' ')).toContain(`settings.${key}`);
  });

  test('unknown keys are dropped, known values kept', () => {
    const { settings } = parseSettings({ enabled: false, disabledBoards: ['indeed', 'indeed'], theme: 'neon' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, disabledBoards: ['indeed'] });
    expect(settings).not.toHaveProperty('theme');
  });

  test('every setting has a default (parse of {} fills every key)', () => {
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual(Object.keys(settingsSchema.shape).sort());
    for (const value of Object.values(DEFAULT_SETTINGS)) expect(value).not.toBeUndefined();
  });
});

test('an object setting read back with its keys in another order is the same setting, not a repair', () => {
  const { cardFilter } = DEFAULT_SETTINGS;
  const reordered = Object.fromEntries(Object.entries({ ...cardFilter, other: 'hide' }).toReversed());
  const parsed = parseSettings({ ...DEFAULT_SETTINGS, cardFilter: reordered });
  expect(parsed.reset).toEqual([]);
  expect(parsed.settings.cardFilter.other).toBe('hide');
});
