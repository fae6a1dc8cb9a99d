/**
 * The order of the publication: newest first by the day first published, then by slug, so that
 * briefings of one day keep a stable order. The listings, the feeds and `/claims.json` all use it,
 * whether they read the content store or the evidence packs a build wrote.
 */
export function newestFirst(a: { published: string; slug: string }, b: { published: string; slug: string }): number {
  return b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug);
}
