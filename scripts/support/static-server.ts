import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** A static file server on loopback, like the static hosts the site is deployed to. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `directory` at `basePath` (default `/`), as a host serves a site published under a
 * sub-path: anything outside the base path is not found.
 */
export async function serveStatic(
  directory: string,
  headers: Record<string, string> = {},
  basePath = '/',
): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const pathname = requested.startsWith(basePath) ? `/${requested.slice(basePath.length)}` : '/\0outside-base';
      let path = normalize(join(directory, pathname));
      if (!path.startsWith(normalize(directory))) {
        response.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
        await stat(path);
        response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
        createReadStream(path).pipe(response);
      } catch {
        response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...headers });
        createReadStream(join(directory, '404.html'))
          .on('error', () => response.end('Not found'))
          .pipe(response);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
