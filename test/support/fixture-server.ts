import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FIXTURE_PAGES, fixturePath, type FixturePage } from './fixture-pages';

export interface FixtureServer {
  port: number;
  /** Chromium flag value that sends every board hostname to this server. */
  hostResolverRules: string;
  /** The http:// URL under the board's real hostname where a saved page is served. */
  urlOf(page: FixturePage): string;
  close(): Promise<void>;
}

/**
 * Serves the saved pages under their boards' real hostnames and paths: Chromium resolves those
 * hostnames to us (`--host-resolver-rules`), so the extension's real manifest matches apply.
 * Plain http, since only the hostname matters to the match patterns (`*://`).
 * Anything else answers 404 with an empty body: pages load no subresources from the network.
 */
export async function startFixtureServer(pages: readonly FixturePage[] = FIXTURE_PAGES): Promise<FixtureServer> {
  const routes = new Map<string, FixturePage>();
  for (const page of pages) {
    for (const href of [page.url, ...(page.aliases ?? [])]) {
      const url = new URL(href);
      routes.set(routeKey(url.host, url.pathname), page);
    }
  }
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    const page = routes.get(routeKey(url.hostname, url.pathname));
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end();
      return;
    }
    const type = page.contentType === 'application/xhtml+xml' ? 'application/xhtml+xml' : 'text/html';
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
    response.end(readFileSync(fixturePath(page)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const hosts = [...new Set(pages.flatMap((page) => [page.url, ...(page.aliases ?? [])]).map((href) => new URL(href).hostname))];
  return {
    port,
    hostResolverRules: [...hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'EXCLUDE localhost'].join(', '),
    urlOf: (page) => {
      const url = new URL(page.url);
      url.protocol = 'http:';
      return url.href;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function routeKey(host: string, pathname: string): string {
  return `${host.toLowerCase()}${pathname.replace(/\/+$/, '')}`;
}
