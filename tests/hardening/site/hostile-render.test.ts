import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../../support/browser.ts';
import { serveStatic, type StaticServer } from '../../../scripts/support/static-server.ts';
import { checkProjectAt } from '../../../src/checker/check-project-fs.ts';
import { formatDiagnostic } from '../../../src/checker/format.ts';
import { hiddenPattern } from '../../../src/checker/hidden-text.ts';
import { readNumbers } from '../../../src/checker/numbers/index.ts';
import { briefingSchema, sourceSchema, type BriefingData, type SourceData } from '../../../src/schemas/index.ts';
import { PROJECT_ROOT, TEST_OUTPUT } from '../../support/paths.ts';
import { runBuild } from '../support/build.ts';

/**
 * Random and hostile text in every text field of a few dozen briefings and their sources, added to
 * a copy of the reader fixture and built once: every value must come out as text (in the page, its
 * metadata, the JSON-LD, the feed and the JSON exports), and no page may hold an element or an
 * attribute that a plain briefing of the same shape does not. Seeded, so every run builds the same
 * site; the seed is in the test names' file, and the generated project stays in .test-output/.
 */
const SEED = 7_2026_1125;
const COUNT = 24;
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/sites/reader');
// Four levels down, like the fixture, so its config's relative srcDir still names the project's src/.
const SITE = join(TEST_OUTPUT, 'hardening/sites/hostile-generated');
const OUT = join(TEST_OUTPUT, 'hardening/hostile-generated-dist');

/** Fragments that break out of HTML, XML, JSON, JavaScript or templates when not escaped. */
const HOSTILE = [
  '</script>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', ']]>',
  '<![CDATA[', '{{', '}}', '{', '}', '${alert(1)}', '<!--', '-->', '\u2028', '\u2029', '&amp;', '&lt;', '&#x3C;',
  '&', '<', '>', '"', "'", '`', '\\', '\\u003c', '%3Cscript%3E', '<a href="javascript:alert(1)">x</a>',
  'javascript:alert(1)', '</title>', '</textarea>', '<style>*{}</style>', '</item>', '</channel>', '<?xml?>',
  '<!DOCTYPE html>', '\u00a0', '😀', '👨‍👩‍👧', 'ǅ', 'İ', 'e\u0301', '\t', '\r\n', '  ', '*a*', '_b_', '[x](y)', '# h',
]; // prettier-ignore

/** Whether a value is something the checker accepts and every format can hold. */
function acceptable(value: string): boolean {
  return (
    value.isWellFormed() &&
    value.trim() !== '' &&
    !hiddenPattern().test(value) &&
    // XML 1.0 has no place for these two noncharacters; the checker does not refuse them (yet).
    !/[\uFFFE\uFFFF]/.test(value)
  );
}

