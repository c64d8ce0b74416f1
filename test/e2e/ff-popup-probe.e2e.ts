import { afterAll, beforeAll, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { launchFirefoxWithExtension, type ExtensionFirefox } from '../support/launch-firefox';

let server: FixtureServer;
let firefox: ExtensionFirefox;
beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefoxWithExtension({ hosts: server.hosts });
}, 60_000);
afterAll(async () => { await firefox?.close(); await server?.close(); });

test('probe', async () => {
  let r: unknown;
  try {
    const tab = await firefox.open('moz-extension://11111111-2222-4333-8444-555555555555/popup.html');
    await new Promise((res) => setTimeout(res, 2000));
    r = await tab.evaluate(`({ h1: document.querySelector('h1')?.textContent, href: location.href, body: document.body.innerText.slice(0, 300) })`);
  } catch (e) { r = String(e); }
  console.log(JSON.stringify(r));
  expect(r).toBeTruthy();
}, 60_000);
