import { describe, expect, it } from 'vitest';
import { buildBriefingView, type SourceEntry } from '../../src/lib/briefing-view.ts';
import { bibtexFile, cslFile } from '../../src/outputs/citation-files.ts';
import { bibtexClaimCitation, cslClaimCitation, plainClaimCitation } from '../../src/outputs/cite-claim.ts';
import { siteUrls } from '../../src/outputs/site-urls.ts';
import { briefingSchema, sourceSchema } from '../../src/schemas/index.ts';

const CITATION = {
  briefing: {
    slug: 'grain',
    title: 'Grain exports rise',
    authors: ['Fixture desk'],
    published: '2024-03-12',
    updated: '2024-03-14',
    url: 'https://news.example.org/briefings/grain/',
    publication: 'Example Briefings',
  },
  claimId: 'tonnes',
  claimText: 'The ministry said 1.2 million tonnes {of} grain were shipped & 5% more.',
  claimUrl: 'https://news.example.org/briefings/grain/#claim-tonnes',
};

describe('cite this claim', () => {
  it('names the claim, the briefing, the date and the claim address in plain text', () => {
    expect(plainClaimCitation(CITATION)).toBe(
      'Fixture desk. “The ministry said 1.2 million tonnes {of} grain were shipped & 5% more.” Claim in “Grain exports rise”. Example Briefings, 12 March 2024, updated 14 March 2024. https://news.example.org/briefings/grain/#claim-tonnes',
    );
  });

  it('writes a BibTeX entry with a key of its own and BibTeX syntax escaped', () => {
    expect(bibtexClaimCitation(CITATION)).toBe(
      [
        '@online{examplebriefings-grain-tonnes,',
        '  title = {The ministry said 1.2 million tonnes \\{of\\} grain were shipped \\& 5\\% more.},',
        '  titleaddon = {Claim in “Grain exports rise”},',
        '  author = {Fixture desk},',
        '  organization = {Example Briefings},',
        '  date = {2024-03-14},',
        '  year = {2024},',
        '  month = {03},',
        '  url = {https://news.example.org/briefings/grain/#claim-tonnes}',
        '}',
      ].join('\n'),
    );
  });

  it('writes a CSL-JSON web page inside the briefing, as Zotero and Pandoc import it', () => {
    expect(cslClaimCitation(CITATION)).toEqual({
      id: 'grain#tonnes',
      type: 'webpage',
      title: CITATION.claimText,
      'container-title': 'Grain exports rise',
      publisher: 'Example Briefings',
      genre: 'Claim',
      author: [{ literal: 'Fixture desk' }],
      issued: { 'date-parts': [[2024, 3, 14]] },
      URL: 'https://news.example.org/briefings/grain/#claim-tonnes',
    });
  });
});

describe('a briefing’s citation files', () => {
  const HOSTILE = '</title><script>alert(1)</script> {x} & 5%';
  const sources = new Map<string, SourceEntry>([
    ['wire', { ...sourceSchema.parse({ title: 'Wire', publisher: 'Wire', kind: 'news-report' }), id: 'wire' }],
  ]);
  const view = buildBriefingView(
    'grain',
    briefingSchema.parse({
      title: `Grain ${HOSTILE}`,
      summary: 'S.',
      authors: ['Fixture desk'],
      published: '2024-03-12',
      claims: [
        { id: 'tonnes', text: `Tonnes ${HOSTILE}`, status: 'reported', citations: [{ source: 'wire' }] },
        { id: 'ports', text: 'Two ports reopened.', status: 'confirmed', citations: [{ source: 'wire' }] },
      ],
    }),
    ['ports', 'tonnes'],
    sources,
  );
  const urls = siteUrls('https://news.example.org');

  it('hold the briefing’s entry first, then each claim’s in reading order, under the keys the page names', () => {
    const bibtex = bibtexFile(view, urls, 'Example Briefings');
    expect([...bibtex.matchAll(/^@online\{([^,]+),$/gm)].map((match) => match[1])).toEqual([
      'examplebriefings-grain',
      'examplebriefings-grain-ports',
      'examplebriefings-grain-tonnes',
    ]);
    expect(bibtex).toContain('  url = {https://news.example.org/briefings/grain/#claim-tonnes}');
    expect(cslFile(view, urls, 'Example Briefings').map((item) => [item.id, item.URL])).toEqual([
      ['grain', 'https://news.example.org/briefings/grain/'],
      ['grain#ports', 'https://news.example.org/briefings/grain/#claim-ports'],
      ['grain#tonnes', 'https://news.example.org/briefings/grain/#claim-tonnes'],
    ]);
  });

  it('write an editor’s markup and BibTeX syntax as text, never as markup or syntax', () => {
    const bibtex = bibtexFile(view, urls, 'Example Briefings');
    expect(bibtex).not.toMatch(/[<>]/);
    expect(bibtex).toContain(
      '\\textless{}/title\\textgreater{}\\textless{}script\\textgreater{}alert(1)\\textless{}/script\\textgreater{} \\{x\\} \\& 5\\%',
    );
    const csl = cslFile(view, urls, 'Example Briefings');
    expect(csl[2]?.title).toBe(`Tonnes ${HOSTILE}`);
  });
});
