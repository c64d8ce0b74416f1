import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';
import { TOGGLE_PANEL_COMMAND } from './src/protocol';
import { BOARD_HOST_PERMISSIONS } from './src/sites/boards';

/**
 * webextension-polyfill ships as a UMD (CommonJS) file only. Imported from ESM, the bundler wraps it
 * in `__toESM`, which copies every own property of what it exports: in a browser with a native
 * `browser` (Chrome 15x, Firefox) that is the browser's own API object, and listing its properties
 * makes the browser build every API namespace, ~2 ms in each board tab at load (docs/performance.md).
 * Given a `module` to fill and an ESM default export, the UMD takes its CommonJS branch as before
 * and the bundler imports it as a plain ES module: same code, no copy.
 */
function polyfillAsEsm(): PluginOption {
  return {
    name: 'rolelens:webextension-polyfill-as-esm',
    transform(code, id) {
      if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/.test(id.split('?')[0] ?? '')) return null;
      return { code: `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`, map: null };
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // srcDir stays '.' so that entrypoints/, src/, public/ and assets/ sit at the top level (STYLE.md).
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: every file can be read on its own.
  imports: false,
  vite: () => ({ plugins: [preact(), polyfillAsEsm()] }),
  // The sources zip that addons.mozilla.org asks for (`npm run zip:firefox`): what builds the
  // extension and the README that says how, nothing else. Everything is excluded but these (a `!`
  // pattern wins, picomatchMultiple in WXT's zip.ts): no saved third-party pages, screenshots,
  // corpus, tools or tests. test/e2e/firefox-sources-zip.e2e.ts checks the zip and builds from it.
  zip: {
    excludeSources: [
      '**',
      '!package.json',
      '!package-lock.json',
      '!tsconfig.json',
      '!wxt.config.ts',
      '!README.md',
      '!{entrypoints,src,public,assets}/**/!(*.test.*)',
    ],
  },
  manifest: ({ browser }) => ({
    name: 'RoleLens',
    // Chrome Web Store limit: 132 characters (asserted in test/e2e/manifest.e2e.ts).
    description:
      'Labels job postings as data engineering, backend or hybrid, with the phrases that decided it, comp band and prep. Runs locally.',
    // activeTab + scripting: read a page off the boards (a company's careers site) when the user asks in the popup (README).
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: [...BOARD_HOST_PERMISSIONS],
    action: { default_title: 'RoleLens' },
    // The panel's fold, from the keyboard (the popup names the keys and where to change them).
    commands: {
      [TOGGLE_PANEL_COMMAND]: { suggested_key: { default: 'Alt+Shift+R' }, description: 'Fold or unfold the RoleLens panel' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // RoleLens collects nothing: Firefox's data-collection declaration says so.
        gecko: { id: 'rolelens@rolelens.dev', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
