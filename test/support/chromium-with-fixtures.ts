import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launchChromiumWithExtension, type ExtensionBrowser } from './launch-chromium';

export interface ChromiumWithFixtures {
  /** The saved pages, served under their boards' real hostnames. */
  readonly server: FixtureServer;
  /** Debian's Chromium with the built extension, resolving those hostnames to the server. */
  readonly browser: ExtensionBrowser;
  /** The extension's popup page, opened in a tab of its own. */
  readonly popupUrl: string;
}

function started<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('chromiumWithFixtures: read its fields inside a test or hook, after beforeAll');
  return value;
}

/**
 * For the describe block it is called in: the fixture server and the built extension in Chromium,
 * started before its tests and closed after them. Read the fields inside tests and hooks (they are
 * set once the block's `beforeAll` has run).
 */
export function chromiumWithFixtures(): ChromiumWithFixtures {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchChromiumWithExtension({ hostResolverRules: server.hostResolverRules });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    get popupUrl() {
      return `chrome-extension://${started(browser).extensionId}/popup.html`;
    },
  };
}
