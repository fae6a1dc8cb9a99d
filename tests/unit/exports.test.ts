import { getRssString } from '@astrojs/rss';
import fc from 'fast-check';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { buildBriefingView, type SourceEntry } from '../../src/lib/briefing-view.ts';
import { claimsFile, claimsFileFromPacks, claimsFileSchema } from '../../src/outputs/claims-file.ts';
import { jsonFileText } from '../../src/outputs/responses.ts';
import { cslItem, cslLibrary } from '../../src/outputs/csl.ts';
import { evidencePack, evidencePackSchema } from '../../src/outputs/evidence-pack.ts';
import { feedOptions } from '../../src/outputs/feed.ts';
import { safeJson } from '../../src/outputs/safe-json.ts';
import { sitemapXml } from '../../src/outputs/sitemap.ts';
import { siteUrls } from '../../src/outputs/site-urls.ts';
import { sourcesFile, sourcesFileSchema } from '../../src/outputs/sources-file.ts';
import { escapeXml, xmlCharacters } from '../../src/outputs/xml.ts';
import { briefingJsonLd, jsonLdScriptText, sourceJsonLd } from '../../src/outputs/json-ld.ts';
import { briefingSchema, sourceSchema, type BriefingInput, type SourceInput } from '../../src/schemas/index.ts';

/** Every way an editor's string could try to become markup or end an element early. */
const HOSTILE = `</script><script>alert("x")</script> & <img src=x onerror=alert(1)> "q" 'a' \u2028\u2029 ]]> &amp;`;

const urls = siteUrls('https://news.example.org');
const publication = { name: 'Example Briefings', url: urls.root };

function source(id: string, input: SourceInput): SourceEntry {
  return { ...sourceSchema.parse(input), id };
}

const SOURCES = new Map<string, SourceEntry>(
  [
    source('wire', {
      title: 'Wire story',
      publisher: 'Example Wire',
      kind: 'news-report',
      published: '2024-03',
      url: 'https://wire.example.com/story',
      archive: { url: 'https://web.archive.org/web/20240302000000/https://wire.example.com/story', date: '2024-03-02' },
      accessed: '2024-03-05',
      authors: ['Ann Writer'],
      language: 'en',
    }),
    source('ministry', {
      title: 'Ministry statement',
      publisher: 'Ministry of Examples',
      kind: 'official-statement',
      published: '2024',
      identifiers: { 'un-symbol': 'S/2024/1', doi: '10.1000/xyz', handle: '123/456' },
    }),
    source('hostile', {
      title: HOSTILE,
      publisher: HOSTILE,
      kind: 'other',
      url: 'javascript:alert(1)',
      archive: { url: 'data:text/html,<script>alert(1)</script>', date: '2024-01-02' },
      authors: [HOSTILE],
      notes: HOSTILE,
    }),
  ].map((entry) => [entry.id, entry]),
);

function view(slug: string, input: BriefingInput, marked: string[] = []) {
  return buildBriefingView(slug, briefingSchema.parse(input), marked, SOURCES);
}

const BRIEFING = view('grain', {
  title: 'Grain exports rise',
  summary: 'The ministry says exports rose.',
  published: '2024-03-12',
  updated: '2024-03-14',
  authors: ['Fixture desk'],
  topics: ['trade'],
  corrections: [{ date: '2024-03-14', text: 'An earlier version misnamed the port.' }],
  claims: [
    { id: 'rise', text: 'Exports rose.', status: 'confirmed', citations: [{ source: 'wire' }, { source: 'ministry' }] },
    { id: 'schedule', text: 'Shipments are on schedule.', status: 'reported', citations: [{ source: 'ministry' }] },
    {
      id: 'record',
      text: 'Exports were a record.',
      status: 'false',
      citations: [{ source: 'ministry', stance: 'disputes', via: 'wire' }],
    },
  ],
});

