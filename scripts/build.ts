/**
 * `npm run build`: checks the content, builds the site, indexes it for search, and only then
 * puts it in place. The site is built into a fresh folder beside the output; a failure at any
 * stage (check, render, search index) leaves the previous output exactly as it was, and a success
 * replaces it whole. A reader never gets a half-written site.
 *
 *   npm run build -- [--root <project>] [--outDir <folder>] [--shard K/N] [--search-bundles N]
 *
 * `--shard K/N` builds the K-th of N parts of the site (see src/lib/shard.ts) with its own search
 * index, and marks the folder as that shard; `npm run build:merge` assembles the N folders. A
 * site built whole has its search index split into one bundle per 5,000 briefing and source pages
 * (`searchBundleCount`), or into `--search-bundles N`, each indexed by a Pagefind process of its own.
 */
import { readdirSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { heapLimitFlags } from '../src/checker/heap-limit-fs.ts';
import { CACHE_FOLDER } from '../src/checker/check-cache-fs.ts';
import { SEARCH_BUNDLE_RECORD, SearchBundleReuse } from '../src/integration/search-bundle-reuse.ts';
import { writeSearchIndexes } from '../src/integration/search-index.ts';
import { CONTENT_DIRECTORIES } from '../src/checker/project-files-fs.ts';
import { parseSearchBundles, parseShard, searchBundleCount, searchBundlesOf, WHOLE_SITE } from '../src/lib/shard.ts';
import { SHARD_MARKER, writeShardMarker } from './support/shards.ts';
import { replaceFolder } from './support/replace-folder.ts';

const ASTRO_BUILD = fileURLToPath(new URL('support/astro-build.ts', import.meta.url));

/** The step running in a process of its own, if any: a signal to the build is passed on to it. */
let step: ChildProcess | undefined;

/** Runs a script on this Node, sharing the terminal; resolves to its exit status. */
function runNode(args: readonly string[]): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    step = child;
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      step = undefined;
      if (signal) reject(new Error(`the Astro build was stopped by ${signal}`));
      else resolvePromise(code ?? 1);
    });
  });
}

// Builds read nothing from the network; Astro's anonymous usage report is a network call.
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// Astro lets environment variables override `import.meta.env`, so a BASE_URL or MODE left in the
// shell (test runners and some CI systems set them) would silently break every link. The base
// path is set with BASE_PATH, read by astro.config.mjs.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'])
  Reflect.deleteProperty(process.env, name);

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '.' },
    outDir: { type: 'string', default: 'dist' },
    shard: { type: 'string' },
    'search-bundles': { type: 'string' },
  },
});
const shard = values.shard === undefined ? WHOLE_SITE : parseShard(values.shard);
if ('problem' in shard) {
  process.stderr.write(`build failed: ${shard.problem}\n`);
  process.exit(2);
}
const askedBundles = values['search-bundles'] === undefined ? undefined : parseSearchBundles(values['search-bundles']);
if (typeof askedBundles === 'object') {
  process.stderr.write(`build failed: ${askedBundles.problem}\n`);
  process.exit(2);
}
if (askedBundles !== undefined && shard.count > 1) {
  process.stderr.write(
    'build failed: --search-bundles cannot be combined with --shard: each shard writes one search bundle\n',
  );
  process.exit(2);
}
const root = resolve(values.root);

