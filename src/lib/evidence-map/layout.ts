import { RELIABILITY_LABELS, SOURCE_KIND_LABELS, STATUS_LABELS } from '../labels.ts';
import type { Stance } from '../../schemas/index.ts';
import { type Band, BANDS, type BriefingGraph, type ClaimGraph, type MapSource } from './graph.ts';
import { FONT_SIZE, LINE_HEIGHT, wrapText } from './text-fit.ts';

/**
 * Where everything goes, in SVG user units. The picture is as wide as the narrowest phone's
 * reading column (320 px less its margins), so its text is never drawn below `FONT_SIZE` CSS
 * pixels; it is laid out top to bottom, which a narrow screen can always afford.
 */
export const MAP_WIDTH = 280;

/** The right-hand gutter where a source's curve runs to the outlet it was seen through. */
const GUTTER = 44;
const NODE_RIGHT = MAP_WIDTH - GUTTER;
const PADDING = 7;
const GAP = 6;
const HEADING = 20;

/** One line of a label. */
export interface Line {
  text: string;
  bold?: boolean;
}

/** A box on the map: a source (linking to its page) or a claim (linking to its place in the text). */
export interface PlacedNode {
  kind: 'source' | 'claim';
  id: string;
  /** The band a source is drawn in, or the claim's status. */
  group: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: Line[];
  /** The label in full, when a line had to be shortened to fit. */
  fullLabel?: string;
  /** A claim's element id on the page, which its box links to; absent on a claim's own map. */
  target?: string;
}

/** A line between nodes, as an SVG path; `kind` is a stance, or `via`. */
export interface PlacedEdge {
  kind: Stance | 'via';
  from: string;
  to: string;
  d: string;
}

/** Words on the map that belong to no node: band headings and the legend. */
export interface Caption {
  x: number;
  y: number;
  text: string;
  group: string;
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  captions: Caption[];
  /** Short lines in each stance's style beside its word, so no meaning rests on colour. */
  legend: { x: number; y: number; stance: Stance }[];
}

/** How readers see each band's heading. */
export const BAND_HEADINGS: Record<Band, string> = {
  supports: 'Supports',
  disputes: 'Disputes',
  context: 'Context',
  via: 'Seen through only',
};

/** "3 sources seen through it": the words that mark a single origin. */
export function outletText(count: number): string {
  return `${count} ${count === 1 ? 'source' : 'sources'} seen through it`;
}

/** "News report, reliability B". */
export function kindText(node: MapSource): string {
  const kind = SOURCE_KIND_LABELS[node.source.kind];
  return node.source.reliability ? `${kind}, reliability ${node.source.reliability}` : kind;
}

/** A source's box: publisher (with its note number), kind and reliability, and what hangs from it. */
function sourceNode(node: MapSource, group: string, x: number, y: number, width: number): PlacedNode {
  const inner = width - 2 * PADDING;
  const publisher = `${node.number === undefined ? '' : `[${node.number}] `}${node.source.publisher}`;
  const lines: Line[] = [
    ...wrapText(publisher, inner, 3, true).map((text) => ({ text, bold: true })),
    ...wrapText(kindText(node), inner, 2).map((text) => ({ text })),
    ...(node.outletFor > 0 ? wrapText(outletText(node.outletFor), inner, 2).map((text) => ({ text })) : []),
  ];
  const placed: PlacedNode = {
    kind: 'source',
    id: node.source.id,
    group,
    x,
    y,
    width,
    height: boxHeight(lines),
    lines,
  };
  if (lines.some((line) => line.text.endsWith('…'))) {
    const grade = node.source.reliability;
    placed.fullLabel = `${node.source.publisher}: ${node.source.title}${grade ? ` (${RELIABILITY_LABELS[grade]})` : ''}`;
  }
  return placed;
}

function boxHeight(lines: readonly Line[]): number {
  return lines.length * LINE_HEIGHT + 2 * PADDING - (LINE_HEIGHT - FONT_SIZE);
}

