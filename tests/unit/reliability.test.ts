import { describe, expect, it } from 'vitest';
import { buildBriefingView, type SourceEntry } from '../../src/lib/briefing-view.ts';
import { siteUrls } from '../../src/outputs/site-urls.ts';
import { sourceRecord } from '../../src/outputs/source-record.ts';
import { stixBundle, type StixOpinion } from '../../src/outputs/stix.ts';
import { briefingFacets, sourceFacets } from '../../src/lib/search-facets.ts';
import { sourceCardHtml } from '../../src/lib/source-card-html.ts';
import { briefingSchema, sourceSchema, type SourceInput } from '../../src/schemas/index.ts';

function source(id: string, input: SourceInput): SourceEntry {
  return { ...sourceSchema.parse(input), id };
}

const SOURCES = new Map<string, SourceEntry>([
  ['wire', source('wire', { title: 'Wire', publisher: 'Wire', kind: 'news-report', reliability: 'B' })],
  ['agency', source('agency', { title: 'Agency', publisher: 'Agency', kind: 'state-media' })],
]);
const VIEW = buildBriefingView(
  'b',
  briefingSchema.parse({
    title: 'T',
    summary: 'S.',
    published: '2024-03-01',
    claims: [
      {
        id: 'c',
        text: 'C.',
        status: 'reported',
        citations: [{ source: 'wire' }, { source: 'agency', stance: 'context' }],
      },
    ],
  }),
  ['c'],
  SOURCES,
);
const urls = siteUrls('https://news.example.org');

describe('source reliability on the Admiralty scale', () => {
  it('accepts A to F and refuses any other grade', () => {
    for (const grade of ['A', 'B', 'C', 'D', 'E', 'F'])
      expect(sourceSchema.safeParse({ title: 'T', publisher: 'P', kind: 'other', reliability: grade }).success).toBe(
        true,
      );
    for (const grade of ['G', 'a', 1, 'B1'])
      expect(sourceSchema.safeParse({ title: 'T', publisher: 'P', kind: 'other', reliability: grade }).success).toBe(
        false,
      );
  });

  it('shows a badge with the grade and its meaning on the cards of graded sources only', () => {
    const [graded, ungraded] = VIEW.claims[0]!.uses.map((use) => sourceCardHtml(use, false, (id) => `/sources/${id}/`));
    expect(graded).toContain('Reliability B<span class="visually-hidden">: Usually reliable</span>');
    expect(ungraded).not.toContain('reliability');
  });

  it('is a search filter on briefings and source pages', () => {
    expect(briefingFacets(VIEW)['Source reliability']).toEqual(['B: Usually reliable']);
    expect(sourceFacets(VIEW.notes[0]!.source)['Source reliability']).toEqual(['B: Usually reliable']);
    expect(sourceFacets(VIEW.notes[1]!.source)['Source reliability']).toEqual([]);
  });

  it('is in the JSON exports and, as MISP writes it, in the STIX bundle', () => {
    expect(sourceRecord(SOURCES.get('wire')!, urls).reliability).toBe('B');
    expect(sourceRecord(SOURCES.get('agency')!, urls)).not.toHaveProperty('reliability');
    const opinions = stixBundle(VIEW, SOURCES, { name: 'P', url: urls.root }, urls).objects.filter(
      (object): object is StixOpinion => object.type === 'opinion',
    );
    expect(opinions[0]!.labels).toContain('admiralty-scale:source-reliability="b"');
    expect(opinions[1]!.labels?.some((label) => label.startsWith('admiralty-scale'))).toBe(false);
  });
});
