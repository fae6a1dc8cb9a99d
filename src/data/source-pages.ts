import { citationsBySource, type SourceCitation } from '../lib/source-citations.ts';
import { summariseSource, type SourceEntry, type SourceSummary } from '../lib/briefing-view.ts';
import { getPublishedViews, getSourceMap } from './content.ts';

/** What a source's page shows. */
export interface SourcePageData {
  entry: SourceEntry;
  summary: SourceSummary;
  citations: SourceCitation[];
}

/** Every source with the published claims that cite it; a source cited only by drafts has none. */
export async function getSourcePages(): Promise<SourcePageData[]> {
  const [sources, views] = await Promise.all([getSourceMap(), getPublishedViews()]);
  const citations = citationsBySource(views);
  return [...sources.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => ({ entry, summary: summariseSource(entry), citations: citations.get(entry.id) ?? [] }));
}
