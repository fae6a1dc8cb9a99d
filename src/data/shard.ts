import { SEARCH_BUNDLES, SHARD } from 'virtual:corroborate/shard';
import { href } from '../lib/paths.ts';
import { inShard, mergedSearchBundles, type Shard } from '../lib/shard.ts';

/** The part of a sharded build this build renders; the whole site unless `--shard` says otherwise. */
export const BUILD_SHARD: Shard = SHARD;

/** Whether this build renders the page of this kind and id (always, unless the build is sharded). */
export function builtHere(kind: 'briefing' | 'source' | 'topic', id: string): boolean {
  return inShard(BUILD_SHARD, kind, id);
}

/** How many bundles the site's search index is in: one per shard, or one per 5,000 pages when whole. */
export const SEARCH_BUNDLE_COUNT: number = SEARCH_BUNDLES;

/**
 * The search bundles besides the first, as the `data-merge-bundles` attribute of the search
 * elements (space-separated addresses that every search merges in); none when there is one.
 */
export const MERGE_BUNDLES_ATTRIBUTE: string | undefined =
  SEARCH_BUNDLE_COUNT > 1
    ? mergedSearchBundles(SEARCH_BUNDLE_COUNT)
        .map((bundle) => href(bundle))
        .join(' ')
    : undefined;
