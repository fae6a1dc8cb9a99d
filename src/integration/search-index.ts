import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import * as pagefind from 'pagefind';
import { searchBundle, shardOf, type Shard } from '../lib/shard.ts';
import type { SearchBundleReuse } from './search-bundle-reuse.ts';

/** The pages Pagefind reads: only briefing and source pages carry searchable content. */
const SEARCHABLE = { briefings: 'briefing', sources: 'source' } as const;

/**
 * Indexes `pages` of the built site (paths relative to `outDir`, as `bundlePages` lists them) with
 * Pagefind's Node API into `bundle`. Only elements inside `data-pagefind-body` (briefings and
 * source pages) are indexed, so navigation and page chrome never are; drafts have no page to
 * index. Any indexing error fails the build.
 */
async function writeSearchIndex(
  outDir: string,
  bundle: string,
  pages: readonly string[],
): Promise<{ pageCount: number }> {
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`search index could not be created: ${createErrors.join('; ')}`);
  try {
    let pageCount = 0;
    for (const glob of pageGlobs(pages)) {
      const added = await index.addDirectory({ path: outDir, glob });
      if (added.errors.length) throw new Error(`search indexing failed: ${added.errors.join('; ')}`);
      pageCount += added.page_count;
    }
    if (pageCount === 0) throw new Error('search indexing found no page marked data-pagefind-body');
    const written = await index.writeFiles({ outputPath: join(outDir, bundle) });
    if (written.errors.length) throw new Error(`writing the search index failed: ${written.errors.join('; ')}`);
    return { pageCount };
  } finally {
    await pagefind.close();
  }
}

/**
 * Pages named to Pagefind as one glob per folder (`briefings/{a,b}/index.html`): it takes a
 * folder and a glob, not a list. Ids are slugs (letters, digits and hyphens), so none needs escaping.
 */
function pageGlobs(pages: readonly string[]): string[] {
  const idsByFolder = new Map<string, string[]>();
  for (const page of pages) {
    const [folder = '', id = ''] = page.split('/');
    idsByFolder.set(folder, [...(idsByFolder.get(folder) ?? []), id]);
  }
  return [...idsByFolder].map(([folder, ids]) => `${folder}/{${ids.join(',')}}/index.html`);
}

/** The page folders directly in `folder` (a briefing's exports beside them are files). */
function pageFolders(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z0-9-]+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/**
 * The pages a bundle indexes, relative to `outDir`: every briefing and source page, or those of
 * `part`. Reading the other pages (the lists, each briefing's evidence maps page) would cost time
 * and find nothing, and would be counted in `page_count` as if indexed.
 */
function bundlePages(outDir: string, part?: Shard): string[] {
  return Object.entries(SEARCHABLE).flatMap(([folder, kind]) =>
    pageFolders(join(outDir, folder))
      .filter((id) => !part || shardOf(kind, id, part.count) === part.index)
      .map((id) => `${folder}/${id}/index.html`)
      .filter((page) => existsSync(join(outDir, page))),
  );
}

/**
 * Writes the search index of a build: a shard's own bundle (`src/lib/shard.ts`), or for a site
 * built whole, `bundleCount` bundles one after the other, each in a Pagefind process of its own
 * that ends before the next starts, so the indexer's memory is one bundle's at most. Given the
 * last build's bundles (`reuse`), a bundle whose pages are unchanged is copied instead.
 */
export async function writeSearchIndexes(
  outDir: string,
  shard: Shard,
  bundleCount: number,
  reuse?: SearchBundleReuse,
): Promise<{ pageCount: number; bundleCount: number; reused: number }> {
  const bundles: { bundle: string; part?: Shard }[] =
    shard.count > 1
      ? [{ bundle: searchBundle(shard.index) }]
      : bundleCount === 1
        ? [{ bundle: searchBundle(1) }]
        : Array.from({ length: bundleCount }, (_, offset) => ({
            bundle: searchBundle(offset + 1),
            part: { index: offset + 1, count: bundleCount },
          }));
  let pageCount = 0;
  let reused = 0;
  for (const { bundle, part } of bundles) {
    const pages = bundlePages(outDir, part);
    const copied = reuse?.reuse(outDir, bundle, pages);
    if (copied !== undefined) {
      pageCount += copied;
      reused += 1;
      continue;
    }
    const written = await writeSearchIndex(outDir, bundle, pages);
    reuse?.indexed(outDir, bundle, written.pageCount);
    pageCount += written.pageCount;
  }
  reuse?.save();
  return { pageCount, bundleCount: bundles.length, reused };
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * How many search bundles the last build left in `outDir` (`pagefind/`, `pagefind-2/`, ...,
 * each with its entry file), at least one: what `astro dev` serves, and what its pages search.
 */
export function lastBuildBundleCount(outDir: string): number {
  let count = 1;
  while (existsSync(join(outDir, searchBundle(count + 1), 'pagefind-entry.json'))) count += 1;
  return count;
}

/**
 * `astro dev` indexes nothing; serving the last build's search bundles (`/pagefind/`, and
 * `/pagefind-2/` onwards when the index was split) lets editors try search while they write
 * (`npm run build` once, then `npm run dev`).
 */
export function serveLastSearchIndex(server: ViteDevServer, outDir: string): void {
  server.middlewares.use((request, response, next) => {
    const url = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
    const bundle = /^\/(pagefind(?:-\d+)?)\//.exec(url)?.[1];
    if (bundle === undefined) {
      next();
      return;
    }
    const folder = normalize(join(outDir, bundle));
    const path = normalize(join(outDir, url));
    if (!path.startsWith(folder + sep) || !existsSync(path)) {
      next();
      return;
    }
    response.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
    createReadStream(path).pipe(response);
  });
}
