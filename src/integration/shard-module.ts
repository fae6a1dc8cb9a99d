import type { Plugin } from 'vite';
import type { Shard } from '../lib/shard.ts';

/** The module through which pages learn which shard they are built in (`src/data/shard.ts`). */
export const SHARD_MODULE = 'virtual:corroborate/shard';

/**
 * Serves `virtual:corroborate/shard` to the site's code: the shard of this build and how many
 * search bundles the site has, options of the integration (`corroborate({ shard, searchBundles })`),
 * given to the pages as a module rather than through the environment, so that what a build
 * renders follows from its config alone.
 */
export function shardModule(shard: Shard, searchBundles: number): Plugin {
  const resolved = `\0${SHARD_MODULE}`;
  const code = `export const SHARD = ${JSON.stringify(shard)};\nexport const SEARCH_BUNDLES = ${String(searchBundles)};`;
  return {
    name: 'corroborate:shard',
    resolveId: (id) => (id === SHARD_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? code : undefined),
  };
}
