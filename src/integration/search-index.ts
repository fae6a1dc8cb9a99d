import { createReadStream, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { ViteDevServer } from 'vite';
import * as pagefind from 'pagefind';

/** The folder Pagefind writes into, under the build output; the site's search URLs assume it. */
export const SEARCH_BUNDLE = 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API. Only elements inside `data-pagefind-body`
 * (briefings and source pages) are indexed, so navigation and page chrome never are; drafts have
 * no page to index. Any indexing error fails the build. A shard of a sharded build writes its own
 * `bundle` (see `src/lib/shard.ts`).
 */
export async function writeSearchIndex(outDir: string, bundle = `${SEARCH_BUNDLE}/`): Promise<{ pageCount: number }> {
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`search index could not be created: ${createErrors.join('; ')}`);
  try {
    // Only briefing and source pages carry searchable content; reading the other pages (the
    // lists, each briefing's evidence maps page) would cost time and find nothing, and would be
    // counted in `page_count` as if indexed.
    const added = await index.addDirectory({ path: outDir, glob: '{briefings,sources}/*/index.html' });
    if (added.errors.length) throw new Error(`search indexing failed: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('search indexing found no page marked data-pagefind-body');
    const written = await index.writeFiles({ outputPath: join(outDir, bundle) });
    if (written.errors.length) throw new Error(`writing the search index failed: ${written.errors.join('; ')}`);
    return { pageCount: added.page_count };
  } finally {
    await pagefind.close();
  }
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * `astro dev` indexes nothing; serving `/pagefind/` from the last build lets editors try search
 * while they write (`npm run build` once, then `npm run dev`).
 */
export function serveLastSearchIndex(server: ViteDevServer, outDir: string): void {
  const bundle = normalize(join(outDir, SEARCH_BUNDLE));
  server.middlewares.use(`/${SEARCH_BUNDLE}/`, (request, response, next) => {
    const path = normalize(join(bundle, decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')));
    if (!path.startsWith(bundle) || !existsSync(path)) {
      next();
      return;
    }
    response.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
    createReadStream(path).pipe(response);
  });
}
