import type { BriefingView, CitationUse, ClaimView } from './briefing-view.ts';

/** One place a source is cited: the claim, the briefing, and how the source bears on it. */
export interface SourceCitation {
  briefing: { slug: string; title: string; published: string };
  claim: ClaimView;
  use: CitationUse;
  /** True when the source is the channel (`via`) through which another source was seen. */
  asVia: boolean;
}

/**
 * Every citation of every source across the given briefings, by source id, in the briefings'
 * order (newest first) and then the claims' order.
 */
export function citationsBySource(views: readonly BriefingView[]): Map<string, SourceCitation[]> {
  const bySource = new Map<string, SourceCitation[]>();
  const add = (id: string, citation: SourceCitation) => {
    const list = bySource.get(id);
    if (list) list.push(citation);
    else bySource.set(id, [citation]);
  };
  for (const view of views) {
    const briefing = { slug: view.slug, title: view.data.title, published: view.data.published };
    for (const claim of view.claims) {
      for (const use of claim.uses) {
        add(use.source.id, { briefing, claim, use, asVia: false });
        if (use.via) add(use.via.id, { briefing, claim, use, asVia: true });
      }
    }
  }
  return bySource;
}
