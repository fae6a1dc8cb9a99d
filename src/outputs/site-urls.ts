import { briefingPath, claimAnchor, sourcePath, topicPath } from '../lib/anchors.ts';
import { basePath } from '../lib/paths.ts';

/**
 * Absolute addresses of the site's pages, as the contract names them. Exports and structured data
 * are read away from the site, so every address in them is absolute.
 */
export interface SiteUrls {
  /** The site's root, `https://example.org/`. */
  root: string;
  briefing(slug: string): string;
  /** The shareable address of one claim: its briefing's page, at `#claim-<id>`. */
  claim(slug: string, id: string): string;
  source(id: string): string;
  topic(topic: string): string;
  /** Any other path of the site, such as `/rss.xml`. */
  page(path: string): string;
}

export function siteUrls(site: URL | string, base = basePath()): SiteUrls {
  const root = new URL(base, site);
  // Paths are read from the site's root, which may be a sub-path such as /briefings-desk/.
  const page = (path: string) => new URL(path.replace(/^\//, ''), root).href;
  return {
    root: root.href,
    briefing: (slug) => page(briefingPath(slug)),
    claim: (slug, id) => page(`${briefingPath(slug)}#${claimAnchor(id)}`),
    source: (id) => page(sourcePath(id)),
    topic: (topic) => page(topicPath(topic)),
    page,
  };
}

/**
 * The site's address from Astro's `site` option. Without it no absolute address can be written,
 * and an export full of relative ones would be wrong everywhere but on the site itself.
 */
export function requireSite(site: URL | undefined, output: string): URL {
  if (!site) {
    throw new Error(
      `${output} needs the site's address; set site: 'https://...' in astro.config.mjs (it is used for every absolute URL)`,
    );
  }
  return site;
}
