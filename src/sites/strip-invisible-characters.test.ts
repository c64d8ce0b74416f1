import { expect, test } from 'vitest';
import { stripInvisibleCharacters } from './strip-invisible-characters';

test.each([
  ['Da\u00ADta En\u00ADgi\u00ADneer', 'Data Engineer'],
  ['Air\u200Bflow, d\u200Cb\u200Dt, Sp\u2060ark, \uFEFFSnowflake', 'Airflow, dbt, Spark, Snowflake'],
  ['Backend Engineer \u202Eexe.txt', 'Backend Engineer exe.txt'],
  ['\u202AData\u202C \u2067Engineer\u2069 \u200Fx\u200E\u061C', 'Data Engineer x'],
  ['a\u180Eb\u2061c\u2064d', 'abcd'],
])('%j → %j', (text, clean) => {
  expect(stripInvisibleCharacters(text)).toBe(clean);
});

test('visible text of every script, emoji and ordinary spaces stay as they are', () => {
  const text = 'Zürich · 東京 · מהנדס נתונים · مهندس · 🚀 Data\u00A0Engineer\n- SQL\tdbt';
  expect(stripInvisibleCharacters(text)).toBe(text);
});
