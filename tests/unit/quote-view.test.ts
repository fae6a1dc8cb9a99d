import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshotFiles } from '../../src/checker/project-files-fs.ts';
import { buildBriefingView, type CitationUse, type SourceEntry } from '../../src/lib/briefing-view.ts';
import { claimRecord, claimRecordSchema } from '../../src/outputs/claim-record.ts';
import { siteUrls } from '../../src/outputs/site-urls.ts';
import { snapshotAnchorer } from '../../src/lib/quotes/quote-anchor.ts';
import { quoteBlockHtml, quoteInlineHtml, searchableQuotes } from '../../src/lib/quotes/quote-html.ts';
import { sourceCardHtml } from '../../src/lib/source-card-html.ts';
import { briefingSchema, citationSchema, sourceSchema, type SourceInput } from '../../src/schemas/index.ts';
import type { z } from 'astro/zod';

type CitationInput = z.input<typeof citationSchema>;

const SNAPSHOTS = new Map([
  ['korean.txt', '항만청은 2월에 곡물 120만 톤이 항구를 떠났다고 밝혔다.\n'],
  ['wire.txt', 'Shipments are on schedule, a spokesperson said. Officials said shipments are on schedule again.\n'],
]);

function source(id: string, input: SourceInput): [string, SourceEntry] {
  return [id, { ...sourceSchema.parse(input), id }];
}

const SOURCES = new Map<string, SourceEntry>([
  source('korean', {
    title: '곡물 선적',
    publisher: 'Harbour Gazette',
    kind: 'news-report',
    url: 'https://ko.example.org/grain',
    archive: { url: 'https://web.archive.org/web/20240303000000/https://ko.example.org/grain', date: '2024-03-03' },
    language: 'ko',
    snapshot: 'korean.txt',
  }),
  source('wire', {
    title: 'Wire story',
    publisher: 'Example Wire',
    kind: 'news-report',
    url: 'https://wire.example.org/story#top',
    language: 'en',
    snapshot: 'wire.txt',
  }),
  source('unlinked', { title: 'Statement', publisher: 'Ministry', kind: 'official-statement', snapshot: 'wire.txt' }),
  source('hostile', {
    title: 'Hostile',
    publisher: 'Hostile',
    kind: 'other',
    url: 'javascript:alert(1)',
    snapshot: 'wire.txt',
  }),
  source('letter', { title: 'Letter', publisher: 'Ministry', kind: 'other', language: 'ru' }),
]);

/** The uses of a one-claim briefing citing the given citations, with snapshots to anchor in. */
function uses(citations: CitationInput[], anchorIn = snapshotAnchorer(SNAPSHOTS)): CitationUse[] {
  const data = briefingSchema.parse({
    title: 'Grain',
    summary: 'Grain.',
    published: '2024-03-12',
    claims: [{ id: 'grain', text: 'Grain left the port.', status: 'reported', citations }],
  });
  return buildBriefingView('grain', data, ['grain'], SOURCES, anchorIn).claims[0]!.uses;
}

const KOREAN: CitationInput = {
  source: 'korean',
  quote: '곡물 120만 톤이 항구를',
  translation: '1.2 million tonnes of grain <left> the port',
  translator: 'machine',
};

