import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository the benchmarks measure. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Everything the benchmarks write: corpora, baselines, builds, profiles, results (git-ignored). */
export const BENCH_DIR = join(REPO_ROOT, '.bench');

/** The pinned Node 24 that every build and check runs on, whatever Node started the benchmark. */
export const NODE = join(REPO_ROOT, 'node_modules/.bin/node');

export function corpusDir(n: number, seed: number): string {
  return join(BENCH_DIR, `corpus-${n}-${seed}`);
}

export function baselineDir(n: number, seed: number): string {
  return join(BENCH_DIR, `baseline-${n}-${seed}`);
}