const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom(...HOSTILE),
);
const text = fc
  .array(piece, { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter(acceptable);
/** Titles and summaries must hold no figure, or headline-number asks for a quantity backing it. */
const headline = text.filter((value) => readNumbers(value).length === 0);

interface Generated {
  slug: string;
  sourceId: string;
  frontmatter: Record<string, unknown>;
  body: [string, string];
  source: Record<string, unknown>;
}

/** `qa`, `qb`, ... `qz`, `ra`: letters only, so a tag never reads as a figure. */
function tag(index: number): string {
  return `${String.fromCharCode(113 + Math.floor(index / 26))}${String.fromCharCode(97 + (index % 26))}`;
}

/** The free text of one briefing and its source, before each value gets its field's tag. */
interface FieldValues {
  title: string;
  summary: string;
  authors: string[];
  correction: string;
  claims: { text: string; note: string; quote: string; locator: string }[];
  body: [string, string];
  source: { title: string; publisher: string; author: string; notes: string; identifier: string; path: string };
}

const generatedEntry: fc.Arbitrary<FieldValues> = fc.record({
  title: headline,
  summary: headline,
  authors: fc.array(text, { minLength: 1, maxLength: 2 }),
  correction: text,
  claims: fc.tuple(
    fc.record({ text, note: text, quote: text, locator: text }),
    fc.record({ text, note: text, quote: text, locator: text }),
  ),
  body: fc.tuple(text, text),
  source: fc.record({ title: text, publisher: text, author: text, notes: text, identifier: text, path: text }),
});

/** Each value carries its field's tag, so finding it in a page means finding that field. */
function entryFrom(index: number, values: FieldValues): Generated {
  const id = tag(index);
  const mark = (field: string, value: string): string => `«${id}${field}» ${value}`;
  const slug = `hostile-generated-${id}`;
  const sourceId = `hostile-source-${id}`;
  return {
    slug,
    sourceId,
    frontmatter: {
      title: mark('t', values.title),
      summary: mark('s', values.summary),
      published: '2024-04-02',
      authors: values.authors.map((author, position) => mark(`a${position}`, author)),
      topics: ['trade'],
      corrections: [{ date: '2024-04-03', text: mark('c', values.correction) }],
      claims: values.claims.map((claim, position) => ({
        id: position === 0 ? 'first' : 'second',
        text: mark(`k${position}`, claim.text),
        status: 'reported',
        note: mark(`n${position}`, claim.note),
        citations: [
          { source: sourceId, quote: mark(`q${position}`, claim.quote), locator: mark(`l${position}`, claim.locator) },
        ],
      })),
    },
    body: [mark('b0', values.body[0]), mark('b1', values.body[1])],
    source: {
      title: mark('st', values.source.title),
      publisher: mark('sp', values.source.publisher),
      kind: 'other',
      published: '2024-03-01',
      url: new URL(`https://example.org/h/${encodeURIComponent(values.source.path)}`).href,
      authors: [mark('sa', values.source.author)],
      notes: mark('sn', values.source.notes),
      identifiers: { ref: mark('si', values.source.identifier) },
      language: 'en',
    },
  };
}

/** The same shape in plain words: its pages are the measure of what markup a briefing may have. */
const PLAIN: FieldValues = {
  title: 'Plain title',
  summary: 'Plain summary.',
  authors: ['Plain author'],
  correction: 'Plain correction.',
  claims: [
    { text: 'Plain first claim.', note: 'Plain note.', quote: 'plain quote', locator: 'p. ii' },
    { text: 'Plain second claim.', note: 'Plain note.', quote: 'plain quote', locator: 'p. iii' },
  ],
  body: ['plain words', 'more plain words'],
  source: {
    title: 'Plain source',
    publisher: 'Plain publisher',
    author: 'Plain writer',
    notes: 'Plain notes.',
    identifier: 'plain',
    path: 'plain',
  },
};

/** YAML with every string written as JSON, which YAML reads as a double-quoted string. */
function toYaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        const inner = toYaml(item, `${indent}  `);
        return typeof item === 'object' && item !== null
          ? `${indent}- ${inner.trimStart()}`
          : `${indent}- ${inner.trim()}`;
      })
      .join('\n');
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .map(([key, item]) =>
        typeof item === 'object' && item !== null
          ? `${indent}${key}:\n${toYaml(item, `${indent}  `)}`
          : `${indent}${key}: ${toYaml(item)}`,
      )
      .join('\n');
  }
  return JSON.stringify(value);
}

/** Body text as character references: MDX reads it as text, whatever it holds. */
function asReferences(value: string): string {
  return value.replace(/[^A-Za-z ]/gu, (character) => `&#x${character.codePointAt(0)!.toString(16)};`);
}

function writeEntry(root: string, entry: Generated): void {
  const body = `<Claim id="first">${asReferences(entry.body[0])}</Claim> and <Claim id="second">${asReferences(entry.body[1])}</Claim>.\n`;
  writeFileSync(
    join(root, 'content/briefings', `${entry.slug}.mdx`),
    `---\n${toYaml(entry.frontmatter)}\n---\n\n${body}`,
  );
  writeFileSync(join(root, 'content/sources', `${entry.sourceId}.yaml`), `${toYaml(entry.source)}\n`);
}

/** HTML's white-space folding, applied to both sides of each comparison. */
function fold(value: string): string {
  return value.replace(/[\t\n\f\r ]+/g, ' ').trim();
}

const hostile = fc
  .sample(generatedEntry, { seed: SEED, numRuns: COUNT })
  .map((values, index) => entryFrom(index, values));
const plain = entryFrom(COUNT, PLAIN);
const expectedBriefing = (entry: Generated): BriefingData => briefingSchema.parse(entry.frontmatter);
const expectedSource = (entry: Generated): SourceData => sourceSchema.parse(entry.source);

/** Every string a JSON value holds, however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

interface PageFacts {
  text: string;
  title: string;
  description: string | null;
  claimTitles: Record<string, string | null>;
  jsonLd: string[];
  hrefs: string[];
  /** Each element name with the attribute names it carries somewhere in the page. */
  markup: Record<string, string[]>;
}

let server: StaticServer;
let browser: Browser;
let page: Page;
let dialogs = 0;
let checkReport: string[] = [];
let buildResult: { status: number | null; output: string };

