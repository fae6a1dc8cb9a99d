import { describe, expect, it } from 'vitest';
import { buildBriefingView, type SourceEntry } from '../../src/lib/briefing-view.ts';
import { describeBriefing, describeClaim } from '../../src/lib/evidence-map/describe.ts';
import { briefingGraph, claimGraph } from '../../src/lib/evidence-map/graph.ts';
import { layoutBriefing, layoutClaim, MAP_WIDTH, type MapLayout } from '../../src/lib/evidence-map/layout.ts';
import { mapSvg } from '../../src/lib/evidence-map/svg.ts';
import { FONT_SIZE, textWidth, wrapText } from '../../src/lib/evidence-map/text-fit.ts';
import type { BriefingData, Stance } from '../../src/schemas/index.ts';

const source = (id: string, publisher: string, kind: SourceEntry['kind'], reliability?: SourceEntry['reliability']) =>
  [
    id,
    { id, title: `${publisher} report`, publisher, kind, ...(reliability ? { reliability } : {}) } as SourceEntry,
  ] as const;

const SOURCES = new Map<string, SourceEntry>([
  source('outlet', 'SC Media UK', 'news-report', 'B'),
  source('panel', 'United Nations Security Council', 'official-report', 'A'),
  source('agency', 'Korean Central News Agency (KCNA)', 'state-media'),
  source('wire', 'Associated Press (AP)', 'news-report'),
  source('hostile', '<script>alert(1)</script> & "Co"', 'other'),
]);

const cite = (sourceId: string, stance: Stance, via?: string) => ({
  source: sourceId,
  stance,
  ...(via ? { via } : {}),
});

/** The sample's UN-estimate claim in small: one outlet, and three sources seen through it. */
const DATA = {
  title: 'Estimate denied',
  summary: 'A summary.',
  published: '2026-11-20',
  claims: [
    {
      id: 'estimate',
      text: 'A UN panel estimated that cyber-actors raised up to two billion US dollars.',
      status: 'denied',
      quantities: [],
      citations: [
        cite('outlet', 'supports'),
        cite('panel', 'supports', 'outlet'),
        cite('agency', 'disputes', 'outlet'),
        cite('wire', 'context', 'outlet'),
      ],
    },
    {
      id: 'other',
      text: 'A second claim.',
      status: 'reported',
      quantities: [],
      citations: [cite('hostile', 'supports', 'panel')],
    },
  ],
} as unknown as BriefingData;

const view = buildBriefingView('estimate-denied', DATA, ['estimate', 'other'], SOURCES);
const claim = view.claimsById.get('estimate')!;
const sourceHref = (id: string) => `/sources/${id}/`;
const claimHref = (anchor: string) => `/briefings/estimate-denied/#${anchor}`;

/** What a reader of the markup finds: boxes, lines and words. */
function read(svg: string) {
  return {
    sources: [...svg.matchAll(/<a href="([^"]+)" data-map-source="([^"]+)" data-group="([^"]+)">(.*?)<\/a>/g)].map(
      ([, href, id, group, inner]) => ({
        href,
        id,
        group,
        text: [...inner!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]).join(' '),
      }),
    ),
    edges: [...svg.matchAll(/data-edge="([^"]+)" data-from="([^"]+)" data-to="([^"]+)"/g)].map(
      ([, kind, from, to]) => `${from} ${kind} ${to}`,
    ),
  };
}

function overlaps(layout: MapLayout): string[] {
  const found: string[] = [];
  for (const [index, a] of layout.nodes.entries())
    for (const b of layout.nodes.slice(index + 1))
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        found.push(`${a.id} overlaps ${b.id}`);
  return found;
}

