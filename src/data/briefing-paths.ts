import { briefingCacheKey } from './cache-keys.ts';
import { getPublishedBriefings, type BriefingEntry } from './content.ts';
import { builtHere } from './shard.ts';

/**
 * The briefings this build renders (its shard's share of the published ones), as the
 * `getStaticPaths` of a briefing's page and of its two exports: each with the key of Astro's
 * incremental build, so an unchanged briefing's files are copied from the last build.
 */
export async function briefingPaths(): Promise<
  { params: { slug: string }; props: { entry: BriefingEntry }; cacheKey: string }[]
> {
  const entries = (await getPublishedBriefings()).filter((entry) => builtHere('briefing', entry.id));
  return Promise.all(
    entries.map(async (entry) => ({
      params: { slug: entry.id },
      props: { entry },
      cacheKey: await briefingCacheKey(entry),
    })),
  );
}
