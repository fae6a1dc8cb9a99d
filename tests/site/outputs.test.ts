import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Element as HastElement } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Page } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceInput } from '../../src/schemas/index.ts';
import { builtSite, type SiteName } from '../support/sites.ts';
import { builtFiles, fileForPath, htmlFiles, pagePaths, SITES, useSession } from './built-site.ts';
import { briefingFiles, publishedBriefings, sourceFiles, type BriefingFile } from './content.ts';

const session = useSession();

/** The `site` each publication's astro.config.mjs sets: every absolute address starts with it. */
const ORIGIN: Record<SiteName, string> = {
  sample: 'https://briefings.example.org',
  fixture: 'https://fixture.example.org',
};

/** Claim statuses that are the publication's own verdict, and so get a ClaimReview. */
const VERDICTS = ['confirmed', 'disputed', 'denied', 'false'];

/** The text of a built file, by the address it is served at. */
function built(site: SiteName, path: string): string {
  const file = fileForPath(site, path);
  if (!file) throw new Error(`the ${site} build has no ${path}`);
  return readFileSync(file, 'utf8');
}

/** A built JSON file; the type is what the test expects, which the test then checks. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the shape it expects
function builtJson<T = unknown>(site: SiteName, path: string): T {
  return JSON.parse(built(site, path)) as T;
}

/** Briefings as the site orders them: newest first, ties by slug. */
function newestFirst(site: SiteName): BriefingFile[] {
  return publishedBriefings(site).sort(
    (a, b) => String(b.data.published).localeCompare(String(a.data.published)) || a.slug.localeCompare(b.slug),
  );
}

/** An address as the exports must give it: the http(s) ones only, normalised as URL does. */
function linkable(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\//.test(url)) return undefined;
  return new URL(url).href;
}

/** The date parts CSL wants for a full or partial date as an editor typed it. */
function dateParts(date: unknown): number[] {
  return String(date).split('-').map(Number);
}

/** The fixture's hostile briefing and source, as their editor typed them. */
const hostileBriefing = briefingFiles('fixture').find((briefing) => briefing.slug === 'hostile-strings')!.data;
const hostileClaim = hostileBriefing.claims[0]!;
const hostileCitation = hostileClaim.citations[0]!;
const hostileSource = sourceFiles('fixture').get('hostile-source')!;

let page: Page;
beforeAll(async () => {
  page = await session.browser.newPage();
});
afterAll(async () => {
  await page.context().close();
});

interface FeedItem {
  title: string | null;
  link: string | null;
  guid: string | null;
  pubDate: string | null;
  creators: string[];
  categories: string[];
  /** The description read as the HTML it is, by the browser's HTML parser. */
  description: { text: string; tags: string[]; times: { datetime: string | null; text: string }[] };
}

interface Feed {
  error: string | null;
  version: string | null;
  link: string | null;
  language: string | null;
  self: string | null;
  items: FeedItem[];
}

/** Reads a feed with Chromium's XML parser, and each description with its HTML parser, as feed readers do. */
function readFeed(xml: string): Promise<Feed> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const child = (parent: Element, name: string) =>
      [...parent.children].find((element) => element.tagName === name)?.textContent ?? null;
    const channel = doc.querySelector('rss > channel');
    const items = [...doc.querySelectorAll('rss > channel > item')].map((item) => {
      const html = new DOMParser().parseFromString(child(item, 'description') ?? '', 'text/html');
      return {
        title: child(item, 'title'),
        link: child(item, 'link'),
        guid: child(item, 'guid'),
        pubDate: child(item, 'pubDate'),
        creators: [...item.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'creator')].map(
          (creator) => creator.textContent,
        ),
        categories: [...item.children].filter((e) => e.tagName === 'category').map((e) => e.textContent),
        description: {
          text: html.body.textContent,
          tags: [...html.body.querySelectorAll('*')].map((element) => element.tagName.toLowerCase()),
          times: [...html.body.querySelectorAll('time')].map((time) => ({
            datetime: time.getAttribute('datetime'),
            text: time.textContent,
          })),
        },
      };
    });
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      version: doc.documentElement.getAttribute('version'),
      link: channel && child(channel, 'link'),
      language: channel && child(channel, 'language'),
      self:
        [...(channel?.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link') ?? [])]
          .find((link) => link.getAttribute('rel') === 'self')
          ?.getAttribute('href') ?? null,
      items,
    };
  }, xml);
}

