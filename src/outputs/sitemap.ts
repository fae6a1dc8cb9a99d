import { evidenceMapsPath } from '../lib/anchors.ts';
import type { BriefingView } from '../lib/briefing-view.ts';
import type { SiteUrls } from './site-urls.ts';
import { escapeXml } from './xml.ts';

/** One address in the sitemap, with the day its content last changed when that is known. */
export interface SitemapEntry {
  loc: string;
  lastmod?: string;
}

/** The later of two ISO dates, either possibly missing. */
function later(a: string | undefined, b: string): string {
  return a === undefined || b > a ? b : a;
}

/**
 * Every page of the site a search engine should know: the listings, each published briefing and
 * its evidence maps, each source and each topic that a published briefing has. Search's own page
 * is listed too; it has content without a query.
 */
export function sitemapEntries(
  views: readonly BriefingView[],
  sourceIds: Iterable<string>,
  urls: SiteUrls,
): SitemapEntry[] {
  let newest: string | undefined;
  const topics = new Map<string, string>();
  const briefings: SitemapEntry[] = views.flatMap((view) => {
    const lastmod = view.data.updated ?? view.data.published;
    newest = later(newest, lastmod);
    for (const topic of view.data.topics ?? []) topics.set(topic, later(topics.get(topic), lastmod));
    return [
      { loc: urls.briefing(view.slug), lastmod },
      { loc: urls.page(evidenceMapsPath(view.slug)), lastmod },
    ];
  });
  const withDate = (loc: string, lastmod: string | undefined): SitemapEntry =>
    lastmod === undefined ? { loc } : { loc, lastmod };
  return [
    withDate(urls.root, newest),
    ...briefings,
    { loc: urls.page('/sources/') },
    ...[...sourceIds].sort().map((id) => ({ loc: urls.source(id) })),
    withDate(urls.page('/topics/'), newest),
    ...[...topics]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([topic, lastmod]) => withDate(urls.topic(topic), lastmod)),
    { loc: urls.page('/search/') },
  ];
}

/** A sitemap in the sitemaps.org 0.9 format. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(entry.loc)}</loc>${entry.lastmod === undefined ? '' : `<lastmod>${escapeXml(entry.lastmod)}</lastmod>`}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
