/**
 * `npm run bench:search`: what a reader's first search costs. Serves a built site, opens its
 * search page in Chromium, runs one query and prints every request with its size, raw and
 * gzip-compressed (as a static host would send it).
 *
 *   npm run bench:search -- [--dist dist] [--query lazarus]
 */
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, query: { type: 'string', default: 'lazarus' } },
});

const server = await serveStatic(resolve(values.dist));
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const responses: { url: string; phase: string; raw: number; gzip: number }[] = [];
  let phase = 'page load';
  page.on('response', (response) => {
    void response
      .body()
      .then((body) => {
        responses.push({
          url: response.url().replace(server.url, ''),
          phase,
          raw: body.length,
          gzip: gzipSync(body).length,
        });
      })
      .catch(() => undefined);
  });
  await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
  phase = 'first query';
  await page.locator('pagefind-input input').fill(values.query);
  await page.locator('pagefind-results a').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');

  const rows = responses.sort((a, b) => a.phase.localeCompare(b.phase) || b.gzip - a.gzip);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(8);
  console.log(`Search cost on ${values.dist} for "${values.query}"\n`);
  console.log(`${'phase'.padEnd(12)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}  request`);
  for (const row of rows) console.log(`${row.phase.padEnd(12)} ${kb(row.raw)} ${kb(row.gzip)}  ${row.url}`);
  for (const name of ['page load', 'first query']) {
    const of = rows.filter((row) => row.phase === name);
    const total = (key: 'raw' | 'gzip') => of.reduce((sum, row) => sum + row[key], 0);
    console.log(
      `\n${name}: ${of.length} requests, ${kb(total('raw')).trim()} KB raw, ${kb(total('gzip')).trim()} KB gzip`,
    );
  }
  const all = rows.reduce((sum, row) => sum + row.gzip, 0);
  console.log(`search page + first query: ${rows.length} requests, ${kb(all).trim()} KB gzip`);
} finally {
  await browser.close();
  await server.close();
}
