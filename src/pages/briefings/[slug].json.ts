import type { APIRoute, GetStaticPaths } from 'astro';
import { briefingPaths } from '../../data/briefing-paths.ts';
import { getBriefingView, getSourceMap, type BriefingEntry } from '../../data/content.ts';
import { evidencePack } from '../../outputs/evidence-pack.ts';
import { jsonResponse } from '../../outputs/responses.ts';
import { requireSite, siteUrls } from '../../outputs/site-urls.ts';
import { SITE } from '../../site.ts';

export const getStaticPaths = briefingPaths satisfies GetStaticPaths;

/** `/briefings/<slug>.json`: one published briefing's evidence pack. */
export const GET: APIRoute<{ entry: BriefingEntry }> = async ({ props, site }) => {
  const urls = siteUrls(requireSite(site, '/briefings/<slug>.json'));
  const [view, sources] = await Promise.all([getBriefingView(props.entry), getSourceMap()]);
  return jsonResponse(evidencePack(view, sources, { name: SITE.name, url: urls.root }, urls));
};