/** Reads an XML file with Chromium's parser: its parse error, and the text of every element named `tag`. */
function readXmlTexts(xml: string, tag: string): Promise<{ error: string | null; texts: string[] }> {
  return page.evaluate(
    ([text, name]) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: [...doc.getElementsByTagName(name)].map((element) => element.textContent),
      };
    },
    [xml, tag] as const,
  );
}

/** The elements of a built page, parsed as a browser parses HTML. */
function elementsOf(html: string): HastElement[] {
  const found: HastElement[] = [];
  visit(fromHtml(html), 'element', (node: HastElement) => {
    found.push(node);
  });
  return found;
}

function textOf(element: HastElement): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

type Node = Record<string, unknown>;

/** The JSON-LD blocks of a built page, as the raw text between the tags. */
function jsonLdBlocks(site: SiteName, path: string): string[] {
  return elementsOf(built(site, path))
    .filter((element) => element.tagName === 'script' && element.properties['type'] === 'application/ld+json')
    .map(textOf);
}

/** The one JSON-LD node of a source's page. */
function sourceJsonLdNode(site: SiteName, id: string): Node {
  const blocks = jsonLdBlocks(site, `/sources/${id}/`);
  expect(blocks, `/sources/${id}/ has one JSON-LD block`).toHaveLength(1);
  return JSON.parse(blocks[0]!) as Node;
}

function jsonLdGraph(site: SiteName, slug: string): Node[] {
  const blocks = jsonLdBlocks(site, `/briefings/${slug}/`);
  expect(blocks, `/briefings/${slug}/ has one JSON-LD block`).toHaveLength(1);
  return (JSON.parse(blocks[0]!) as { '@graph': Node[] })['@graph'];
}

describe.each(SITES)('the feed of the %s site', (site) => {
  it('is well-formed RSS 2.0 that names its own address and language', async () => {
    const feed = await readFeed(built(site, '/rss.xml'));
    expect(feed.error).toBeNull();
    expect(feed.version).toBe('2.0');
    expect(feed.link).toBe(`${ORIGIN[site]}/`);
    expect(feed.self).toBe(`${ORIGIN[site]}/rss.xml`);
    expect(feed.language).toBe('en-GB');
  });

  it('has one item per published briefing, newest first, and none for a draft', async () => {
    const xml = built(site, '/rss.xml');
    const feed = await readFeed(xml);
    const expected = newestFirst(site);
    expect(feed.items.map((item) => item.link)).toEqual(
      expected.map((briefing) => `${ORIGIN[site]}/briefings/${briefing.slug}/`),
    );
    expect(feed.items.map((item) => item.guid)).toEqual(feed.items.map((item) => item.link));
    expect(feed.items.map((item) => item.title)).toEqual(expected.map((briefing) => briefing.data.title));
    expect(feed.items.map((item) => new Date(item.pubDate ?? '').toISOString().slice(0, 10))).toEqual(
      expected.map((briefing) => String(briefing.data.published)),
    );
    for (const draft of briefingFiles(site).filter((briefing) => briefing.data.draft === true)) {
      expect(xml).not.toContain(draft.slug);
      expect(xml).not.toContain(draft.data.title);
    }
  });

  it('gives each item its summary, its claims with their status, and every correction with its date', async () => {
    const feed = await readFeed(built(site, '/rss.xml'));
    for (const [index, briefing] of newestFirst(site).entries()) {
      const { description, creators } = feed.items[index]!;
      expect(description.text).toContain(briefing.data.summary);
      for (const claim of briefing.data.claims) expect(description.text).toContain(claim.text);
      for (const correction of briefing.data.corrections ?? []) {
        expect(description.text).toContain(correction.text);
        expect(description.times.map((time) => time.datetime)).toContain(String(correction.date));
      }
      expect(creators).toEqual(briefing.data.authors ?? []);
    }
  });
});

