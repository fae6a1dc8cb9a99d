import { briefingCacheKey, briefingCacheKeys } from './cache-keys.ts';
import { getPublishedBriefings, type BriefingEntry } from './content.ts';
import { builtHere } from './shard.ts';

/**
 * The briefings this build renders (its shard's share of the published ones), as the
 * `getStaticPaths` of a briefing's page, its evidence maps page and its exports: each with the key of Astro's
 * incremental build, so an unchanged briefing's files are copied from the last build.
 */
export async function briefingPaths(): Promise<
  { params: { slug: string }; props: { entry: BriefingEntry }; cacheKey: string }[]
> {
  const entries = (await getPublishedBriefings()).filter((entry) => builtHere('briefing', entry.id));
  // The keys computed once per build (six routes ask, and the source and topic pages combine them).
  const keys = await briefingCacheKeys();
  return Promise.all(
    entries.map(async (entry) => ({
      params: { slug: entry.id },
      props: { entry },
      cacheKey: keys.get(entry.id) ?? (await briefingCacheKey(entry)),
    })),
  );
}
