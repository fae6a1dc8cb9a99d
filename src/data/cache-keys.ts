import { createHash } from 'node:crypto';
import { BUILD_SHARD, SEARCH_BUNDLE_COUNT } from './shard.ts';
import { getPublishedBriefings, getSnapshotTexts, getSourceMap, type BriefingEntry } from './content.ts';
import type { SourcePageData } from './source-pages.ts';

/*
 * The cache keys of Astro's incremental build (`experimental.incrementalBuild`): a page is copied
 * from the last build, not rendered, when its key and its code are both unchanged. A key must
 * therefore change with everything the page shows that is not code: a briefing's page shows its
 * own file and, for every source it cites (directly or via another), that source's file and
 * snapshot (by its text's digest, which the content store holds: a rebuild then reads no snapshot
 * of a page it copies); a source's page shows its own and every citing briefing's; a topic's page the briefings
 * in it. Astro adds the route's code, the config (site address, base path) and the lock file. The
 * shard is part of every key, since a sharded page names the other shards' search bundles.
 */

/**
 * `astro dev` renders every request afresh and never reads a key, so it gets a constant one rather
 * than hashing the publication on each request.
 */
const KEYS_NEEDED = import.meta.env.PROD;
const DEV_KEY = 'dev';

/** The shard and the search bundles, part of every key: a page names the other search bundles. */
const SHARD_PART = `shard ${String(BUILD_SHARD.index)}/${String(BUILD_SHARD.count)} search ${String(SEARCH_BUNDLE_COUNT)}`;

/** A digest of the given parts, in order. */
function digest(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${String(part.length)}:${part}`);
  return hash.digest('base64url');
}

/** What a briefing's page and exports show, as one key. */
export async function briefingCacheKey(entry: BriefingEntry): Promise<string> {
  if (!KEYS_NEEDED) return DEV_KEY;
  const [sources, snapshots] = await Promise.all([getSourceMap(), getSnapshotTexts()]);
  const cited = new Set(
    entry.data.claims.flatMap((claim) =>
      claim.citations.flatMap((citation) => [citation.source, ...(citation.via === undefined ? [] : [citation.via])]),
    ),
  );
  // The digest is of the file's bytes (frontmatter and body); the data is what the loader derived from them.
  const parts = [SHARD_PART, entry.id, String(entry.digest ?? ''), JSON.stringify(entry.data)];
  for (const id of [...cited].sort()) {
    const source = sources.get(id);
    parts.push(id, JSON.stringify(source ?? null));
    if (source?.snapshot !== undefined) parts.push(snapshots.digest(source.snapshot) ?? '');
  }
  return digest(parts);
}

/** A key made of other keys: for pages that show several briefings (a source's, a topic's). */
export function combinedCacheKey(own: string, keys: readonly string[]): string {
  return digest([SHARD_PART, own, ...keys]);
}

let keysBySlug: Promise<Map<string, string>> | undefined;

/** Every published briefing's key by slug, computed once per build for the pages that combine them. */
export function briefingCacheKeys(): Promise<Map<string, string>> {
  keysBySlug ??= getPublishedBriefings().then(
    async (entries) =>
      new Map(await Promise.all(entries.map(async (entry) => [entry.id, await briefingCacheKey(entry)] as const))),
  );
  return keysBySlug;
}

/** What a source's page shows: the source, its snapshot, and every briefing that cites it. */
export async function sourceCacheKey(page: SourcePageData): Promise<string> {
  if (!KEYS_NEEDED) return DEV_KEY;
  const [keys, snapshots] = await Promise.all([briefingCacheKeys(), getSnapshotTexts()]);
  const snapshot = page.entry.snapshot === undefined ? '' : (snapshots.digest(page.entry.snapshot) ?? '');
  const citing = [...new Set(page.citations.map((citation) => citation.briefing.slug))];
  return combinedCacheKey(
    `source ${JSON.stringify(page.entry)} ${snapshot}`,
    citing.map((slug) => keys.get(slug) ?? slug),
  );
}

/** What a topic's page shows: the briefings on it, in order. */
export async function topicCacheKey(topic: string, slugs: readonly string[]): Promise<string> {
  if (!KEYS_NEEDED) return DEV_KEY;
  const keys = await briefingCacheKeys();
  return combinedCacheKey(
    `topic ${topic}`,
    slugs.map((slug) => keys.get(slug) ?? slug),
  );
}