describe('hostile strings in the feed', () => {
  it('come back exactly as typed, as text: titles and bylines through the XML parser, the rest through HTML too', async () => {
    const feed = await readFeed(built('fixture', '/rss.xml'));
    const item = feed.items.find((candidate) => candidate.link?.endsWith('/briefings/hostile-strings/'))!;
    expect(item.title).toBe(hostileBriefing.title);
    expect(item.creators).toEqual(hostileBriefing.authors);
    for (const typed of [hostileBriefing.summary, hostileClaim.text, hostileBriefing.corrections![0]!.text])
      expect(item.description.text).toContain(typed);
    // The only elements in a description are the feed's own; no editor's string became one.
    for (const one of feed.items)
      expect(new Set(one.description.tags)).toEqual(
        new Set(one.description.tags.filter((tag) => ['p', 'ul', 'li', 'strong', 'time'].includes(tag))),
      );
    expect(item.description.tags).not.toContain('script');
  });
});

describe.each(SITES)('crawling the %s site', (site) => {
  it('is allowed by robots.txt, which names the sitemap by its absolute address', () => {
    expect(built(site, '/robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN[site]}/sitemap.xml\n`);
  });

  it('finds in the sitemap every page a reader can visit, each once, and nothing the build lacks', async () => {
    const { error, texts } = await readXmlTexts(built(site, '/sitemap.xml'), 'loc');
    expect(error).toBeNull();
    expect(texts.every((loc) => loc.startsWith(`${ORIGIN[site]}/`))).toBe(true);
    const listed = texts.map((loc) => loc.slice(ORIGIN[site].length));
    expect(new Set(listed).size).toBe(listed.length);
    expect(new Set(listed)).toEqual(new Set(pagePaths(site).filter((path) => path !== '/404.html')));
  });

  it('gives every briefing in the sitemap the day it last changed', async () => {
    const { texts } = await readXmlTexts(built(site, '/sitemap.xml'), 'url');
    for (const briefing of publishedBriefings(site)) {
      const lastmod = String(briefing.data.updated ?? briefing.data.published);
      expect(texts).toContain(`${ORIGIN[site]}/briefings/${briefing.slug}/${lastmod}`);
    }
  });
});

describe.each(SITES)('the head of every page of the %s site', (site) => {
  it('names its canonical address and carries Open Graph and Twitter meta', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(site)) {
      const path = `/${relative(builtSite(site), file).replace(/index\.html$/, '')}`;
      const head = elementsOf(readFileSync(file, 'utf8'));
      const meta = new Map<string, string>();
      for (const element of head.filter((node) => node.tagName === 'meta')) {
        const key = element.properties['property'] ?? element.properties['name'];
        if (typeof key === 'string') meta.set(key, String(element.properties['content']));
      }
      const canonical = head.find((node) => node.tagName === 'link' && String(node.properties['rel']) === 'canonical')
        ?.properties['href'];
      if (path !== '/404.html' && canonical !== `${ORIGIN[site]}${path}`)
        problems.push(`${path}: canonical ${String(canonical)}`);
      if (meta.get('og:url') !== canonical) problems.push(`${path}: og:url ${String(meta.get('og:url'))}`);
      for (const key of [
        'description',
        'og:site_name',
        'og:title',
        'og:description',
        'og:type',
        'twitter:card',
        'twitter:title',
        'twitter:description',
      ])
        if (!meta.get(key)) problems.push(`${path}: no ${key}`);
      if (path.startsWith('/briefings/') && meta.get('og:type') !== 'article')
        problems.push(`${path}: og:type ${String(meta.get('og:type'))}`);
    }
    expect(problems).toEqual([]);
  });
});

