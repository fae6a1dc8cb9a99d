import { SHARD } from 'virtual:corroborate/shard';
import { inShard, mergedSearchBundles, type Shard } from '../lib/shard.ts';

/** The part of a sharded build this build renders; the whole site unless `--shard` says otherwise. */
export const BUILD_SHARD: Shard = SHARD;

/** Whether this build renders the page of this kind and id (always, unless the build is sharded). */
export function builtHere(kind: 'briefing' | 'source' | 'topic', id: string): boolean {
  return inShard(BUILD_SHARD, kind, id);
}

/** The other shards' search bundles, relative to the site's root, which every search merges in. */
export const MERGED_SEARCH_BUNDLES: readonly string[] = mergedSearchBundles(BUILD_SHARD);
