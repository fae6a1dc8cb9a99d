/**
 * `npm run bench:size -- --n 1000 [--seed 1] [--query sanctions]`: what the built corpus weighs for
 * readers. Every briefing page's HTML with the CSS and JavaScript it loads, compressed with gzip
 * and brotli (node:zlib defaults); where the median page's bytes go (`page-parts.ts`); whether a
 * page reads in full with JavaScript off; what a first search costs; and the size of the search
 * index. Reads the last `npm run bench` build (or `--dist`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { corpusDir } from './paths.ts';
import { formatParts, weighParts, type PageParts } from './page-parts.ts';
import { formatSearchCost, measureSearchCost, type SearchCost } from './search-cost.ts';

export interface Compressed {
  raw: number;
  gzip: number;
  /** Measured on a sample of pages only (see `BROTLI_SAMPLE`); NaN for the others. */
  brotli: number;
}

export interface Spread {
  median: number;
  max: number;
}

export interface PageWeight {
  pages: number;
  /** Pages whose brotli size was measured: quality 11 costs a quarter of a second a page. */
  brotliSample: number;
  html: Record<keyof Compressed, Spread>;
  css: Record<keyof Compressed, Spread>;
  js: Record<keyof Compressed, Spread>;
  /** HTML and CSS together, per page: the budget's measure. */
  htmlAndCss: Record<keyof Compressed, Spread>;
  /** The heaviest page by compressed HTML and CSS. */
  heaviest: string;
  /** The page of median raw HTML, as a path of the site, and where its bytes go. */
  median: { page: string; parts: PageParts };
}

export interface SizeReport {
  weight: PageWeight;
  /** Pages checked in Chromium with JavaScript off, and those that did not read in full. */
  withoutJavaScript: { checked: string[]; failures: string[] };
  search: SearchCost;
  /** The same query typed in the header field of a briefing page: quick results, no filters. */
  quickSearch?: SearchCost;
  index: { files: number; bytes: number; byFolder: Record<string, { files: number; bytes: number }> };
  outputBytes: number;
}

/** Pages compressed with brotli: evenly spaced through the site, and the heaviest by gzip. */
const BROTLI_SAMPLE = 60;

const cache = new Map<string, Compressed>();

/** gzip at its default level (6), as servers compress on the fly; brotli at its default quality (11), as hosts precompress. */
function compressed(path: string, brotli: boolean): Compressed {
  const key = `${path}:${brotli}`;
  let sizes = cache.get(key);
  if (!sizes) {
    const bytes = readFileSync(path);
    sizes = {
      raw: bytes.length,
      gzip: gzipSync(bytes).length,
      brotli: brotli ? brotliCompressSync(bytes).length : NaN,
    };
    cache.set(key, sizes);
  }
  return sizes;
}

function add(a: Compressed, b: Compressed): Compressed {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

const NONE: Compressed = { raw: 0, gzip: 0, brotli: 0 };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function spread(rows: readonly Compressed[]): Record<keyof Compressed, Spread> {
  const of = (key: keyof Compressed): Spread => {
    const values = rows.map((row) => row[key]).filter((value) => !Number.isNaN(value));
    return { median: median(values), max: Math.max(...values) };
  };
  return { raw: of('raw'), gzip: of('gzip'), brotli: of('brotli') };
}

/** Files in a folder and below, with their sizes. */
function walk(folder: string): { path: string; bytes: number }[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, bytes: statSync(path).size };
    });
}

export function folderBytes(folder: string): number {
  return walk(folder).reduce((sum, file) => sum + file.bytes, 0);
}

/** A module script and everything it imports statically, as files of the site. */
function scriptClosure(dist: string, href: string, seen: Set<string>): void {
  const path = join(dist, href);
  if (seen.has(path) || !existsSync(path)) return;
  seen.add(path);
  const source = readFileSync(path, 'utf8');
  for (const [, spec] of source.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)) {
    const target = spec!.startsWith('/') ? spec! : join(dirname(href), spec!);
    scriptClosure(dist, target, seen);
  }
}

