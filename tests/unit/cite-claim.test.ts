import { describe, expect, it } from 'vitest';
import { bibtexClaimCitation, cslClaimCitation, plainClaimCitation } from '../../src/outputs/cite-claim.ts';

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
