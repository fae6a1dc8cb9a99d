import { type Band, BANDS, type BriefingGraph, type ClaimGraph, type MapSource, type ViaEdge } from './graph.ts';
import { SOURCE_KIND_LABELS, STATUS_LABELS } from '../labels.ts';
import { BAND_HEADINGS } from './layout.ts';

/** "SC Media UK (news report, reliability B), seen through AP". */
function sourceWords(node: MapSource, via: readonly ViaEdge[], publisherOf: (id: string) => string): string {
  const through = via.filter((edge) => edge.sourceId === node.source.id).map((edge) => publisherOf(edge.viaId));
  const seen = through.length > 0 ? `, seen through ${through.join(' and ')}` : '';
  const grade = node.source.reliability ? `, reliability ${node.source.reliability}` : '';
  return `${node.source.publisher} (${SOURCE_KIND_LABELS[node.source.kind].toLowerCase()}${grade})${seen}`;
}

/** "3 of the sources were seen through SC Media UK." for every outlet more than one hangs from. */
function singleOrigins(sources: readonly MapSource[]): string[] {
  return sources
    .filter((node) => node.outletFor > 1)
    .map((node) => `${node.outletFor} of the sources were seen through ${node.source.publisher}.`);
}

/** The claim's map in words: the same sources, stances and outlets, for readers who cannot see it. */
export function describeClaim(graph: ClaimGraph): string {
  const all = BANDS.flatMap((band) => graph.bands[band]);
  const publisherOf = (id: string) => all.find((node) => node.source.id === id)?.source.publisher ?? id;
  const bands = BANDS.filter((band) => graph.bands[band].length > 0).map(
    (band: Band) =>
      `${BAND_HEADINGS[band]}: ${graph.bands[band].map((node) => sourceWords(node, graph.via, publisherOf)).join('; ')}.`,
  );
  return [
    `The claim is ${STATUS_LABELS[graph.claim.status].label.toLowerCase()}.`,
    ...bands,
    ...singleOrigins(all),
  ].join(' ');
}

/** The briefing's map in words; the briefing's claim ledger and notes say the same in full. */
export function describeBriefing(graph: BriefingGraph): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const disputed = graph.claims.filter((claim) =>
    graph.stances.some((edge) => edge.claimId === claim.id && edge.stance === 'disputes'),
  );
  return [
    `${count(graph.claims.length, 'claim')} and ${count(graph.sources.length, 'source')}.`,
    disputed.length > 0
      ? `Disputed by a source: claim ${disputed.map((claim) => claim.number).join(', ')}.`
      : 'No source disputes a claim.',
    ...singleOrigins(graph.sources),
    'The briefing’s claim ledger and its list of sources give the same in full.',
  ].join(' ');
}
