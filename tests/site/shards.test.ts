import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/support/static-server.ts';
import { buildEnvironment } from '../support/build-site.ts';
import { PROJECT_ROOT, TEST_OUTPUT } from '../support/paths.ts';
import { builtSite } from '../support/sites.ts';
import { filesUnder } from '../../scripts/support/files.ts';

/*
 * The sample publication built in two shards, each with its own search index, then merged, set
 * against the same publication built whole (the site tests' shared build): the same files, the
 * same pages, the same links, and the same search results.
 */

const FOLDER = join(TEST_OUTPUT, 'shards');
const SHARD_FOLDERS = [join(FOLDER, 'shard-1'), join(FOLDER, 'shard-2')];
const MERGED = join(FOLDER, 'merged');
/** The same site built whole on one machine, its search index split into two bundles. */
const SPLIT = join(FOLDER, 'split');

/** Runs one of the project's scripts as an editor or a CI job would, on the pinned Node. */
function run(script: string, args: readonly string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, script), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: buildEnvironment(),
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The pages of one briefing, source or topic (not the lists, feeds and exports every shard writes). */
const ITEM_PAGE = /^(briefings|sources|topics)\/[^/]+\/index\.html$/;
/** Search bundles: one per shard when sharded, one in all when whole. */
const SEARCH_BUNDLE = /^pagefind(-\d+)?\//;
/** The one thing a sharded page says that a whole one does not: where the other shards' search bundles are. */
const MERGE_ATTRIBUTE = / data-merge-bundles="[^"]*"/g;

let whole: StaticServer | undefined;
let merged: StaticServer | undefined;
let split: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  rmSync(FOLDER, { recursive: true, force: true });
  // The folder that holds the shards does not exist yet: the build makes it, as it would on a CI runner.
  for (const [offset, folder] of SHARD_FOLDERS.entries()) {
    const built = run('scripts/build.ts', ['--shard', `${String(offset + 1)}/2`, '--outDir', folder]);
    if (built.status !== 0) throw new Error(`shard ${String(offset + 1)} failed:\n${built.output}`);
  }
  const merging = run('scripts/merge-shards.ts', ['--outDir', MERGED, ...SHARD_FOLDERS]);
  if (merging.status !== 0) throw new Error(`the merge failed:\n${merging.output}`);
  const splitting = run('scripts/build.ts', ['--search-bundles', '2', '--outDir', SPLIT]);
  if (splitting.status !== 0) throw new Error(`the build in two search bundles failed:\n${splitting.output}`);
  whole = await serveStatic(builtSite('sample'));
  merged = await serveStatic(MERGED);
  split = await serveStatic(SPLIT);
  browser = await testBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([whole?.close(), merged?.close(), split?.close()]);
});

/** Opens a page of a site in a tab of its own. */
async function open(site: StaticServer, path: string): Promise<Page> {
  const page = await (await browser!.newContext()).newPage();
  await page.goto(`${site.url}${path}`);
  return page;
}

/**
 * Every page and passage a query finds on the search page, as paths with their fragments: asked
 * of the very engine the page loaded (with the other shards' bundles merged in), not only the
 * first results it draws, since merged indexes rank alike pages in a different order.
 */
function everyResult(site: StaticServer, query: string): Promise<{ found: string[]; summary: string }> {
  // Each search is asked once per site and query, however many tests read it.
  const key = `${site.url} ${query}`;
  let asked = searches.get(key);
  if (!asked) {
    asked = searchOnce(site, query);
    searches.set(key, asked);
  }
  return asked;
}

const searches = new Map<string, Promise<{ found: string[]; summary: string }>>();

async function searchOnce(site: StaticServer, query: string): Promise<{ found: string[]; summary: string }> {
  const page = await open(site, `/search/?q=${encodeURIComponent(query)}`);
  await expect.poll(() => page.locator('pagefind-results a').count()).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  const found = await page.evaluate(async (term) => {
    interface Data {
      url: string;
      sub_results: { url: string }[];
    }
    const engine = (
      window as unknown as {
        PagefindComponents: {
          getInstanceManager(): {
            getInstance(name: string): {
              __pagefind__: { search(term: string): Promise<{ results: { data(): Promise<Data> }[] }> };
            };
          };
        };
      }
    ).PagefindComponents.getInstanceManager().getInstance('default').__pagefind__;
    const { results } = await engine.search(term);
    const data = await Promise.all(results.map((result) => result.data()));
    return data.flatMap((entry) => [entry.url, ...entry.sub_results.map((sub) => sub.url)]);
  }, query);
  const summary = (await page.locator('pagefind-summary').innerText()).trim();
  await page.context().close();
  return { found, summary };
}

