/**
 * `npm run bench:search`: what a reader's first search costs. Serves a built site, opens its search
 * page in Chromium, runs one query and counts every request with its size, raw and compressed (gzip
 * and brotli, as a static host would send them).
 *
 *   npm run bench:search -- [--dist dist] [--query lazarus]
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

export interface Transfer {
  url: string;
  phase: 'page load' | 'first query';
  raw: number;
  gzip: number;
  brotli: number;
}

export interface Totals {
  requests: number;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface SearchCost {
  query: string;
  surface: SearchSurface;
  /** Results found for the query, as the search page says. */
  results: number;
  transfers: Transfer[];
  pageLoad: Totals;
  firstQuery: Totals;
  /** Everything Pagefind fetched, at page load and for the query: what searching costs beyond the page. */
  search: Totals;
}

export function totals(transfers: readonly Transfer[]): Totals {
  return transfers.reduce(
    (sum, row) => ({
      requests: sum.requests + 1,
      raw: sum.raw + row.raw,
      gzip: sum.gzip + row.gzip,
      brotli: sum.brotli + row.brotli,
    }),
    { requests: 0, raw: 0, gzip: 0, brotli: 0 },
  );
}

/**
 * A logging front for the static server: every request that reaches the network is seen here,
 * those of Pagefind's search worker included, which the browser's tooling does not always report.
 */
async function loggingProxy(
  target: string,
  log: (path: string) => void,
): Promise<{ url: string; close(): Promise<void> }> {
  const proxy = createServer((request, response) => {
    log(request.url ?? '/');
    const upstream = httpRequest(
      `${target}${request.url ?? '/'}`,
      { method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    request.pipe(upstream);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        proxy.close(() => {
          done();
        });
      }),
  };
}

/**
 * Where a reader searches from: the search page with Pagefind's Component UI and its filters, or
 * the quick results of the search field in every page's header (pagefind.js alone, five results).
 */
export type SearchSurface = 'search page' | 'header';

/**
 * Loads a page of the site in `dist` (`/search/`, or the first briefing for the header field),
 * searches for `query` and records every request that reached the server. Sizes are those of the
 * files served, compressed here as a host would.
 */
export async function measureSearchCost(
  dist: string,
  query: string,
  surface: SearchSurface = 'search page',
): Promise<SearchCost> {
  const server = await serveStatic(resolve(dist));
  const requested: { path: string; phase: Transfer['phase'] }[] = [];
  let phase: Transfer['phase'] = 'page load';
  const proxy = await loggingProxy(server.url, (path) => requested.push({ path, phase }));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let summary: string;
    if (surface === 'search page') {
      await page.goto(`${proxy.url}/search/`, { waitUntil: 'networkidle' });
      phase = 'first query';
      await page.locator('pagefind-input input').fill(query);
      const counted = page.locator('pagefind-summary', { hasText: /\d result/ });
      await counted.waitFor({ timeout: 60_000 });
      await page.locator('pagefind-results a').first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      summary = await counted.innerText();
    } else {
      const briefing = readdirSync(join(dist, 'briefings'), { withFileTypes: true }).find((entry) =>
        entry.isDirectory(),
      );
      await page.goto(`${proxy.url}/briefings/${briefing?.name ?? ''}/`, { waitUntil: 'networkidle' });
      phase = 'first query';
      await page.locator('#site-search-input').fill(query);
      const status = page.locator('#site-search-status', { hasText: /\d quick result/ });
      await status.waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      summary = await status.innerText();
    }

    const transfers: Transfer[] = [];
    for (const { path, phase: at } of requested) {
      const body = Buffer.from(await (await fetch(`${server.url}${path}`)).arrayBuffer());
      transfers.push({
        url: path,
        phase: at,
        raw: body.length,
        gzip: gzipSync(body).length,
        brotli: brotliCompressSync(body).length,
      });
    }
    transfers.sort((a, b) => a.phase.localeCompare(b.phase) || b.gzip - a.gzip);
    return {
      query,
      surface,
      results: Number(/([\d,]+)\s+(?:quick )?result/.exec(summary)?.[1]?.replaceAll(',', '') ?? 0),
      transfers,
      pageLoad: totals(transfers.filter((row) => row.phase === 'page load')),
      firstQuery: totals(transfers.filter((row) => row.phase === 'first query')),
      search: totals(transfers.filter((row) => row.url.startsWith('/pagefind/'))),
    };
  } finally {
    await browser.close();
    await proxy.close();
    await server.close();
  }
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

export function formatSearchCost(cost: SearchCost): string {
  const line = (name: string, sum: Totals): string =>
    `${name}: ${sum.requests} requests, ${kb(sum.raw)} KB raw, ${kb(sum.gzip)} KB gzip, ${kb(sum.brotli)} KB brotli`;
  return [
    `Search cost for "${cost.query}" from the ${cost.surface} (${cost.results} results)`,
    '',
    `${'phase'.padEnd(12)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}  request`,
    ...cost.transfers.map(
      (row) =>
        `${row.phase.padEnd(12)} ${kb(row.raw).padStart(8)} ${kb(row.gzip).padStart(8)} ${kb(row.brotli).padStart(8)}  ${row.url}`,
    ),
    '',
    line('page load', cost.pageLoad),
    line('first query', cost.firstQuery),
    line('Pagefind, load and first query', cost.search),
  ].join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'dist' }, query: { type: 'string', default: 'lazarus' } },
  });
  for (const surface of ['header', 'search page'] as const)
    process.stdout.write(`${formatSearchCost(await measureSearchCost(values.dist, values.query, surface))}\n\n`);
}
