import type { BriefingView, SourceSummary } from './briefing-view.ts';
import { RELIABILITY_LABELS, SOURCE_KIND_LABELS, STATUS_LABELS, topicLabel } from './labels.ts';

/**
 * The search filters a page is tagged with, by the filter's name as readers see it. One place
 * decides them, so briefings and source pages filter alike ("every claim from state media" finds
 * both the briefings citing state media and the state-media sources).
 */
export type SearchFacets = Record<string, string[]>;

/** A grade as the filter names it: `B: Usually reliable`. */
function reliabilityFacet(source: SourceSummary): string[] {
  return source.reliability ? [`${source.reliability}: ${RELIABILITY_LABELS[source.reliability]}`] : [];
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}

export function briefingFacets(view: BriefingView): SearchFacets {
  const sources = view.claims.flatMap((claim) =>
    claim.uses.flatMap((use) => (use.via ? [use.source, use.via] : [use.source])),
  );
  return {
    Type: ['Briefing'],
    Topic: unique((view.data.topics ?? []).map(topicLabel)),
    'Claim status': unique(view.claims.map((claim) => STATUS_LABELS[claim.status].label)),
    'Source kind': unique(sources.map((source) => SOURCE_KIND_LABELS[source.kind])),
    'Source reliability': unique(sources.flatMap(reliabilityFacet)),
    Publisher: unique(sources.map((source) => source.publisher)),
    Year: [view.data.published.slice(0, 4)],
  };
}

export function sourceFacets(source: SourceSummary): SearchFacets {
  return {
    Type: ['Source'],
    'Source kind': [SOURCE_KIND_LABELS[source.kind]],
    'Source reliability': reliabilityFacet(source),
    Publisher: [source.publisher],
    Year: source.published ? [source.published.slice(0, 4)] : [],
  };
}