describe.each(SITES)('the structured data of the %s site', (site) => {
  it('describes each briefing as a NewsArticle citing every source it uses by the CreativeWork of its page, described there in full', () => {
    const sources = sourceFiles(site);
    for (const briefing of publishedBriefings(site)) {
      const [article] = jsonLdGraph(site, briefing.slug);
      const { data } = briefing;
      expect(article).toMatchObject({
        '@type': 'NewsArticle',
        url: `${ORIGIN[site]}/briefings/${briefing.slug}/`,
        headline: data.title,
        description: data.summary,
        datePublished: String(data.published),
        dateModified: String(data.updated ?? data.published),
        author: (data.authors ?? []).map((name) => ({ '@type': 'Person', name })),
        publisher: { '@type': 'Organization', name: 'Corroborate Briefings desk' },
      });
      const cited = new Set(
        data.claims.flatMap((claim) =>
          claim.citations.flatMap((citation) => [citation.source, ...(citation.via ? [citation.via] : [])]),
        ),
      );
      const citations = article!['citation'] as Node[];
      expect(new Set(citations.map((work) => work['@id']))).toEqual(
        new Set([...cited].map((id) => `${ORIGIN[site]}/sources/${id}/`)),
      );
      for (const work of citations) {
        const id = String(work['@id']).split('/').at(-2)!;
        const source: SourceInput = sources.get(id)!;
        expect(work).toEqual({ '@type': 'CreativeWork', '@id': work['@id'], name: source.title });
        const described = sourceJsonLdNode(site, id);
        expect(described).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'CreativeWork',
          '@id': work['@id'],
          name: source.title,
          publisher: { name: source.publisher },
        });
        expect(described['url']).toBe(linkable(source.url));
      }
    }
  });

  it('reviews each claim with a verdict in a ClaimReview whose @id is the claim’s address and whose rating is its status', () => {
    for (const briefing of publishedBriefings(site)) {
      const reviews = jsonLdGraph(site, briefing.slug).filter((node) => node['@type'] === 'ClaimReview');
      const verdicts = briefing.data.claims.filter((claim) => VERDICTS.includes(String(claim.status)));
      expect(reviews.map((review) => review['@id'])).toEqual(
        verdicts.map((claim) => `${ORIGIN[site]}/briefings/${briefing.slug}/#claim-${claim.id}`),
      );
      for (const [index, review] of reviews.entries()) {
        expect(review).toMatchObject({
          url: review['@id'],
          claimReviewed: verdicts[index]!.text,
          reviewRating: { '@type': 'Rating', alternateName: String(verdicts[index]!.status) },
          itemReviewed: { '@type': 'Claim' },
        });
      }
    }
    // Both publications have verdicts to review, so the loop above checks something.
    expect(
      publishedBriefings(site).some((briefing) =>
        briefing.data.claims.some((claim) => VERDICTS.includes(String(claim.status))),
      ),
    ).toBe(true);
  });

  it('holds no character that could end its script element', () => {
    const pages = [
      ...publishedBriefings(site).map((briefing) => `/briefings/${briefing.slug}/`),
      ...[...sourceFiles(site).keys()].map((id) => `/sources/${id}/`),
    ];
    for (const path of pages)
      for (const block of jsonLdBlocks(site, path)) expect(block).not.toMatch(/[<>&\u2028\u2029]/);
  });
});

