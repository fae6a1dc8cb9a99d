import { SHARD } from 'virtual:corroborate/shard';
import { href } from '../lib/paths.ts';
import { inShard, mergedSearchBundles, type Shard } from '../lib/shard.ts';

/** The part of a sharded build this build renders; the whole site unless `--shard` says otherwise. */
export const BUILD_SHARD: Shard = SHARD;

/** Whether this build renders the page of this kind and id (always, unless the build is sharded). */
export function builtHere(kind: 'briefing' | 'source' | 'topic', id: string): boolean {
  return inShard(BUILD_SHARD, kind, id);
}

/**
 * The other shards' search bundles, as the `data-merge-bundles` attribute of the search elements
 * (space-separated addresses that every search merges in); none when the site is built whole.
 */
export const MERGE_BUNDLES_ATTRIBUTE: string | undefined =
  BUILD_SHARD.count > 1
    ? mergedSearchBundles(BUILD_SHARD)
        .map((bundle) => href(bundle))
        .join(' ')
    : undefined;
