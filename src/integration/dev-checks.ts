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
 * The checks of `astro dev`, each from the last one's results kept in memory (`checkAgainAt`):
 * the first starts from the cache `npm run check` and `npm run build` leave on disk, and leaves
 * its own there for the next start. Each later one reads only what a save can have changed.
 *
 * They run in the dev server's own thread. A worker thread was tried (7 December) and measured
 * no faster page after a save: the page waits mostly for Astro's own work, not for the check.
 */
export function devChecks({ root, options }: DevCheckSetup): () => Promise<DevCheck> {
  let cache: CheckCache | undefined;
  return async () => {
    const { cache: next, changed, result } = await checkAgainAt(root, { options }, cache ?? CACHE_ON_DISK);
    if (cache === undefined && changed) await writeCache(root, next);
    cache = next;
    return { result, cites: result.errorCount > 0 ? citesByFile(next) : new Map() };
  };
}

/** Every content file by path, with the sources it cites (none for a source file). */
function citesByFile(cache: Pick<CheckCache, 'files'>): Map<string, readonly string[]> {
  return new Map([...cache.files].map(([path, record]) => [path, record.briefing?.cites ?? []]));
}