beforeAll(async () => {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  cpSync(join(FIXTURE, 'astro.config.mjs'), join(SITE, 'astro.config.mjs'));
  cpSync(join(FIXTURE, 'content'), join(SITE, 'content'), { recursive: true });
  for (const entry of [...hostile, plain]) writeEntry(SITE, entry);
  const checked = await checkProjectAt(SITE);
  checkReport = checked.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map(formatDiagnostic);
  buildResult = runBuild(SITE, OUT);
  server = await serveStatic(OUT);
  browser = await testBrowser();
  page = await browser.newPage();
  // A hostile string that ran would most likely call alert().
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
}, 300_000);

afterAll(async () => {
  await browser.close();
  await server.close();
});

/** Each page read once: three tests ask about the same pages, and a reading takes a page load. */
const readings = new Map<string, Promise<PageFacts>>();

/** What a page shows, as `readFacts` found it the first time it was asked for. */
function facts(path: string): Promise<PageFacts> {
  let reading = readings.get(path);
  if (!reading) {
    reading = readFacts(path);
    readings.set(path, reading);
  }
  return reading;
}

async function readFacts(path: string): Promise<PageFacts> {
  const response = await page.goto(server.url + path);
  expect(response?.status(), path).toBe(200);
  const found = await page.evaluate(() => {
    const markup: Record<string, string[]> = {};
    for (const element of document.querySelectorAll('*')) {
      const names = (markup[element.localName] ??= []);
      for (const attribute of element.attributes) if (!names.includes(attribute.name)) names.push(attribute.name);
    }
    return {
      text: document.body.textContent,
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
      claimTitles: Object.fromEntries(
        [...document.querySelectorAll('[data-claim]')].map((element) => [
          element.getAttribute('data-claim') ?? '',
          element.getAttribute('data-pagefind-title'),
        ]),
      ),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent),
      hrefs: [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? ''),
      markup,
    };
  });
  return { ...found, text: fold(found.text) };
}

/** Markup the hostile page has and the plain page of the same kind has not: element names, then `element[attribute]`. */
function extraMarkup(found: PageFacts, baseline: PageFacts): string[] {
  const extra: string[] = [];
  for (const [element, attributes] of Object.entries(found.markup)) {
    const allowed = baseline.markup[element];
    if (!allowed) extra.push(element);
    else for (const attribute of attributes) if (!allowed.includes(attribute)) extra.push(`${element}[${attribute}]`);
  }
  return extra;
}

const hasRoute = (file: string): boolean => existsSync(join(PROJECT_ROOT, 'src/pages', file));