const HOSTILE_BRIEFING = view('hostile', {
  title: HOSTILE,
  summary: HOSTILE,
  published: '2024-03-13',
  authors: [HOSTILE],
  corrections: [{ date: '2024-03-13', text: HOSTILE }],
  claims: [
    {
      id: 'hostile',
      text: HOSTILE,
      status: 'denied',
      note: HOSTILE,
      citations: [{ source: 'hostile', stance: 'disputes', quote: HOSTILE, locator: HOSTILE }],
    },
  ],
});

/** The elements of an HTML document, parsed as a browser would. */
function elements(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    found.push(node);
  });
  return found;
}

function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

describe('safe JSON', () => {
  it('reads back exactly as written while holding no <, >, &, U+2028 or U+2029', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        for (const written of [safeJson(value), safeJson({ text }, 2)])
          expect(written).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(safeJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
        expect((JSON.parse(safeJson({ text }, 2)) as { text: string }).text).toBe(text);
      }),
    );
  });
});

describe('JSON-LD', () => {
  const graph = (
    briefingJsonLd(BRIEFING, urls, { name: 'Example desk', language: 'en-GB' }) as {
      '@graph': Record<string, unknown>[];
    }
  )['@graph'];

  it('describes the briefing as a NewsArticle with its dates, byline and publisher', () => {
    expect(graph[0]).toMatchObject({
      '@type': 'NewsArticle',
      '@id': 'https://news.example.org/briefings/grain/#article',
      headline: 'Grain exports rise',
      description: 'The ministry says exports rose.',
      datePublished: '2024-03-12',
      dateModified: '2024-03-14',
      author: [{ '@type': 'Person', name: 'Fixture desk' }],
      publisher: { '@type': 'Organization', name: 'Example desk', url: 'https://news.example.org/' },
      correction: [{ '@type': 'CorrectionComment', datePublished: '2024-03-14' }],
    });
  });

  it('cites every source, the one seen through included, by the CreativeWork of its page and its title', () => {
    expect(graph[0]!['citation']).toEqual([
      { '@type': 'CreativeWork', '@id': 'https://news.example.org/sources/wire/', name: 'Wire story' },
      { '@type': 'CreativeWork', '@id': 'https://news.example.org/sources/ministry/', name: 'Ministry statement' },
    ]);
  });

  it('describes a source in full on its own page, with its vetted addresses, under the @id briefings cite', () => {
    const wire = BRIEFING.claims.flatMap((claim) => claim.uses).find((use) => use.source.id === 'wire')!.source;
    expect(sourceJsonLd(wire, urls)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      '@id': 'https://news.example.org/sources/wire/',
      name: 'Wire story',
      publisher: { '@type': 'Organization', name: wire.publisher },
      author: [{ '@type': 'Person', name: 'Ann Writer' }],
      url: 'https://wire.example.com/story',
      archivedAt: 'https://web.archive.org/web/20240302000000/https://wire.example.com/story',
      datePublished: '2024-03',
    });
  });

  it('reviews only the claims with a verdict, each identified by its address, its status the rating', () => {
    const reviews = graph.filter((node) => node['@type'] === 'ClaimReview');
    expect(reviews.map((review) => [review['@id'], review['url'], review['reviewRating']])).toEqual([
      [
        'https://news.example.org/briefings/grain/#claim-rise',
        'https://news.example.org/briefings/grain/#claim-rise',
        { '@type': 'Rating', alternateName: 'confirmed' },
      ],
      [
        'https://news.example.org/briefings/grain/#claim-record',
        'https://news.example.org/briefings/grain/#claim-record',
        { '@type': 'Rating', alternateName: 'false' },
      ],
    ]);
    expect(reviews[0]).toMatchObject({ claimReviewed: 'Exports rose.', itemReviewed: { '@type': 'Claim' } });
  });

  it('cannot be ended by an editor’s string: the script element holds all of it, and it parses back exactly', () => {
    const data = briefingJsonLd(HOSTILE_BRIEFING, urls, { name: HOSTILE, language: 'en' });
    const text = jsonLdScriptText(data);
    const html = `<!doctype html><head><script type="application/ld+json">${text}</script></head><body><p>after</p>`;
    const scripts = elements(html).filter((node) => node.tagName === 'script');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(textOf(scripts[0]!))).toEqual(JSON.parse(JSON.stringify(data)));
    const [article, review] = (JSON.parse(text) as { '@graph': Record<string, unknown>[] })['@graph'];
    expect(article).toMatchObject({ headline: HOSTILE, description: HOSTILE, author: [{ name: HOSTILE }] });
    expect(review).toMatchObject({ claimReviewed: HOSTILE, reviewRating: { alternateName: 'denied' } });
    // The hostile source's javascript: and data: addresses are no link, on its page either.
    expect(JSON.stringify(article!['citation'])).not.toMatch(/javascript:|data:/);
    const source = sourceJsonLd(HOSTILE_BRIEFING.claims[0]!.uses[0]!.source, urls);
    expect(source).toMatchObject({ name: HOSTILE, publisher: { name: HOSTILE } });
    expect(source).not.toHaveProperty('url');
    expect(source).not.toHaveProperty('archivedAt');
    expect(JSON.parse(jsonLdScriptText(source))).toEqual(JSON.parse(JSON.stringify(source)));
    expect(JSON.stringify(source)).not.toMatch(/javascript:|data:/);
  });
});

