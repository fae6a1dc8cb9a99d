import type { APIRoute, GetStaticPaths } from 'astro';
import { briefingPaths } from '../../data/briefing-paths.ts';
import { getBriefingView, getSourceMap, type BriefingEntry } from '../../data/content.ts';
import { jsonResponse } from '../../outputs/responses.ts';
import { requireSite, siteUrls } from '../../outputs/site-urls.ts';
import { stixBundle } from '../../outputs/stix.ts';
import { SITE } from '../../site.ts';

export const getStaticPaths = briefingPaths satisfies GetStaticPaths;

/** `/briefings/<slug>.stix.json`: one published briefing as a STIX 2.1 bundle. */
export const GET: APIRoute<{ entry: BriefingEntry }> = async ({ props, site }) => {
  const urls = siteUrls(requireSite(site, '/briefings/<slug>.stix.json'));
  const [view, sources] = await Promise.all([getBriefingView(props.entry), getSourceMap()]);
  return jsonResponse(stixBundle(view, sources, { name: SITE.name, url: urls.root }, urls));
};