/** The quick results the header's search field shows for a query, as paths with their fragments. */
async function quickResults(site: StaticServer, query: string): Promise<string[]> {
  const page = await open(site, '/');
  await page.locator('#site-search-input').fill(query);
  await expect.poll(() => page.locator('#site-search-results a').count()).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  const links = await page.$$eval('#site-search-results a', (all) =>
    all.map((link) => {
      const url = new URL((link as HTMLAnchorElement).href);
      return `${url.pathname}${url.search}${url.hash}`;
    }),
  );
  await page.context().close();
  return links;
}

describe('a site built in two shards and merged', () => {
  it('gives every briefing, source and topic page to exactly one shard, and each shard a share', () => {
    const [first, second] = SHARD_FOLDERS.map((folder) => filesUnder(folder).filter((file) => ITEM_PAGE.test(file)));
    expect(first!.length).toBeGreaterThan(0);
    expect(second!.length).toBeGreaterThan(0);
    expect(first!.filter((file) => second!.includes(file))).toEqual([]);
    expect([...first!, ...second!].sort()).toEqual(
      filesUnder(builtSite('sample')).filter((file) => ITEM_PAGE.test(file)),
    );
    // Each shard indexes its own pages, into a bundle of its own.
    expect(filesUnder(SHARD_FOLDERS[0]!)).toContain('pagefind/pagefind-entry.json');
    expect(filesUnder(SHARD_FOLDERS[1]!)).toContain('pagefind-2/pagefind-entry.json');
  });

  it('has the same files as the site built whole, and the same pages and links, byte for byte', () => {
    const files = filesUnder(MERGED).filter((file) => !SEARCH_BUNDLE.test(file));
    expect(files).toEqual(filesUnder(builtSite('sample')).filter((file) => !SEARCH_BUNDLE.test(file)));
    const differing = files.filter((file) => {
      const [one, other] = [MERGED, builtSite('sample')].map((site) => readFileSync(join(site, file)));
      if (!file.endsWith('.html')) return !one!.equals(other!);
      return one!.toString('utf8').replace(MERGE_ATTRIBUTE, '') !== other!.toString('utf8');
    });
    expect(differing).toEqual([]);
    expect(readFileSync(join(MERGED, 'index.html'), 'utf8')).toContain('data-merge-bundles="/pagefind-2/"');
  });

  it.each(['lazarus', 'bangladesh', 'denies'])(
    'finds on the search page every page and passage the whole site finds for "%s"',
    async (query) => {
      const [fromWhole, fromMerged] = await Promise.all([everyResult(whole!, query), everyResult(merged!, query)]);
      expect(fromMerged.found.length).toBeGreaterThan(0);
      expect(new Set(fromMerged.found)).toEqual(new Set(fromWhole.found));
      expect(fromMerged.summary).toBe(fromWhole.summary);
    },
  );

  it.each(['exchange'])('shows in the header field quick results the whole site finds for "%s"', async (query) => {
    const [quick, { found }] = await Promise.all([quickResults(merged!, query), everyResult(whole!, query)]);
    expect(quick.length).toBeGreaterThan(0);
    // Every quick result but the last line, which offers all results on the search page.
    for (const link of quick.filter((path) => !path.startsWith('/search/'))) expect(found).toContain(link);
  });

  it('finds pages of both shards in one search', async () => {
    const inShard = (folder: string, url: string) =>
      filesUnder(folder).includes(`${new URL(url, 'http://site.invalid').pathname.slice(1)}index.html`);
    const { found } = await everyResult(merged!, 'lazarus');
    for (const folder of SHARD_FOLDERS)
      expect(
        found.some((url) => inShard(folder, url)),
        folder,
      ).toBe(true);
  });
});

