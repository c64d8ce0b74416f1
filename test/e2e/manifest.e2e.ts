import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_SCRIPT_FILE, TOGGLE_PANEL_COMMAND } from '../../src/protocol';
import { BOARD_HOST_PERMISSIONS, CONTENT_SCRIPT_MATCHES } from '../../src/sites/boards';
import { EXTENSION_DIR } from '../support/launch-chromium';

interface BuiltManifest {
  manifest_version: number;
  description: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  web_accessible_resources?: unknown;
  content_security_policy?: unknown;
  content_scripts?: { matches?: string[]; css?: string[] }[];
  icons?: Record<string, string>;
  commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>;
}

/** The built Chrome MV3 package: what a store reviewer reads first. */
describe('the built manifest and bundle', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as BuiltManifest;

  test('asks for storage and the boards, and for another page only when the user asks', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.description.length).toBeLessThanOrEqual(132);
    // activeTab + scripting: "Read this page" in the popup (README, Permissions); no install warning.
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting']);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...BOARD_HOST_PERMISSIONS].sort());
    expect(manifest.optional_permissions).toBeUndefined();
    // Styles are passed into the shadow root as a string: nothing for a page to probe.
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
  });

  test('declares the keyboard shortcut that folds the panel', () => {
    expect(manifest.commands?.[TOGGLE_PANEL_COMMAND]).toEqual({ suggested_key: { default: 'Alt+Shift+R' }, description: 'Fold or unfold the RoleLens panel' });
  });

  test('the content script runs on the boards’ job pages', () => {
    const [script, ...others] = manifest.content_scripts ?? [];
    expect(others).toEqual([]);
    expect([...(script?.matches ?? [])].sort()).toEqual([...CONTENT_SCRIPT_MATCHES].sort());
    expect(script?.css).toBeUndefined();
  });

  test('the popup injects the content script the build wrote', () => {
    expect(existsSync(join(EXTENSION_DIR, CONTENT_SCRIPT_FILE))).toBe(true);
  });

  test('has icons', () => {
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
  });

  // The content script is evaluated in every board tab: it only reads and draws. The role model,
  // the salary parser and zod live in the background, loaded once per browser (it was 268 KB,
  // 89 KB gzipped, before they moved out).
  test('the content script stays under 40 KB gzipped, with no role model and no zod in it', () => {
    const source = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'content.js'));
    expect(gzipSync(source).length).toBeLessThan(40_000);
    const text = source.toString('utf8');
    for (const inside of ['featureNames', 'jitless']) expect(text).not.toContain(inside);
  });

  test('the background holds the role model; popup and background stay within their budgets', () => {
    const background = readFileSync(join(EXTENSION_DIR, 'background.js'));
    expect(background.toString('utf8')).toContain('featureNames');
    expect(gzipSync(background).length).toBeLessThan(120_000);
  });
});
