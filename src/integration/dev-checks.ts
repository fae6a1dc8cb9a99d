import type { BigIntStats } from 'node:fs';
import { CACHE_ON_DISK, checkAgainAt, writeCache } from '../checker/check-cache-fs.ts';
import type { CheckCache } from '../checker/check-cache.ts';
import { BRIEFING_FOLDER } from '../checker/check-project.ts';
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

/** The checks of `astro dev`: one per save, and one to warm up in. */
export interface DevChecks {
  /**
   * Checks the project after `changed` (project paths, as the watcher names them) were saved;
   * without `changed`, asks every file for its status.
   */
  check: (changed?: readonly string[]) => Promise<DevCheck>;
  /**
   * Runs the work of a save's check once, on a briefing that did not change (`briefing`, a
   * project path, else the first), and keeps nothing of it. The first check of a server comes
   * from the cache and parses nothing, so without this the editor's first save would pay for
   * compiling the parsers and rules, and for reading the sources and snapshots the briefing cites,
   * which later checks remember (`loadSourceRemembered`, `snapshotForQuotes`): 90 ms of a save's
   * check at 1,000 briefings, against 20 to 50 ms once warm. Resolves to how many files it checked
   * again: one, or none before the first check or for a briefing the last check did not see.
   */
  warmUp: (briefing?: string) => Promise<number>;
}

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
export function devChecks({ root, options }: DevCheckSetup): DevChecks {
  let cache: CheckCache | undefined;
  let stats: ReadonlyMap<string, BigIntStats> | undefined;
  return {
    async check(changed) {
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
    },
    async warmUp(chosen) {
      const last = cache;
      const briefing = chosen ?? [...(last?.files.keys() ?? [])].find((path) => path.startsWith(BRIEFING_FOLDER));
      if (last === undefined || stats === undefined || briefing === undefined || !last.files.has(briefing)) return 0;
      // The last check as if it had never judged this briefing, so this one reads it again (with
      // the sources it cites) exactly as it reads a saved one. What it finds is what the last
      // check found, so it is dropped: the next save's check starts from the last one as before.
      const files = new Map(last.files);
      files.delete(briefing);
      const check = await checkAgainAt(root, { options }, { ...last, files }, undefined, {
        stats,
        changed: new Set([briefing]),
      });
      return check.checked;
    },
  };
}

/** Every content file by path, with the sources it cites (none for a source file). */
function citesByFile(cache: Pick<CheckCache, 'files'>): Map<string, readonly string[]> {
  return new Map([...cache.files].map(([path, record]) => [path, record.briefing?.cites ?? []]));
}