const middle = (node: PlacedNode) => node.y + node.height / 2;
const round = (value: number) => Math.round(value * 10) / 10;

/** Curves in the right-hand gutter from each source to the outlet it was seen through. */
function viaEdges(via: ClaimGraph['via'], nodes: ReadonlyMap<string, PlacedNode>, fromY = middle): PlacedEdge[] {
  return via.flatMap((edge) => {
    const from = nodes.get(edge.sourceId);
    const to = nodes.get(edge.viaId);
    if (!from || !to) return [];
    const [y1, y2] = [round(fromY(from)), round(middle(to))];
    const bulge = round(Math.min(GUTTER - 4, 12 + Math.abs(y2 - y1) * 0.12));
    const x = from.x + from.width;
    return [
      {
        kind: 'via',
        from: edge.sourceId,
        to: edge.viaId,
        d: `M${x} ${y1}C${x + bulge} ${y1} ${x + bulge} ${y2} ${x} ${y2}`,
      },
    ];
  });
}

/**
 * One claim's map: sources that support it above the claim, those that dispute it or give
 * context below, those it was only seen through last; a spine on the left joins each band to the
 * claim, and curves on the right hang each source from the outlet it was seen through.
 */
export function layoutClaim(graph: ClaimGraph): MapLayout {
  const nodeX = 22;
  const nodeWidth = NODE_RIGHT - nodeX;
  const spine: Record<Stance, number> = { supports: 8, disputes: 14, context: 8 };
  const nodes: PlacedNode[] = [];
  const captions: Caption[] = [];
  let y = 0;
  let claim: PlacedNode | undefined;
  const placeClaim = () => {
    const text = wrapText(graph.claim.text, NODE_RIGHT - 2 - 2 * PADDING, 4);
    const lines = [
      { text: `Claim: ${STATUS_LABELS[graph.claim.status].label}`, bold: true },
      ...text.map((line) => ({ text: line })),
    ];
    claim = {
      kind: 'claim',
      id: graph.claim.id,
      group: graph.claim.status,
      x: 1,
      y,
      width: NODE_RIGHT - 2,
      height: boxHeight(lines),
      lines,
    };
    if (text.at(-1)?.endsWith('…')) claim.fullLabel = graph.claim.text;
    nodes.push(claim);
    y += claim.height + GAP;
  };
  for (const band of BANDS) {
    if (band !== 'supports' && !claim) placeClaim();
    if (graph.bands[band].length === 0) continue;
    if (y > 0) y += 4;
    captions.push({ x: nodeX, y: y + FONT_SIZE, text: BAND_HEADINGS[band], group: band });
    y += HEADING;
    for (const source of graph.bands[band]) {
      const node = sourceNode(source, band, nodeX, y, nodeWidth);
      nodes.push(node);
      y += node.height + GAP;
    }
  }
  if (!claim) placeClaim();
  const claimBox = claim!;
  const byId = new Map(nodes.filter((node) => node.kind === 'source').map((node) => [node.id, node]));
  const edges: PlacedEdge[] = graph.stances.flatMap((edge) => {
    const node = byId.get(edge.sourceId);
    if (!node) return [];
    const x = spine[edge.stance];
    const end = node.y < claimBox.y ? claimBox.y : claimBox.y + claimBox.height;
    return [
      {
        kind: edge.stance,
        from: edge.sourceId,
        to: edge.claimId,
        d: `M${nodeX} ${round(middle(node))}H${x}V${round(end)}`,
      },
    ];
  });
  edges.push(...viaEdges(graph.via, byId));
  return { width: MAP_WIDTH, height: Math.ceil(y - GAP + 1), nodes, edges, captions, legend: [] };
}