/** "3,000 pages in 2 bundles (1 unchanged, copied from the last build)", as the log says it. */
function describeIndex({ pageCount, bundleCount, reused }: Awaited<ReturnType<typeof writeSearchIndexes>>): string {
  const bundles = bundleCount > 1 ? ` in ${String(bundleCount)} bundles` : '';
  const which =
    reused === bundleCount ? (bundleCount === 1 ? 'unchanged' : 'all unchanged') : `${String(reused)} unchanged`;
  return `${String(pageCount)} pages${bundles}${reused > 0 ? ` (${which}, copied from the last build)` : ''}`;
}
/** Briefing and source files: the pages search indexes, drafts counted (a bundle may fall short). */
function searchableFiles(): number {
  const count = (folder: string, extension: string) => {
    try {
      return readdirSync(join(root, folder)).filter((name) => name.endsWith(extension)).length;
    } catch {
      return 0;
    }
  };
  return count(CONTENT_DIRECTORIES.briefings, '.mdx') + count(CONTENT_DIRECTORIES.sources, '.yaml');
}
const bundles = searchBundlesOf(shard, askedBundles ?? searchBundleCount(searchableFiles()));
const outDir = resolve(root, values.outDir);
const parent = dirname(outDir);
// An output folder in a folder not made yet (--outDir out/site) is made, as Astro would.
await mkdir(parent, { recursive: true });
const staging = await mkdtemp(join(parent, `.${basename(outDir)}-building-`));

let built = false;
// A step that dies without settling its promise (Pagefind's backend process crashing, say) would
// otherwise end Node with status 13, no word, and the staging folder left behind.
let settled = false;
process.once('beforeExit', () => {
  if (settled) return;
  process.stderr.write(
    `build failed: a build step stopped without finishing (see any message above)\nThe previous ${basename(outDir)}/ is unchanged.\n`,
  );
  process.exitCode = 1;
  void rm(staging, { recursive: true, force: true });
});
// A build stopped from outside (Ctrl-C, a CI job cancelled with SIGTERM) stops as a failed one does:
// the running step is stopped too (its exit then fails the build above), or, between steps, the
// staging folder goes at once. Nothing is left writing or holding a site nobody will use.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    // Once built, the swap is two renames: let them finish rather than stop between them.
    if (built) return;
    if (step) {
      step.kill(signal);
      return;
    }
    settled = true;
    rmSync(staging, { recursive: true, force: true });
    process.stderr.write(`build stopped by ${signal}\nThe previous ${basename(outDir)}/ is unchanged.\n`);
    process.exit(1);
  });
}
try {
  // Astro builds in a process of its own and ends before Pagefind starts: its heap (gigabytes on
  // a large publication) is returned first, so the two peaks do not stack.
  const sharded = shard.count > 1 ? ['--shard', `${String(shard.index)}/${String(shard.count)}`] : [];
  const split = shard.count === 1 && bundles > 1 ? ['--search-bundles', String(bundles)] : [];
  // A heap that grows with the machine, not Node's fixed default (`heap-limit-fs.ts`).
  const status = await runNode([
    ...heapLimitFlags(),
    ASTRO_BUILD,
    '--root',
    root,
    '--outDir',
    staging,
    ...sharded,
    ...split,
  ]);
  if (status === 0) {
    // Bundles whose pages did not change since the last build into this folder are copied from it.
    const reuse = new SearchBundleReuse(join(root, CACHE_FOLDER, SEARCH_BUNDLE_RECORD), outDir);
    const written = await writeSearchIndexes(staging, shard, bundles, reuse);
    if (shard.count > 1) await writeShardMarker(staging, shard);
    // The same shape as Astro's own log lines, which come just before it.
    process.stdout.write(
      `${new Date().toTimeString().slice(0, 8)} [corroborate] search index written: ${describeIndex(written)}\n`,
    );
    if (shard.count > 1)
      process.stdout.write(
        `shard ${String(shard.index)} of ${String(shard.count)} built (${SHARD_MARKER} marks it); once every shard is built, npm run build:merge assembles them\n`,
      );
    built = true;
  }
} catch (error) {
  process.stderr.write(`build failed: ${(error as Error).message}\n`);
} finally {
  if (!built) {
    process.stderr.write(`The previous ${basename(outDir)}/ is unchanged.\n`);
    process.exitCode = 1;
    await rm(staging, { recursive: true, force: true });
  }
  settled = true;
}

if (built) await replaceFolder(staging, outDir);