describe('hostile and random text in every field, built into a site', () => {
  it('passes the checker, so the build gets to render it', () => {
    expect(checkReport).toEqual([]);
  });

  it('builds', () => {
    expect(buildResult.status, buildResult.output).toBe(0);
  });

  it(
    'comes out of every briefing page as text, in the page, its title and its metadata',
    { timeout: 120_000 },
    async () => {
      for (const entry of hostile) {
        const data = expectedBriefing(entry);
        const found = await facts(`/briefings/${entry.slug}/`);
        const values = [
          data.title,
          data.summary,
          ...(data.authors ?? []),
          ...(data.corrections ?? []).map((correction) => correction.text),
          ...data.claims.flatMap((claim) => [
            claim.text,
            claim.note ?? '',
            ...claim.citations.flatMap((citation) => [citation.quote ?? '', citation.locator ?? '']),
          ]),
          ...entry.body,
          expectedSource(entry).publisher,
        ];
        for (const value of values)
          expect(found.text, `${entry.slug}: ${JSON.stringify(value)}`).toContain(fold(value));
        expect(fold(found.title)).toContain(fold(data.title));
        expect(fold(found.description ?? '')).toBe(fold(data.summary));
        expect(found.claimTitles['first']).toBeDefined();
        expect(fold(found.claimTitles['first'] ?? '')).toBe(fold(data.claims[0]!.text));
        expect(fold(found.claimTitles['second'] ?? '')).toBe(fold(data.claims[1]!.text));
      }
    },
  );

  it(
    'comes out of every source page as text, with the address only as its own link',
    { timeout: 120_000 },
    async () => {
      for (const entry of hostile) {
        const data = expectedSource(entry);
        const found = await facts(`/sources/${entry.sourceId}/`);
        const values = [
          data.title,
          data.publisher,
          ...(data.authors ?? []),
          data.notes ?? '',
          data.identifiers!['ref']!,
        ];
        for (const value of values)
          expect(found.text, `${entry.sourceId}: ${JSON.stringify(value)}`).toContain(fold(value));
        expect(found.hrefs).toContain(data.url);
        for (const href of found.hrefs) expect(href, entry.sourceId).toMatch(/^(https?:\/\/|\/|#)/);
      }
    },
  );

  it(
    'adds no element or attribute that a plain briefing or source does not have, and runs none of it',
    { timeout: 120_000 },
    async () => {
      const plainBriefing = await facts(`/briefings/${plain.slug}/`);
      const plainSource = await facts(`/sources/${plain.sourceId}/`);
      for (const entry of hostile) {
        expect(extraMarkup(await facts(`/briefings/${entry.slug}/`), plainBriefing), entry.slug).toEqual([]);
        expect(extraMarkup(await facts(`/sources/${entry.sourceId}/`), plainSource), entry.sourceId).toEqual([]);
      }
      expect(dialogs).toBe(0);
    },
  );

  it(
    'keeps each JSON-LD block one parseable block that holds the title and summary exactly',
    { timeout: 120_000 },
    async () => {
      const plainBriefing = await facts(`/briefings/${plain.slug}/`);
      for (const entry of hostile) {
        const data = expectedBriefing(entry);
        const found = await facts(`/briefings/${entry.slug}/`);
        expect(found.jsonLd.length, entry.slug).toBe(plainBriefing.jsonLd.length);
        const strings = found.jsonLd.flatMap((block) => stringsIn(JSON.parse(block)));
        if (plainBriefing.jsonLd.length > 0)
          expect(strings, entry.slug).toEqual(expect.arrayContaining([data.title, data.summary]));
      }
    },
  );

  it.runIf(hasRoute('rss.xml.ts'))(
    'keeps the feed well-formed XML, with each title as text and each summary and claim as text of its description',
    async () => {
      const xml = readFileSync(join(OUT, 'rss.xml'), 'utf8');
      const items = await page.evaluate((source) => {
        const feed = new DOMParser().parseFromString(source, 'application/xml');
        if (feed.querySelector('parsererror')) return null;
        return [...feed.querySelectorAll('item')].map((item) => {
          const description = new DOMParser().parseFromString(
            item.querySelector('description')?.textContent ?? '',
            'text/html',
          );
          return {
            link: item.querySelector('link')?.textContent ?? '',
            title: item.querySelector('title')?.textContent ?? '',
            description: description.body.textContent,
            elements: [...description.body.querySelectorAll('*')].map((element) => element.localName),
          };
        });
      }, xml);
      expect(items, 'rss.xml is not well-formed XML').not.toBeNull();
      const bySlug = new Map(items!.map((item) => [new URL(item.link).pathname.split('/')[2], item]));
      const plainElements = new Set(bySlug.get(plain.slug)?.elements);
      for (const entry of hostile) {
        const data = expectedBriefing(entry);
        const item = bySlug.get(entry.slug);
        expect(item, entry.slug).toBeDefined();
        expect(fold(item!.title)).toBe(fold(data.title));
        for (const value of [data.summary, ...data.claims.map((claim) => claim.text)])
          expect(fold(item!.description), entry.slug).toContain(fold(value));
        expect(
          item!.elements.filter((element) => !plainElements.has(element)),
          entry.slug,
        ).toEqual([]);
      }
    },
  );

  it.runIf(hasRoute('_claims.json.ts') && hasRoute('sources.json.ts') && hasRoute('briefings/[slug].json.ts'))(
    "keeps every value exact in claims.json, sources.json and each briefing's JSON",
    () => {
      const claims = stringsIn(JSON.parse(readFileSync(join(OUT, 'claims.json'), 'utf8')));
      const sources = stringsIn(JSON.parse(readFileSync(join(OUT, 'sources.json'), 'utf8')));
      for (const entry of hostile) {
        const data = expectedBriefing(entry);
        const source = expectedSource(entry);
        const own = stringsIn(JSON.parse(readFileSync(join(OUT, 'briefings', `${entry.slug}.json`), 'utf8')));
        for (const claim of data.claims) {
          expect(claims, entry.slug).toEqual(expect.arrayContaining([claim.text, data.title]));
          expect(own, entry.slug).toEqual(expect.arrayContaining([data.title, data.summary, claim.text]));
        }
        expect(sources, entry.sourceId).toEqual(expect.arrayContaining([source.title, source.publisher]));
      }
    },
  );
});