/**
 * A briefing's map: its claims down the left, numbered as in the ledger, its sources down the
 * right in note order, a line from each claim to each source by stance, and the same curves to
 * the outlets sources were seen through. A legend at the foot says which line is which stance.
 */
export function layoutBriefing(graph: BriefingGraph): MapLayout {
  const claimWidth = 84;
  const sourceX = 122;
  const top = HEADING + 2;
  const captions: Caption[] = [
    { x: 0, y: FONT_SIZE, text: 'Claims', group: 'heading' },
    { x: sourceX, y: FONT_SIZE, text: 'Sources', group: 'heading' },
  ];
  const claims: PlacedNode[] = graph.claims.map((claim) => {
    const lines = [{ text: `Claim ${claim.number}`, bold: true }, { text: STATUS_LABELS[claim.status].label }];
    const height = boxHeight(lines);
    return {
      kind: 'claim',
      id: claim.id,
      group: claim.status,
      x: 0,
      y: 0,
      width: claimWidth,
      height,
      lines,
      target: claim.linkTarget,
      fullLabel: claim.text,
    };
  });
  const sources = graph.sources.map((source) => sourceNode(source, 'source', sourceX, 0, NODE_RIGHT - sourceX));
  const columnHeight = (column: readonly PlacedNode[]) =>
    column.reduce((sum, node) => sum + node.height, 0) + GAP * Math.max(0, column.length - 1);
  const height = Math.max(columnHeight(claims), columnHeight(sources));
  // The shorter column is spread over the taller one's height, so lines between them stay short.
  for (const column of [claims, sources]) {
    const gap =
      column.length > 1 ? (height - columnHeight(column) + GAP * (column.length - 1)) / (column.length - 1) : 0;
    let y = column.length > 1 ? top : top + (height - columnHeight(column)) / 2;
    for (const node of column) {
      node.y = round(y);
      y += node.height + gap;
    }
  }
  const claimById = new Map(claims.map((node) => [node.id, node]));
  const sourceById = new Map(sources.map((node) => [node.id, node]));
  // Lines meet a source at points spread down its left edge, in the order of the claims they come from.
  const incoming = new Map<string, number>();
  const order = new Map<string, number>();
  const stances = [...graph.stances].sort(
    (a, b) => (claimById.get(a.claimId)?.y ?? 0) - (claimById.get(b.claimId)?.y ?? 0),
  );
  for (const edge of stances) {
    order.set(`${edge.claimId}\n${edge.sourceId}\n${edge.stance}`, incoming.get(edge.sourceId) ?? 0);
    incoming.set(edge.sourceId, (incoming.get(edge.sourceId) ?? 0) + 1);
  }
  const edges: PlacedEdge[] = stances.flatMap((edge) => {
    const from = claimById.get(edge.claimId);
    const to = sourceById.get(edge.sourceId);
    if (!from || !to) return [];
    const index = order.get(`${edge.claimId}\n${edge.sourceId}\n${edge.stance}`)!;
    const y1 = round(middle(from));
    const y2 = round(to.y + ((index + 1) * to.height) / ((incoming.get(edge.sourceId) ?? 1) + 1));
    const x1 = claimWidth;
    const mid = round((x1 + sourceX) / 2);
    return [
      {
        kind: edge.stance,
        from: edge.sourceId,
        to: edge.claimId,
        d: `M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${sourceX} ${y2}`,
      },
    ];
  });
  edges.push(...viaEdges(graph.via, sourceById));
  const legendY = top + height + 18;
  const legend = (['supports', 'disputes', 'context'] as const).map((stance, index) => ({
    x: index * 92,
    y: legendY,
    stance,
  }));
  for (const item of legend)
    captions.push({
      x: item.x + 22,
      y: item.y + 4,
      text: BAND_HEADINGS[item.stance].toLowerCase(),
      group: item.stance,
    });
  return { width: MAP_WIDTH, height: Math.ceil(legendY + 8), nodes: [...claims, ...sources], edges, captions, legend };
}