/** HTML, stylesheets and scripts (with their static imports) that each briefing page loads. */
export function measurePageWeight(dist: string): PageWeight {
  const folder = join(dist, 'briefings');
  const pages = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.html')))
    .map((entry) => join(folder, entry.name, 'index.html'));
  const files = (html: string): { css: string[]; js: string[] } => {
    const attribute = (tag: string, name: string): string | undefined =>
      new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];
    const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
      .map(([tag]) => attribute(tag, 'href'))
      .filter((href): href is string => href?.startsWith('/') === true)
      .map((href) => join(dist, href));
    const scripts = new Set<string>();
    for (const [tag] of html.matchAll(/<script\b[^>]*\bsrc="[^"]+"[^>]*>|<link\b[^>]*\brel="modulepreload"[^>]*>/g)) {
      const href = attribute(tag, 'src') ?? attribute(tag, 'href');
      if (href?.startsWith('/')) scriptClosure(dist, href, scripts);
    }
    return { css, js: [...scripts] };
  };
  const measurePage = (page: string, brotli: boolean) => {
    const loaded = files(readFileSync(page, 'utf8'));
    const html = compressed(page, brotli);
    const css = loaded.css.map((path) => compressed(path, brotli)).reduce(add, NONE);
    const js = loaded.js.map((path) => compressed(path, brotli)).reduce(add, NONE);
    return { page, html, css, js, htmlAndCss: add(html, css) };
  };
  const step = Math.max(1, Math.floor(pages.length / BROTLI_SAMPLE));
  let rows = pages.map((page, index) => measurePage(page, index % step === 0));
  const heaviest = rows.reduce((a, b) => (b.htmlAndCss.gzip > a.htmlAndCss.gzip ? b : a));
  rows = rows.map((row) => (row === heaviest ? measurePage(row.page, true) : row));
  const byRaw = [...rows].sort((a, b) => a.html.raw - b.html.raw);
  const middle = byRaw[byRaw.length >> 1]!.page;
  return {
    pages: rows.length,
    brotliSample: rows.filter((row) => !Number.isNaN(row.html.brotli)).length,
    html: spread(rows.map((row) => row.html)),
    css: spread(rows.map((row) => row.css)),
    js: spread(rows.map((row) => row.js)),
    htmlAndCss: spread(rows.map((row) => row.htmlAndCss)),
    heaviest: `/${relative(dist, dirname(heaviest.page))}/`,
    median: { page: `/${relative(dist, dirname(middle))}/`, parts: weighParts(readFileSync(middle, 'utf8')) },
  };
}

/**
 * Opens briefing pages with JavaScript off in a narrow window and checks a reader gets everything:
 * each claim in the text, its sources (the disclosure opens), its ledger row, and every note.
 */
