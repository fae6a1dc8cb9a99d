import type { BriefingView, CitationUse, ClaimView, SourceSummary } from '../briefing-view.ts';
import type { ClaimStatus, Stance } from '../../schemas/index.ts';

/** The groups of a claim's map, in the order they are drawn: evidence for, against, around it. */
export const BANDS = ['supports', 'disputes', 'context', 'via'] as const;
/** A stance, or `via`: a source the claim never cites, only sees others through. */
export type Band = (typeof BANDS)[number];

/** A source as a node of the map. */
export interface MapSource {
  source: SourceSummary;
  /** Its note number on the page, when the briefing cites it (a source seen only as `via` has none). */
  number?: number;
  /** How many other sources of this map were seen through it: more than one is a single origin. */
  outletFor: number;
}

/** A line between two nodes: a source bearing on a claim, or a source seen through another. */
export interface StanceEdge {
  claimId: string;
  sourceId: string;
  stance: Stance;
}
export interface ViaEdge {
  /** The source that was seen through another. */
  sourceId: string;
  /** The secondary source it was seen through. */
  viaId: string;
}

/** One claim's evidence: the claim, its sources by band, and the edges between them. */
export interface ClaimGraph {
  claim: Pick<ClaimView, 'id' | 'text' | 'status' | 'linkTarget'>;
  bands: Record<Band, MapSource[]>;
  stances: StanceEdge[];
  via: ViaEdge[];
}

/** A briefing's evidence: every claim, numbered as the ledger lists them, and every source. */
export interface BriefingGraph {
  claims: { id: string; number: number; text: string; status: ClaimStatus; linkTarget: string }[];
  sources: MapSource[];
  stances: StanceEdge[];
  via: ViaEdge[];
}

/** Each distinct `via` edge of some citations, in the order they are cited. */
function viaEdges(uses: readonly CitationUse[]): ViaEdge[] {
  const edges = new Map<string, ViaEdge>();
  for (const use of uses)
    if (use.via) edges.set(`${use.source.id}\n${use.via.id}`, { sourceId: use.source.id, viaId: use.via.id });
  return [...edges.values()];
}

/** Sources in the order first met, each once, with how many others were seen through it. */
function mapSources(uses: readonly CitationUse[], via: readonly ViaEdge[]): Map<string, MapSource> {
  const sources = new Map<string, MapSource>();
  const add = (source: SourceSummary, number?: number) => {
    if (sources.has(source.id)) return;
    const outletFor = via.filter((edge) => edge.viaId === source.id).length;
    sources.set(source.id, number === undefined ? { source, outletFor } : { source, number, outletFor });
  };
  for (const use of uses) add(use.source, use.number);
  for (const use of uses) if (use.via) add(use.via);
  return sources;
}

/**
 * A claim's map: each cited source once, in the band of the stance it is first cited with; the
 * sources its citations were only seen through in a band of their own.
 */
export function claimGraph(claim: ClaimView): ClaimGraph {
  const via = viaEdges(claim.uses);
  const sources = mapSources(claim.uses, via);
  const bands: Record<Band, MapSource[]> = { supports: [], disputes: [], context: [], via: [] };
  const stances = new Map<string, StanceEdge>();
  for (const use of claim.uses) {
    if (stances.has(use.source.id)) continue;
    stances.set(use.source.id, { claimId: claim.id, sourceId: use.source.id, stance: use.stance });
    bands[use.stance].push(sources.get(use.source.id)!);
  }
  for (const [id, source] of sources) if (!stances.has(id)) bands.via.push(source);
  return {
    claim: { id: claim.id, text: claim.text, status: claim.status, linkTarget: claim.linkTarget },
    bands,
    stances: [...stances.values()],
    via,
  };
}

/** A briefing's map: its claims in ledger order, its sources in note order, every edge once. */
export function briefingGraph(view: BriefingView): BriefingGraph {
  const uses = view.claims.flatMap((claim) => claim.uses);
  const via = viaEdges(uses);
  const stances = new Map<string, StanceEdge>();
  for (const use of uses) {
    const key = `${use.claimId}\n${use.source.id}\n${use.stance}`;
    if (!stances.has(key)) stances.set(key, { claimId: use.claimId, sourceId: use.source.id, stance: use.stance });
  }
  return {
    claims: view.claims.map((claim, index) => ({
      id: claim.id,
      number: index + 1,
      text: claim.text,
      status: claim.status,
      linkTarget: claim.linkTarget,
    })),
    sources: [...mapSources(uses, via).values()],
    stances: [...stances.values()],
    via,
  };
}
