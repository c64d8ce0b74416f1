import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FIXTURE_PAGES, fixturePath, type FixturePage } from './fixture-pages';

export interface FixtureServer {
  port: number;
  /** Every hostname it answers for (Firefox resolves these to this machine). */
  hosts: readonly string[];
  /** Chromium flag value that sends every board hostname to this server. */
  hostResolverRules: string;
  /** The URL under the board's real hostname where a saved page is served. */
  urlOf(page: FixturePage): string;
  close(): Promise<void>;
}

/**
 * Serves the saved pages under their boards' real hostnames and paths: Chromium resolves those
 * hostnames to us (`--host-resolver-rules`), so the extension's real manifest matches apply.
 * https, because some boards are on Chromium's HSTS preload list (jobs.ashbyhq.com): the test
 * Chromium accepts our self-signed certificate (tls/README.md). Anything else answers a small 404
 * page: the saved pages load no subresources from the network. `headers` go on every saved page
 * (a board's Content-Security-Policy, say).
 */
export async function startFixtureServer(
  pages: readonly FixturePage[] = FIXTURE_PAGES,
  options: { headers?: Readonly<Record<string, string>> } = {},
): Promise<FixtureServer> {
  const routes = new Map<string, FixturePage>();
  for (const page of pages) {
    for (const href of [servedUrl(page), ...(page.aliases ?? [])]) {
      const url = new URL(href);
      const key = routeKey(url.host, url.pathname, url.search);
      // Two pages at one address: one of them would silently never be served.
      const taken = routes.get(key);
      if (taken) throw new Error(`${page.file} and ${taken.file} are both served at ${href}: give one a servedAt URL`);
      routes.set(key, page);
    }
  }
  const tls = join(import.meta.dirname, 'tls');
  const certificate = { key: readFileSync(join(tls, 'key.pem')), cert: readFileSync(join(tls, 'cert.pem')) };
  const server: Server = createServer(certificate, (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'localhost'}`);
    const page = routes.get(routeKey(url.hostname, url.pathname, url.search));
    if (!page) {
      // A page of the board that is not a saved job page (LinkedIn's feed, say).
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>Not a saved page</title><main><h1>Feed</h1><p>Nothing saved here.</p></main>');
      return;
    }
    const type = page.contentType === 'application/xhtml+xml' ? 'application/xhtml+xml' : 'text/html';
    response.writeHead(200, { ...options.headers, 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
    response.end(readFileSync(fixturePath(page)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const hosts = [...new Set(pages.flatMap((page) => [servedUrl(page), ...(page.aliases ?? [])]).map((href) => new URL(href).hostname))];
  return {
    port,
    hosts,
    // Every other host (the saved pages' CDNs, trackers) fails at once instead of waiting on a
    // network the machine does not have: the pages load as they would with those blocked.
    hostResolverRules: [...hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'EXCLUDE localhost', 'MAP * ~NOTFOUND'].join(', '),
    urlOf: servedUrl,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function servedUrl(page: FixturePage): string {
  return page.servedAt ?? page.url;
}

function routeKey(host: string, pathname: string, search: string): string {
  return `${host.toLowerCase()}${pathname.replace(/\/+$/, '')}${search}`;
}
