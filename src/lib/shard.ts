/**
 * Sharded builds: `npm run build -- --shard K/N` renders the K-th of N deterministic parts of the
 * site, each on a machine of its own, and `npm run build:merge` assembles them. A briefing's page
 * and exports, a source's page and a topic's page each belong to exactly one shard, chosen from
 * the page's own id, so a briefing stays in its shard whatever else the publication adds. Every
 * shard renders the site-wide pages (home, lists, feeds, exports) from the whole publication, so
 * they come out identical and the merge can insist that they do.
 *
 * Each shard writes the search index of its own pages into a bundle of its own; the pages name
 * every bundle, and the reader's browser searches them as one (Pagefind's `mergeIndex`). A large
 * publication built whole splits its search index the same way (`searchBundleCount`): Pagefind
 * holds every page it indexes in memory until it writes the index, about 0.7 MB a briefing page,
 * so one index of 30,000 pages would need more memory than the rest of the build.
 */

/** Which part of a sharded build this is: `index` of `count`, counted from 1. */
export interface Shard {
  /** This shard's number, from 1 to `count`. */
  index: number;
  /** How many shards the site is built in; 1 is the unsharded build. */
  count: number;
}

/** The whole site in one build. */
export const WHOLE_SITE: Shard = { index: 1, count: 1 };

/** `K/N` as typed after `--shard`, or the problem with it in an editor's words. */
export function parseShard(text: string): Shard | { problem: string } {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count)
    return {
      problem: `--shard ${JSON.stringify(text)} is not a shard; expected K/N with 1 ≤ K ≤ N, such as --shard 2/4 for the second of four`,
    };
  return { index, count };
}

/**
 * The shard (1 to `count`) a page belongs to, from its kind and id: FNV-1a, a fixed hash, so that
 * every machine and every Node version agrees, unlike an order that would shift as content grows.
 */
export function shardOf(kind: 'briefing' | 'source' | 'topic', id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(`${kind}:${id}`)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % count) + 1;
}

/** Whether the page of this kind and id is built by `shard`. */
export function inShard(shard: Shard, kind: 'briefing' | 'source' | 'topic', id: string): boolean {
  return shard.count === 1 || shardOf(kind, id, shard.count) === shard.index;
}

/** The search bundle a shard writes, relative to the site's root: `pagefind/` for the first. */
export function searchBundle(index: number): string {
  return index === 1 ? 'pagefind/' : `pagefind-${String(index)}/`;
}

/** `N` as typed after `--search-bundles`, or the problem with it in an editor's words. */
export function parseSearchBundles(text: string): number | { problem: string } {
  const count = /^\d{1,4}$/.test(text.trim()) ? Number(text) : Number.NaN;
  return count >= 1 && count <= 1000
    ? count
    : {
        problem: `--search-bundles ${JSON.stringify(text)} is not a number of bundles; expected a whole number from 1 to 1000, such as --search-bundles 4`,
      };
}

/** How many bundles a build's search index is in: one per shard, else `searchBundles` (default 1). */
export function searchBundlesOf(shard: Shard, searchBundles?: number): number {
  return shard.count > 1 ? shard.count : (searchBundles ?? 1);
}

/** The bundles a page searches besides the first, which the search scripts load as the primary. */
export function mergedSearchBundles(bundleCount: number): string[] {
  return Array.from({ length: bundleCount - 1 }, (_, offset) => searchBundle(offset + 2));
}

/**
 * The most searchable pages (briefings and sources) one search bundle indexes in a build of the
 * whole site. Pagefind's indexer peaks at about 3 GB for 3,750 of the benchmark's pages and 10 GB
 * for 15,000 (BENCHMARKS.md), so 5,000 keeps it near 4 GB, below Astro's own peak at that size.
 */
export const PAGES_PER_SEARCH_BUNDLE = 5000;

/**
 * How many bundles the search index of a site built whole is split into, for this many searchable
 * pages: one per `PAGES_PER_SEARCH_BUNDLE`, each page in the bundle `shardOf` gives it, so a
 * build split into N bundles writes exactly what N shards merged write.
 */
export function searchBundleCount(searchablePages: number): number {
  return Math.max(1, Math.ceil(searchablePages / PAGES_PER_SEARCH_BUNDLE));
}
