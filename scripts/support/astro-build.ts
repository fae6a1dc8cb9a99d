/**
 * The Astro half of `npm run build`, run by scripts/build.ts in a process of its own: the content
 * check and the pages, into the folder it is given, but no search index. When it exits, its
 * memory is returned before Pagefind needs its own, so the two never peak together.
 *
 *   node scripts/support/astro-build.ts --root <project> --outDir <folder> [--shard K/N] [--search-bundles N]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AstroInlineConfig } from 'astro';
import { findCorroborate, importAstroConfig } from '../../src/checker/options-fs.ts';
import { parseShard } from '../../src/lib/shard.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '.' },
    outDir: { type: 'string' },
    shard: { type: 'string' },
    'search-bundles': { type: 'string' },
  },
});
const root = resolve(values.root);

try {
  const { build } = await import('astro');
  // The project's own config, with its corroborate() options changed: `searchIndex: false`, since
  // scripts/build.ts indexes once this process has ended, and in a sharded build `shard`. Astro is
  // handed the config object itself (configFile: false), so it builds with what the editor wrote.
  const loaded = await importAstroConfig(root);
  const corroborate = loaded && findCorroborate(loaded.config);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (shard && 'problem' in shard) throw new Error(shard.problem);
  if (shard && !corroborate) throw new Error('--shard needs corroborate() among the integrations of astro.config.mjs');
  const searchBundles = values['search-bundles'] === undefined ? undefined : Number(values['search-bundles']);
  if (searchBundles !== undefined && !corroborate)
    throw new Error('--search-bundles needs corroborate() among the integrations of astro.config.mjs');
  if (corroborate)
    corroborate.options = Object.assign(
      corroborate.options ?? {},
      { searchIndex: false },
      shard ? { shard } : {},
      searchBundles === undefined ? {} : { searchBundles },
    );
  await build({
    ...(loaded?.config as AstroInlineConfig | undefined),
    root,
    ...(values.outDir ? { outDir: values.outDir } : {}),
    ...(loaded ? { configFile: false } : {}),
  });
} catch (error) {
  // The content check has printed its diagnostics line by line already; anything else gets one
  // plain line, not a stack trace.
  if ((error as Error).name !== 'ContentCheckError') {
    process.stderr.write(`build failed: ${(error as Error).message}\n`);
  }
  process.exitCode = 1;
}
