/**
 * The Astro half of `npm run build`, run by scripts/build.ts in a process of its own: the content
 * check and the pages, into the folder it is given, but no search index. When it exits, its
 * memory is returned before Pagefind needs its own, so the two never peak together.
 *
 *   node scripts/support/astro-build.ts --root <project> --outDir <folder>
 */
import { parseArgs } from 'node:util';
import { SEARCH_INDEX_DEFERRED } from '../../src/integration/search-index.ts';

const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, outDir: { type: 'string' } },
});
process.env[SEARCH_INDEX_DEFERRED] = '1';

try {
  const { build } = await import('astro');
  await build({ root: values.root, ...(values.outDir ? { outDir: values.outDir } : {}) });
} catch (error) {
  // The content check has printed its diagnostics line by line already; anything else gets one
  // plain line, not a stack trace.
  if ((error as Error).name !== 'ContentCheckError') {
    process.stderr.write(`build failed: ${(error as Error).message}\n`);
  }
  process.exitCode = 1;
}