describe('a claim’s evidence map', () => {
  const graph = claimGraph(claim);
  const svg = mapSvg(layoutClaim(graph), {
    id: 'map',
    title: 'Evidence map',
    description: describeClaim(graph),
    sourceHref,
    claimHref,
  });
  const { sources, edges } = read(svg);

  it('groups the claim’s sources by stance, each a link to its page', () => {
    expect(sources.map(({ id, group, href }) => `${id} ${group} ${href}`)).toEqual([
      'outlet supports /sources/outlet/',
      'panel supports /sources/panel/',
      'agency disputes /sources/agency/',
      'wire context /sources/wire/',
    ]);
    expect(svg).toContain('>Supports</text>');
    expect(svg).toContain('>Disputes</text>');
    expect(svg).toContain('>Context</text>');
  });

  it('draws an edge from every citation to the claim, and from every source to the outlet it was seen through', () => {
    expect(edges).toEqual([
      'outlet supports estimate',
      'panel supports estimate',
      'agency disputes estimate',
      'wire context estimate',
      'panel via outlet',
      'agency via outlet',
      'wire via outlet',
    ]);
  });

  it('labels each source with its note number, publisher, kind and reliability, and marks the single origin', () => {
    expect(sources[0]!.text).toBe('[1] SC Media UK News report, reliability B 3 sources seen through it');
    expect(sources[2]!.text).toContain('State media');
    expect(sources[2]!.text).not.toContain('reliability');
  });

  it('says the same in words', () => {
    expect(describeClaim(graph)).toBe(
      'The claim is denied. Supports: SC Media UK (news report, reliability B); United Nations Security Council (official report, reliability A), seen through SC Media UK. Disputes: Korean Central News Agency (KCNA) (state media), seen through SC Media UK. Context: Associated Press (AP) (news report), seen through SC Media UK. 3 of the sources were seen through SC Media UK.',
    );
    expect(svg).toContain('role="group" aria-labelledby="map-t" aria-describedby="map-d"');
  });

  it('keeps every box apart, inside the picture, and the picture exactly as wide as a phone’s column', () => {
    const layout = layoutClaim(graph);
    expect(overlaps(layout)).toEqual([]);
    for (const node of layout.nodes) expect(node.x + node.width).toBeLessThanOrEqual(MAP_WIDTH);
    expect(svg).toMatch(
      new RegExp(`^<svg id="map" class="em" width="${MAP_WIDTH}" height="\\d+" viewBox="0 0 ${MAP_WIDTH} \\d+"`),
    );
  });

  it('is drawn the same way every time', () => {
    expect(
      mapSvg(layoutClaim(claimGraph(claim)), {
        id: 'map',
        title: 'Evidence map',
        description: describeClaim(graph),
        sourceHref,
        claimHref,
      }),
    ).toBe(svg);
  });
});

describe('a briefing’s evidence map', () => {
  const graph = briefingGraph(view);
  const layout = layoutBriefing(graph);
  const svg = mapSvg(layout, {
    id: 'map',
    title: 'Evidence map',
    description: describeBriefing(graph),
    sourceHref,
    claimHref,
  });

  it('shows every claim, linked to its words in the briefing, and every source, the outlets seen through included', () => {
    expect(svg).toContain(
      '<a href="/briefings/estimate-denied/#claim-estimate" data-map-claim="estimate" data-group="denied">',
    );
    expect(read(svg).sources.map((node) => node.id)).toEqual(['outlet', 'panel', 'agency', 'wire', 'hostile']);
    expect(overlaps(layout)).toEqual([]);
  });

  it('joins claims to sources by stance and sources to their outlets, with a legend in words', () => {
    expect(read(svg).edges).toContain('agency disputes estimate');
    expect(read(svg).edges).toContain('hostile via panel');
    for (const word of ['supports', 'disputes', 'context']) expect(svg).toContain(`>${word}</text>`);
    expect(describeBriefing(graph)).toBe(
      '2 claims and 5 sources. Disputed by a source: claim 1. 3 of the sources were seen through SC Media UK. The briefing’s claim ledger and its list of sources give the same in full.',
    );
  });

  it('escapes an editor’s markup, in labels and titles alike', () => {
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;Co&#34;');
  });
});

describe('fitting labels', () => {
  it('wraps at spaces within the width and never past the line limit', () => {
    const lines = wrapText('Korean Central News Agency of the Democratic People’s Republic of Korea', 120, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(120);
    expect(lines[1]).toMatch(/…$/);
  });

  it('cuts a word too long for any line', () => {
    const [line] = wrapText('Donaudampfschifffahrtsgesellschaftskapitän', 80, 1);
    expect(textWidth(line!)).toBeLessThanOrEqual(80);
    expect(line).toMatch(/^Donau.*…$/);
  });

  it('leaves a label that fits alone', () => {
    expect(wrapText('  SC Media UK ', 200, 2)).toEqual(['SC Media UK']);
    expect(textWidth('W')).toBeGreaterThan(FONT_SIZE * 0.9);
  });
});
