import type { BigIntStats } from 'node:fs';
import { CACHE_ON_DISK, checkAgainAt, writeCache } from '../checker/check-cache-fs.ts';
import type { CheckCache } from '../checker/check-cache.ts';
import type { CheckOptions } from '../checker/options.ts';
import type { DevCheck } from './dev-diagnostics.ts';

/** The project `astro dev` checks, and with which options. */
export interface DevCheckSetup {
  root: string;
  options: CheckOptions;
}

/**
 * More files saved at once than this (a `git checkout`, a search and replace) and the check asks
 * every file for its status again rather than trust the watcher to have heard each one.
 */
const MOST_SAVES_TRUSTED = 50;

/**
 * The checks of `astro dev`, each from the last one's results kept in memory (`checkAgainAt`):
 * the first starts from the cache `npm run check` and `npm run build` leave on disk, and leaves
 * its own there for the next start. Each later one is told which files the watcher saw `changed`
 * (project paths) and reads only what they can have changed: the other files keep the status the
 * last check took (`WatchedStatuses`). Called without `changed`, a check asks every file.
 *
 * They run in the dev server's own thread. A worker thread was tried (7 December) and measured
 * no faster page after a save: the page waits mostly for Astro's own work, not for the check.
 */
export function devChecks({ root, options }: DevCheckSetup): (changed?: readonly string[]) => Promise<DevCheck> {
  let cache: CheckCache | undefined;
  let stats: ReadonlyMap<string, BigIntStats> | undefined;
  return async (changed) => {
    const watched =
      stats !== undefined && changed !== undefined && changed.length <= MOST_SAVES_TRUSTED
        ? { stats, changed: new Set(changed) }
        : undefined;
    const check = await checkAgainAt(root, { options }, cache ?? CACHE_ON_DISK, undefined, watched);
    if (cache === undefined && check.changed) await writeCache(root, check.cache);
    cache = check.cache;
    stats = check.stats;
    const { result } = check;
    return { result, cites: result.errorCount > 0 ? citesByFile(check.cache) : new Map() };
  };
}

/** Every content file by path, with the sources it cites (none for a source file). */
function citesByFile(cache: Pick<CheckCache, 'files'>): Map<string, readonly string[]> {
  return new Map([...cache.files].map(([path, record]) => [path, record.briefing?.cites ?? []]));
}
