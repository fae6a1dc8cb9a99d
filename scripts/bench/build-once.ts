/**
 * `npm run bench:build -- --root .bench/corpus-10000-1 [--cold]`: one `npm run build` of a corpus,
 * measured as `npm run bench` measures its builds (wall time, CPU of the process tree, peak RSS of
 * the whole tree polled from /proc, and when the peak came). For the sizes where a whole
 * `npm run bench` takes too long to repeat after each change: the cold build and the rebuild after
 * an edit, one at a time. `--cold` first removes what a cold build must not find (the output, Astro's
 * caches, the check cache). The build's output goes to `.bench/logs/build-once.log`.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CACHE_FOLDER } from '../../src/checker/check-cache-fs.ts';
import { measure } from './measure.ts';
import { BENCH_DIR, NODE, REPO_ROOT } from './paths.ts';

const { values } = parseArgs({ options: { root: { type: 'string' }, cold: { type: 'boolean', default: false } } });
if (values.root === undefined) {
  process.stderr.write('usage: npm run bench:build -- --root <corpus folder> [--cold]\n');
  process.exit(2);
}
const root = resolve(values.root);
if (values.cold) {
  for (const name of ['dist', '.astro', 'node_modules/.astro', CACHE_FOLDER])
    rmSync(join(root, name), { recursive: true, force: true });
  for (const name of readdirSync(root))
    if (name.startsWith('.dist-building-')) rmSync(join(root, name), { recursive: true, force: true });
}
mkdirSync(join(BENCH_DIR, 'logs'), { recursive: true });
const logFile = join(BENCH_DIR, 'logs', 'build-once.log');
const run = await measure(NODE, ['scripts/build.ts', '--root', root, '--outDir', 'dist'], {
  cwd: REPO_ROOT,
  logFile,
  env: { ASTRO_TELEMETRY_DISABLED: '1' },
});
const [peakAt] = run.rssTimeline.reduce((best, point) => (point[1] > best[1] ? point : best), [0, 0]);
const megabytes = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
process.stdout.write(
  `${values.cold ? 'cold build' : 'build'}: ${run.wall.toFixed(1)} s wall, ${run.cpu.toFixed(1)} s CPU, ` +
    `peak ${megabytes(run.peakRss)} MB (about ${String(peakAt)} s in); log in ${logFile}\n`,
);
process.exit(run.exitCode);