describe('the feed', () => {
  it('escapes every editor’s string and drops characters XML cannot carry', async () => {
    const xml = await getRssString(
      feedOptions([HOSTILE_BRIEFING], { name: 'Feed', description: 'Feed', language: 'en' }, urls),
    );
    expect(xml).not.toMatch(/<script|<img|\]\]>/);
    const withControl = view('control', {
      title: 'A title\u0001 with a control character',
      summary: 'Summary\u0008.',
      published: '2024-03-13',
      claims: [{ id: 'a', text: 'A claim\uFFFE.', status: 'reported', citations: [{ source: 'wire' }] }],
    });
    const controlled = await getRssString(
      feedOptions([withControl], { name: 'Feed', description: 'Feed', language: 'en' }, urls),
    );
    expect(controlled).toContain('<title>A title with a control character</title>');
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be absent
    expect(controlled).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('lists claims with their status and dates each correction in the item', async () => {
    const xml = await getRssString(
      feedOptions([BRIEFING], { name: 'Feed', description: 'Feed', language: 'en' }, urls),
    );
    expect(xml).toContain('&lt;strong&gt;Confirmed&lt;/strong&gt;: Exports rose.');
    expect(xml).toContain(
      '&lt;time datetime=&quot;2024-03-14&quot;&gt;14 March 2024&lt;/time&gt;: An earlier version misnamed the port.',
    );
    expect(xml).toContain('<dc:creator>Fixture desk</dc:creator>');
    expect(xml).toContain('<atom:link href="https://news.example.org/rss.xml" rel="self" type="application/rss+xml"/>');
  });

  it('escapes the five XML specials by name', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(xmlCharacters('a\u0000b\uD800c\uD83D\uDE00')).toBe('abc\uD83D\uDE00');
  });
});

describe('the sitemap', () => {
  it('escapes addresses', () => {
    expect(sitemapXml([{ loc: 'https://x.example/?a=1&b=<2>', lastmod: '2024-03-01' }])).toContain(
      '<url><loc>https://x.example/?a=1&amp;b=&lt;2&gt;</loc><lastmod>2024-03-01</lastmod></url>',
    );
  });
});

