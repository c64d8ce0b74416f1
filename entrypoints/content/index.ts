import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT_MATCHES } from '../../src/sites/boards';
import { runRoleLens } from '../../src/content/run-role-lens';

// Wiring only. Everything RoleLens does on a page starts in runRoleLens, which catches its own
// errors: the host page must never break because of us.
export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES],
  runAt: 'document_idle',
  // Styles go into our shadow root only (passed as a string), never onto the board's page, and
  // are not exposed as a web-accessible resource a page could probe.
  cssInjectionMode: 'manual',
  main(ctx) {
    runRoleLens(ctx).catch((error: unknown) => console.warn('[RoleLens] stopped:', error));
  },
});
