import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { TOGGLE_PANEL_COMMAND } from './src/protocol';
import { BOARD_HOST_PERMISSIONS } from './src/sites/boards';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // srcDir stays '.' so that entrypoints/, src/, public/ and assets/ sit at the top level (STYLE.md).
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: every file can be read on its own.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
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