describe('hostile strings in the structured data', () => {
  it('come back exactly as typed, and the hostile source’s javascript: and data: addresses are not there', () => {
    const [article] = jsonLdGraph('fixture', 'hostile-strings');
    expect(article).toMatchObject({
      headline: hostileBriefing.title,
      description: hostileBriefing.summary,
      author: [{ name: hostileBriefing.authors![0] }],
      correction: [{ text: hostileBriefing.corrections![0]!.text }],
      citation: [{ name: hostileSource.title }],
    });
    const work = sourceJsonLdNode('fixture', 'hostile-source');
    expect(work).toMatchObject({
      name: hostileSource.title,
      publisher: { name: hostileSource.publisher },
      author: [{ name: hostileSource.authors![0] }],
    });
    expect(work).not.toHaveProperty('url');
    expect(work).not.toHaveProperty('archivedAt');
  });

  it('are data in Chromium too: one JSON-LD block that parses, no script run, and no Content-Security-Policy violation', async () => {
    for (const path of ['/briefings/hostile-strings/', '/briefings/crowded-claims/', '/sources/hostile-source/']) {
      const context = await session.browser.newContext();
      const tab = await context.newPage();
      const dialogs: string[] = [];
      tab.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await tab.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
        });
      });
      await tab.goto(session.url('fixture', path), { waitUntil: 'networkidle' });
      const found = await tab.evaluate(() => ({
        policy: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
        // A briefing's headline, or a source page's title: the text came back whole.
        headlines: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => {
          const data = JSON.parse(script.textContent) as { '@graph'?: { headline?: string }[]; name?: string };
          return data['@graph']?.[0]?.headline ?? data.name;
        }),
        violations: (window as unknown as { cspViolations: string[] }).cspViolations,
      }));
      // The page does run under the strict policy, so the absence of violations means something.
      expect(found.policy).toContain("script-src 'self'");
      expect(found.headlines).toEqual([
        path.startsWith('/sources/')
          ? hostileSource.title
          : path.includes('hostile')
            ? hostileBriefing.title
            : 'Grain exports rise, ministry says',
      ]);
      expect(found.violations).toEqual([]);
      expect(dialogs).toEqual([]);
      await context.close();
    }
  });
});

/** Compiles the schema published at `path` in a site's build; its `uri` format is checked too. */
function publishedSchema(site: SiteName, path: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addFormat('uri', { type: 'string', validate: (value: string) => URL.canParse(value) });
  const schema = builtJson<{ $id: string }>(site, path);
  expect(schema.$id).toBe(`${ORIGIN[site]}${path}`);
  return ajv.compile(schema);
}

interface SourceRecord {
  id: string;
  page: string;
  title: string;
  publisher: string;
  url?: string;
  archive?: { url: string; date: string };
  authors?: string[];
  notes?: string;
  citedBy: { briefing: string; claim: string }[];
}

interface CitationRecord {
  stance: string;
  quote?: string;
  locator?: string;
  source: SourceRecord;
  via?: SourceRecord;
}

interface ClaimRecord {
  id: string;
  url: string;
  text: string;
  status: string;
  note?: string;
  citations: CitationRecord[];
  briefing: { slug: string; title: string; url: string };
}