describe('a quote on the page', () => {
  it('links to the archive copy at the quote, in the snapshot’s words, when the source has one', () => {
    const [use] = uses([KOREAN]);
    expect(use?.quoteUrl).toBe(
      `https://web.archive.org/web/20240303000000/https://ko.example.org/grain#:~:text=${encodeURIComponent('곡물 120만 톤이 항구를')}`,
    );
    expect(use?.quoteTarget).toBe('archive');
    expect(use?.selector).toEqual({
      type: 'TextQuoteSelector',
      exact: '곡물 120만 톤이 항구를',
      prefix: '항만청은 2월에 ',
      suffix: ' 떠났다고 밝혔다.\n',
    });
  });

  it('links to the source’s own address, its fragment replaced, when there is no archive copy, and adds context when the quote occurs twice', () => {
    const [use] = uses([{ source: 'wire', quote: 'shipments are on schedule' }]);
    expect(use?.quoteTarget).toBe('source');
    expect(use?.quoteUrl).toBe(
      'https://wire.example.org/story#:~:text=Shipments%20are%20on%20schedule,-%2C%20a%20spokesperson',
    );
    expect(use?.selector?.exact).toBe('Shipments are on schedule');
  });

  it('gives a selector but no link when the source has no address, or one that is not http(s)', () => {
    for (const id of ['unlinked', 'hostile']) {
      const [use] = uses([{ source: id, quote: 'shipments are on schedule' }]);
      expect(use?.selector?.exact).toBe('Shipments are on schedule');
      expect(use?.quoteUrl).toBeUndefined();
    }
  });

  it('anchors a quote in its via source’s snapshot, and links to that source, when its own source has none', () => {
    const [use] = uses([{ source: 'letter', via: 'wire', quote: 'officials said shipments' }]);
    expect(use?.selector?.exact).toBe('Officials said shipments');
    expect(use?.quoteUrl).toMatch(/^https:\/\/wire\.example\.org\/story#:~:text=Officials/);
    expect(use?.quoteLanguage).toBe('en');
  });

  it('has neither selector nor link for a quote without a snapshot or not in it', () => {
    const [missing, absent] = uses([
      { source: 'letter', quote: 'нет снимка текста' },
      { source: 'wire', quote: 'words that are not there' },
    ]);
    expect(missing?.selector).toBeUndefined();
    expect(missing?.quoteLanguage).toBe('ru');
    expect(absent?.selector).toBeUndefined();
    expect(absent?.quoteUrl).toBeUndefined();
  });

  it('shows the original in its language beside the English translation, naming the translator, all escaped', () => {
    const [use] = uses([KOREAN]);
    const html = quoteBlockHtml(use!, 'card-quote');
    expect(html).toContain('<blockquote class="card-quote" lang="ko"><p>곡물 120만 톤이 항구를</p></blockquote>');
    expect(html).toContain(
      '<blockquote class="card-quote quote-translation" lang="en"><p>1.2 million tonnes of grain &#60;left&#62; the port</p></blockquote>',
    );
    expect(html).toContain('<p class="quote-translator" lang="en">English: machine translation</p>');
    expect(html).toContain('Passage in the archived copy</a>');
    expect(html).not.toContain('<left>');
    const inline = quoteInlineHtml({ ...use!, translator: 'Jane Kim' });
    expect(inline).toMatch(/^<q lang="ko">곡물 120만 톤이 항구를<\/q> <span class="quote-translation" lang="en">/);
    expect(inline).toContain(', translated by Jane Kim)</span>');
  });

  it('puts the quote and its link in the source card, and never a link for a hostile address', () => {
    const [korean, hostile] = uses([KOREAN, { source: 'hostile', quote: 'shipments are on schedule' }]);
    const card = sourceCardHtml(korean!, false, (id) => `/sources/${id}/`);
    expect(card).toContain('class="quote-link" href="https://web.archive.org/web/20240303000000/');
    expect(sourceCardHtml(hostile!, false, (id) => `/sources/${id}/`)).not.toContain('quote-link');
  });

  it('gives a card one way out to the evidence: the passage it links, or else the source and its archived copy', () => {
    const [quoted, unquoted] = uses([KOREAN, { source: 'wire', locator: 'para. 2' }]);
    const passage = sourceCardHtml(quoted!, false, (id) => `/sources/${id}/`);
    expect(passage).toContain('Passage in the archived copy</a>');
    expect(passage).not.toContain('card-links');
    const links = sourceCardHtml(unquoted!, false, (id) => `/sources/${id}/`);
    expect(links).toContain(
      '<p class="card-links"><a href="https://wire.example.org/story#top" rel="noopener noreferrer">Source</a>',
    );
    // Either way the card's number leads to the note, which has both addresses.
    for (const card of [passage, links]) expect(card).toMatch(/<a class="card-number" href="#note-\d+"/);
  });

  it('indexes every quote and translation of a claim for search', () => {
    expect(searchableQuotes(uses([KOREAN, { source: 'wire', quote: 'on schedule, a spokesperson' }]))).toBe(
      '곡물 120만 톤이 항구를 … 1.2 million tonnes of grain <left> the port … on schedule, a spokesperson',
    );
  });
});

describe('a quote in the exports', () => {
  it('carries its translation, translator, TextQuoteSelector and link, and fits the export schema', () => {
    const data = briefingSchema.parse({
      title: 'Grain',
      summary: 'Grain.',
      published: '2024-03-12',
      claims: [{ id: 'grain', text: 'Grain left the port.', status: 'reported', citations: [KOREAN] }],
    });
    const view = buildBriefingView('grain', data, ['grain'], SOURCES, snapshotAnchorer(SNAPSHOTS));
    const record = claimRecord('grain', view.claims[0]!, SOURCES, siteUrls('https://news.example.org'));
    const [citation] = record.citations;
    expect(citation).toMatchObject({
      quote: '곡물 120만 톤이 항구를',
      translation: '1.2 million tonnes of grain <left> the port',
      translator: 'machine',
      selector: { type: 'TextQuoteSelector', exact: '곡물 120만 톤이 항구를', prefix: '항만청은 2월에 ' },
      quoteUrl: expect.stringMatching(/^https:\/\/web\.archive\.org\/.*#:~:text=/) as unknown,
    });
    expect(claimRecordSchema.parse(record)).toEqual(record);
  });
});

describe('snapshots as the site reads them', () => {
  it('are the checker’s: text files only, never through a link', async () => {
    const root = await mkdtemp(join(tmpdir(), 'snapshots-'));
    try {
      const folder = join(root, 'content/snapshots');
      await mkdir(join(folder, 'pdfs'), { recursive: true });
      await writeFile(join(folder, 'a.txt'), 'plain text');
      await writeFile(join(folder, 'pdfs/b.md'), '[page 1]\n\nmarkdown');
      await writeFile(join(folder, 'a.original.html'), '<p>kept original</p>');
      await writeFile(join(root, 'secret.txt'), 'outside the project');
      await symlink(join(root, 'secret.txt'), join(folder, 'linked.txt'));
      expect(await readSnapshotFiles(root)).toEqual(
        new Map([
          ['a.txt', 'plain text'],
          ['pdfs/b.md', '[page 1]\n\nmarkdown'],
        ]),
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