export async function checkReadableWithoutJavaScript(dist: string, paths: readonly string[]): Promise<string[]> {
  const server = await serveStatic(resolve(dist));
  const browser = await launchBrowser();
  const failures: string[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      const problems = await page.evaluate(() => {
        const visible = (element: Element | null): boolean =>
          element instanceof HTMLElement && element.getClientRects().length > 0;
        const found: string[] = [];
        for (const claim of document.querySelectorAll('[data-claim]')) {
          const id = claim.getAttribute('data-claim') ?? '';
          if (!visible(claim)) found.push(`claim ${id} is hidden`);
          const sources = document.querySelector(`[data-sources-for="${id}"]`);
          if (!(sources instanceof HTMLDetailsElement) || !visible(sources.querySelector('summary'))) {
            found.push(`claim ${id} has no visible disclosure of its sources`);
          } else {
            sources.open = true;
            if (![...sources.querySelectorAll('.card')].every(visible)) found.push(`claim ${id}: a card stays hidden`);
          }
          if (!visible(document.getElementById(`ledger-${id}`))) found.push(`claim ${id} has no visible ledger row`);
        }
        const notes = [...document.querySelectorAll('#notes li[id^="note-"]')];
        if (notes.length === 0 || !notes.every(visible)) found.push('the notes are missing or hidden');
        return found;
      });
      failures.push(...problems.map((problem) => `${path}: ${problem}`));
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return failures;
}

export function measureIndex(dist: string): SizeReport['index'] {
  const folder = join(dist, 'pagefind');
  const byFolder: SizeReport['index']['byFolder'] = {};
  for (const file of walk(folder)) {
    const part = relative(folder, file.path).includes('/') ? relative(folder, file.path).split('/')[0]! : '(top level)';
    const entry = (byFolder[part] ??= { files: 0, bytes: 0 });
    entry.files += 1;
    entry.bytes += file.bytes;
  }
  const all = Object.values(byFolder);
  return {
    files: all.reduce((sum, entry) => sum + entry.files, 0),
    bytes: all.reduce((sum, entry) => sum + entry.bytes, 0),
    byFolder,
  };
}

export async function measureSizes(dist: string, query: string): Promise<SizeReport> {
  const weight = measurePageWeight(dist);
  const pages = readdirSync(join(dist, 'briefings'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  // The heaviest page and a spread of others: the first, the middle and the last in name order.
  const sample = [
    weight.heaviest,
    ...[0, pages.length >> 1, pages.length - 1].map((index) => `/briefings/${pages[index]!.name}/`),
  ];
  const checked = [...new Set(sample)];
  const failures = await checkReadableWithoutJavaScript(dist, checked);
  return {
    weight,
    withoutJavaScript: { checked, failures },
    search: await measureSearchCost(dist, query, 'search page'),
    quickSearch: await measureSearchCost(dist, query, 'header'),
    index: measureIndex(dist),
    outputBytes: folderBytes(dist),
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function formatSizes(report: SizeReport): string {
  const { weight } = report;
  const row = (name: string, of: Record<keyof Compressed, Spread>): string =>
    `| ${name} | ${kb(of.raw.median)} / ${kb(of.raw.max)} | ${kb(of.gzip.median)} / ${kb(of.gzip.max)} | ${kb(of.brotli.median)} / ${kb(of.brotli.max)} |`;
  const folders = Object.entries(report.index.byFolder)
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([name, entry]) => `${name} ${entry.files} files ${kb(entry.bytes)}`)
    .join(', ');
  return [
    `Briefing pages: ${weight.pages}; median / max per page (heaviest: ${weight.heaviest}); brotli on ${weight.brotliSample} of them`,
    '',
    '| per briefing page | raw | gzip | brotli |',
    '| --- | ---: | ---: | ---: |',
    row('HTML', weight.html),
    row('CSS', weight.css),
    row('HTML + CSS', weight.htmlAndCss),
    row('JavaScript (loaded, not needed)', weight.js),
    '',
    formatParts(weight.median.page, weight.median.parts),
    '',
    `Read with JavaScript off (${report.withoutJavaScript.checked.join(', ')}): ${
      report.withoutJavaScript.failures.length === 0 ? 'complete' : report.withoutJavaScript.failures.join('; ')
    }`,
    '',
    formatSearchCost(report.search),
    '',
    ...(report.quickSearch ? [formatSearchCost(report.quickSearch), ''] : []),
    `Search index: ${report.index.files} files, ${kb(report.index.bytes)} (${folders})`,
    `Output folder: ${(report.outputBytes / 1e6).toFixed(1)} MB`,
  ].join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      dist: { type: 'string' },
      query: { type: 'string', default: 'sanctions' },
    },
  });
  const dist = values.dist ?? join(corpusDir(Number(values.n), Number(values.seed)), 'dist');
  if (!existsSync(join(dist, 'briefings'))) {
    process.stderr.write(`${dist} holds no built briefings; run npm run bench first, or name a build with --dist\n`);
    process.exitCode = 2;
  } else {
    process.stdout.write(`${formatSizes(await measureSizes(dist, values.query))}\n`);
  }
}