describe.each(SITES)('the JSON exports of the %s site', (site) => {
  it('validate against the JSON Schemas published beside them, which they name', () => {
    const exports: [string, string][] = [
      ['/claims.json', '/schema/claims.schema.json'],
      ['/sources.json', '/schema/sources.schema.json'],
      ...publishedBriefings(site).map((briefing): [string, string] => [
        `/briefings/${briefing.slug}.json`,
        '/schema/evidence-pack.schema.json',
      ]),
    ];
    for (const [path, schemaPath] of exports) {
      const validate = publishedSchema(site, schemaPath);
      const data = builtJson<{ $schema: string }>(site, path);
      expect(validate(data), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(data.$schema).toBe(`${ORIGIN[site]}${schemaPath}`);
    }
  });

  it('list every published claim once in claims.json, each with its address and briefing, and no claim of a draft', () => {
    const { claims } = builtJson<{ claims: ClaimRecord[] }>(site, '/claims.json');
    const key = (slug: string, id: string) => `${slug}#${id}`;
    expect(new Set(claims.map((claim) => key(claim.briefing.slug, claim.id)))).toEqual(
      new Set(
        publishedBriefings(site).flatMap((briefing) =>
          briefing.data.claims.map((claim) => key(briefing.slug, claim.id)),
        ),
      ),
    );
    expect(claims).toHaveLength(new Set(claims.map((claim) => key(claim.briefing.slug, claim.id))).size);
    for (const claim of claims) {
      expect(claim.url).toBe(`${ORIGIN[site]}/briefings/${claim.briefing.slug}/#claim-${claim.id}`);
      expect(claim.briefing.url).toBe(`${ORIGIN[site]}/briefings/${claim.briefing.slug}/`);
    }
  });

  it('resolve every citation in claims.json to its source, and the source it was seen through, from the library', () => {
    const { claims } = builtJson<{ claims: ClaimRecord[] }>(site, '/claims.json');
    const sources = sourceFiles(site);
    for (const briefing of publishedBriefings(site)) {
      for (const typed of briefing.data.claims) {
        const claim = claims.find(
          (candidate) => candidate.briefing.slug === briefing.slug && candidate.id === typed.id,
        )!;
        expect(claim.text).toBe(typed.text);
        expect(claim.status).toBe(String(typed.status));
        expect(
          claim.citations.map((citation) => [
            citation.source.id,
            citation.via?.id,
            citation.stance,
            citation.quote,
            citation.locator,
          ]),
        ).toEqual(
          typed.citations.map((citation) => [
            citation.source,
            citation.via,
            citation.stance ?? 'supports',
            citation.quote,
            citation.locator === undefined ? undefined : String(citation.locator),
          ]),
        );
        for (const citation of claim.citations) {
          const source = sources.get(citation.source.id)!;
          expect(citation.source).toMatchObject({
            title: source.title,
            publisher: source.publisher,
            page: `${ORIGIN[site]}/sources/${citation.source.id}/`,
          });
          expect(citation.source.url).toBe(linkable(source.url));
        }
      }
    }
  });

  it('list every source in sources.json with the published claims citing it, never a draft’s', () => {
    const { sources } = builtJson<{ sources: SourceRecord[] }>(site, '/sources.json');
    const typed = sourceFiles(site);
    expect(sources.map((source) => source.id)).toEqual([...typed.keys()].sort());
    const drafts = new Set(
      briefingFiles(site)
        .filter((briefing) => briefing.data.draft === true)
        .map((briefing) => briefing.slug),
    );
    const published = new Set(publishedBriefings(site).map((briefing) => briefing.slug));
    for (const source of sources) {
      expect(source.title).toBe(typed.get(source.id)!.title);
      for (const citing of source.citedBy) {
        expect(drafts.has(citing.briefing)).toBe(false);
        expect(published.has(citing.briefing)).toBe(true);
      }
    }
  });

  it('publish an evidence pack for every published briefing and none for a draft', () => {
    for (const briefing of briefingFiles(site)) {
      const file = fileForPath(site, `/briefings/${briefing.slug}.json`);
      if (briefing.data.draft === true) {
        expect(file, `a draft's evidence pack: ${briefing.slug}`).toBeUndefined();
        continue;
      }
      const pack = builtJson<{ briefing: { title: string }; claims: { id: string }[]; sources: { id: string }[] }>(
        site,
        `/briefings/${briefing.slug}.json`,
      );
      expect(pack.briefing.title).toBe(briefing.data.title);
      expect(new Set(pack.claims.map((claim) => claim.id))).toEqual(
        new Set(briefing.data.claims.map((claim) => claim.id)),
      );
      const cited = briefing.data.claims.flatMap((claim) =>
        claim.citations.flatMap((c) => [c.source, ...(c.via ? [c.via] : [])]),
      );
      expect(new Set(pack.sources.map((source) => source.id))).toEqual(new Set(cited));
    }
  });

  it('give every source in sources.csl.json the id, type, title, date and address Zotero and Pandoc import', () => {
    const items = builtJson<Node[]>(site, '/sources.csl.json');
    const typed = sourceFiles(site);
    const CSL_TYPES = [
      'article-newspaper',
      'article-journal',
      'report',
      'document',
      'dataset',
      'legal_case',
      'interview',
      'post',
    ];
    expect(items.map((item) => item['id'])).toEqual([...typed.keys()].sort());
    for (const item of items) {
      const source = typed.get(String(item['id']))!;
      expect(CSL_TYPES).toContain(item['type']);
      expect(item['title']).toBe(source.title);
      expect(item['publisher']).toBe(source.publisher);
      expect(item['issued']).toEqual(
        source.published === undefined ? undefined : { 'date-parts': [dateParts(source.published)] },
      );
      expect(item['accessed']).toEqual(
        source.accessed === undefined ? undefined : { 'date-parts': [dateParts(source.accessed)] },
      );
      expect(item['URL']).toBe(linkable(source.url));
      expect(item['author']).toEqual(source.authors?.map((name) => ({ literal: name })));
      if (linkable(source.archive?.url)) expect(item['archive_location']).toBe(linkable(source.archive?.url));
    }
  });
});

describe('hostile strings in the JSON exports', () => {
  it('come back exactly as typed from claims.json, sources.json, the evidence pack and the CSL-JSON, without their unsafe addresses', () => {
    const claim = builtJson<{ claims: ClaimRecord[] }>('fixture', '/claims.json').claims.find(
      (candidate) => candidate.briefing.slug === 'hostile-strings',
    )!;
    expect(claim).toMatchObject({
      text: hostileClaim.text,
      note: hostileClaim.note,
      briefing: { title: hostileBriefing.title },
    });
    expect(claim.citations[0]).toMatchObject({ quote: hostileCitation.quote, locator: hostileCitation.locator });
    const typedSource = {
      title: hostileSource.title,
      publisher: hostileSource.publisher,
      authors: hostileSource.authors,
      notes: hostileSource.notes,
    };
    const fromSources = builtJson<{ sources: SourceRecord[] }>('fixture', '/sources.json').sources.find(
      (source) => source.id === 'hostile-source',
    )!;
    const pack = builtJson<{ briefing: Node; sources: SourceRecord[] }>('fixture', '/briefings/hostile-strings.json');
    for (const record of [claim.citations[0]!.source, fromSources, pack.sources[0]!]) {
      expect(record).toMatchObject(typedSource);
      expect(record).not.toHaveProperty('url');
      expect(record).not.toHaveProperty('archive');
    }
    expect(pack.briefing).toMatchObject({
      title: hostileBriefing.title,
      summary: hostileBriefing.summary,
      authors: hostileBriefing.authors,
      corrections: hostileBriefing.corrections,
    });
    const csl = builtJson<Node[]>('fixture', '/sources.csl.json').find((item) => item['id'] === 'hostile-source')!;
    expect(csl).toMatchObject({
      title: hostileSource.title,
      publisher: hostileSource.publisher,
      author: [{ literal: hostileSource.authors![0] }],
      note: hostileSource.notes,
    });
    expect(csl).not.toHaveProperty('URL');
    expect(csl).not.toHaveProperty('archive_location');
  });

  it('are written with <, > and & escaped, so no file reads as markup even to a browser that sniffs', () => {
    for (const path of ['/claims.json', '/sources.json', '/sources.csl.json', '/briefings/hostile-strings.json'])
      expect(built('fixture', path)).not.toMatch(/[<>&]/);
  });
});

describe('a draft', () => {
  it('appears in no output of the build: no page, feed item, sitemap entry, export or structured data', () => {
    const found: string[] = [];
    for (const file of builtFiles('fixture')) {
      if (file.includes('/pagefind/')) continue;
      const text = readFileSync(file, 'utf8');
      for (const trace of ['draft-only', 'xylophonequartz', 'A draft that must never be published'])
        if (text.includes(trace)) found.push(`${relative(builtSite('fixture'), file)}: ${trace}`);
    }
    expect(found).toEqual([]);
  });
});