describe('a site built whole with its search index in two bundles', () => {
  /** How many pages a search bundle indexed, from the entry file Pagefind writes. */
  const pagesIn = (site: string, bundle: string): number =>
    Object.values(
      (
        JSON.parse(readFileSync(join(site, bundle, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        }
      ).languages,
    ).reduce((sum, language) => sum + language.page_count, 0);

  it('is, outside the search bundles, the two shards merged, byte for byte', () => {
    const files = filesUnder(SPLIT).filter((file) => !SEARCH_BUNDLE.test(file));
    expect(files).toEqual(filesUnder(MERGED).filter((file) => !SEARCH_BUNDLE.test(file)));
    const differing = files.filter((file) => !readFileSync(join(SPLIT, file)).equals(readFileSync(join(MERGED, file))));
    expect(differing).toEqual([]);
    expect(readFileSync(join(SPLIT, 'index.html'), 'utf8')).toContain('data-merge-bundles="/pagefind-2/"');
  });

  it('indexes each page in one bundle, the one its shard would have', () => {
    for (const bundle of ['pagefind', 'pagefind-2']) {
      expect(pagesIn(SPLIT, bundle)).toBeGreaterThan(0);
      expect(pagesIn(SPLIT, bundle)).toBe(pagesIn(MERGED, bundle));
    }
    expect(pagesIn(SPLIT, 'pagefind') + pagesIn(SPLIT, 'pagefind-2')).toBe(pagesIn(builtSite('sample'), 'pagefind'));
  });

  it.each(['lazarus', 'denies'])(
    'finds on the search page every page and passage the whole site finds for "%s"',
    async (query) => {
      const [fromWhole, fromSplit] = await Promise.all([everyResult(whole!, query), everyResult(split!, query)]);
      expect(fromSplit.found.length).toBeGreaterThan(0);
      expect(new Set(fromSplit.found)).toEqual(new Set(fromWhole.found));
      expect(fromSplit.summary).toBe(fromWhole.summary);
    },
  );

  it('refuses a number of bundles it cannot make, and bundles chosen for a shard', () => {
    const zero = run('scripts/build.ts', ['--search-bundles', '0', '--outDir', join(FOLDER, 'never')]);
    expect(zero.status).toBe(2);
    expect(zero.output).toContain(
      '--search-bundles "0" is not a number of bundles; expected a whole number from 1 to 1000',
    );
    const both = run('scripts/build.ts', [
      '--search-bundles',
      '2',
      '--shard',
      '1/2',
      '--outDir',
      join(FOLDER, 'never'),
    ]);
    expect(both.status).toBe(2);
    expect(both.output).toContain('--search-bundles cannot be combined with --shard');
    expect(() => readdirSync(join(FOLDER, 'never'))).toThrow();
  });
});

describe('the merge', () => {
  it('refuses a missing shard and leaves the previous output as it was', () => {
    const target = join(FOLDER, 'refused');
    cpSync(MERGED, target, { recursive: true });
    const result = run('scripts/merge-shards.ts', ['--outDir', target, SHARD_FOLDERS[0]!]);
    expect(result.status).toBe(1);
    expect(result.output).toContain('shard 2 of 2 is missing; build it with npm run build -- --shard 2/2');
    expect(filesUnder(target)).toEqual(filesUnder(MERGED));
  });

  it('refuses shards that disagree on a page they both write, naming the page', () => {
    const tampered = join(FOLDER, 'shard-2-other-commit');
    cpSync(SHARD_FOLDERS[1]!, tampered, { recursive: true });
    const page = join(tampered, 'sources/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<p>built from another commit</p></main>'));
    const result = run('scripts/merge-shards.ts', ['--outDir', join(FOLDER, 'never'), SHARD_FOLDERS[0]!, tampered]);
    expect(result.status).toBe(1);
    expect(result.output).toContain('sources/index.html differs between shard 1 and shard 2');
    expect(() => readdirSync(join(FOLDER, 'never'))).toThrow();
  });

  it('refuses a folder that is not a shard', () => {
    const result = run('scripts/merge-shards.ts', [
      '--outDir',
      join(FOLDER, 'never'),
      builtSite('sample'),
      SHARD_FOLDERS[1]!,
    ]);
    expect(result.status).toBe(1);
    expect(result.output).toContain("is not a shard's output (it has no .corroborate-shard.json)");
  });
});

describe('a sharded build', () => {
  it('refuses a shard it cannot make, --shard 3/2, before building anything', () => {
    const result = run('scripts/build.ts', ['--shard', '3/2', '--outDir', join(FOLDER, 'never')]);
    expect(result.status).toBe(2);
    expect(result.output).toContain('--shard "3/2" is not a shard; expected K/N with 1 ≤ K ≤ N');
    expect(() => readdirSync(join(FOLDER, 'never'))).toThrow();
  });
});