describe('CSL-JSON', () => {
  it('maps a news report to a newspaper article with partial dates, authors as literal names and the archive copy', () => {
    expect(cslItem(SOURCES.get('wire')!)).toEqual({
      id: 'wire',
      type: 'article-newspaper',
      title: 'Wire story',
      publisher: 'Example Wire',
      'container-title': 'Example Wire',
      genre: 'News report',
      author: [{ literal: 'Ann Writer' }],
      issued: { 'date-parts': [[2024, 3]] },
      accessed: { 'date-parts': [[2024, 3, 5]] },
      URL: 'https://wire.example.com/story',
      language: 'en',
      archive: 'Internet Archive',
      archive_location: 'https://web.archive.org/web/20240302000000/https://wire.example.com/story',
      note: 'Archived copy of 2 March 2024: https://web.archive.org/web/20240302000000/https://wire.example.com/story',
    });
  });

  it('puts known identifiers in their CSL variables and the rest in the note', () => {
    expect(cslItem(SOURCES.get('ministry')!)).toMatchObject({
      type: 'document',
      issued: { 'date-parts': [[2024]] },
      number: 'S/2024/1',
      DOI: '10.1000/xyz',
      note: 'handle: 123/456',
    });
  });

  it('keeps hostile strings as they are and leaves out addresses that are not http(s)', () => {
    const item = cslItem(SOURCES.get('hostile')!);
    expect(item).toMatchObject({ title: HOSTILE, publisher: HOSTILE, author: [{ literal: HOSTILE }], note: HOSTILE });
    expect(item).not.toHaveProperty('URL');
    expect(item).not.toHaveProperty('archive_location');
    expect(cslLibrary(SOURCES.values()).map((entry) => entry.id)).toEqual(['hostile', 'ministry', 'wire']);
  });
});

describe('the JSON exports', () => {
  it('match their own zod schemas, so the published JSON Schemas describe them', () => {
    const views = [BRIEFING, HOSTILE_BRIEFING];
    const claimsText = safeJson(claimsFile(views, SOURCES, publication, urls));
    expect(claimsFileSchema.safeParse(JSON.parse(claimsText)).error).toBeUndefined();
    expect(sourcesFileSchema.safeParse(sourcesFile(views, SOURCES, publication, urls)).error).toBeUndefined();
    for (const one of views)
      expect(evidencePackSchema.safeParse(evidencePack(one, SOURCES, publication, urls)).error).toBeUndefined();
  });

  it('write claims.json the same from the evidence packs as from the briefings, byte for byte', () => {
    // A site built whole writes claims.json from the packs it wrote, read back from JSON.
    const views = [HOSTILE_BRIEFING, BRIEFING];
    const fromViews = [...jsonFileText(claimsFile(views, SOURCES, publication, urls))].join('');
    const packs = views.map(
      (one) => JSON.parse(safeJson(evidencePack(one, SOURCES, publication, urls))) as ReturnType<typeof evidencePack>,
    );
    const fromPacks = [...jsonFileText(claimsFileFromPacks(() => packs, publication, urls))].join('');
    expect(fromPacks).toBe(fromViews);
    expect((JSON.parse(fromViews) as { claims: unknown[] }).claims).toHaveLength(
      views.reduce((sum, one) => sum + one.claims.length, 0),
    );
  });

  it('resolve every citation’s source and the source it was seen through', () => {
    const claims = [...claimsFile([BRIEFING], SOURCES, publication, urls).claims];
    const record = claims.find((claim) => claim.id === 'record')!;
    expect(record.url).toBe('https://news.example.org/briefings/grain/#claim-record');
    expect(record.citations[0]).toMatchObject({
      stance: 'disputes',
      source: {
        id: 'ministry',
        page: 'https://news.example.org/sources/ministry/',
        identifiers: { doi: '10.1000/xyz' },
      },
      via: { id: 'wire', url: 'https://wire.example.com/story' },
    });
  });

  it('list the claims citing a source, the source seen through marked as such', () => {
    const wire = sourcesFile([BRIEFING], SOURCES, publication, urls).sources.find((entry) => entry.id === 'wire')!;
    expect(wire.citedBy).toEqual([
      { briefing: 'grain', claim: 'rise', url: urls.claim('grain', 'rise'), stance: 'supports', via: false },
      { briefing: 'grain', claim: 'record', url: urls.claim('grain', 'record'), stance: 'disputes', via: true },
    ]);
  });

  it('leave out every address that is not http(s)', () => {
    const pack = evidencePack(HOSTILE_BRIEFING, SOURCES, publication, urls);
    expect(pack.sources[0]).not.toHaveProperty('url');
    expect(pack.sources[0]).not.toHaveProperty('archive');
    expect(pack.sources[0]).toMatchObject({ title: HOSTILE, publisher: HOSTILE, authors: [HOSTILE], notes: HOSTILE });
  });
});
