import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT_MATCHES } from '../../src/sites/boards';
import { startLifetime } from '../../src/content/lifetime';
import { runRoleLens } from '../../src/content/run-role-lens';

// Wiring only. Everything RoleLens does on a page starts in runRoleLens, which catches its own
// errors: the host page must never break because of us. WXT's own context is not used: a page can
// end it (src/content/lifetime.ts says how), so RoleLens keeps its own lifetime.
export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES],
  runAt: 'document_idle',
  // Styles go into our shadow roots only (passed as a string), never onto the board's page, and
  // are not exposed as a web-accessible resource a page could probe.
  cssInjectionMode: 'manual',
  // WXT's "content script started" window message: a page's message listeners would see it.
  noScriptStartedPostMessage: true,
  main() {
    const lifetime = startLifetime();
    runRoleLens(lifetime).catch((error: unknown) => console.warn('[RoleLens] stopped:', error));
  },
});
