import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureSiteRoot } from '../support/sites.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { builtSite } from '../support/sites.ts';
import { useSession } from './built-site.ts';

const session = useSession();
const BRIEFING = '/briefings/foreign-quotes/';
const SNAPSHOTS = join(fixtureSiteRoot(PROJECT_ROOT, 'reader'), 'content/snapshots');

/** The reader fixture's translated quotes, where their snapshots are, and where their links must lead. */
const QUOTES = [
  {
    quote: '2월에 곡물 120만 톤이 항구를 떠났다고',
    lang: 'ko',
    translation: 'that 1.2 million tonnes of grain left the port in February',
    translator: 'translated by Fixture desk',
    snapshot: 'harbour-gazette-ko.txt',
    // The archive copy, since the source has one.
    address: 'https://web.archive.org/web/20240303080000/https://ko.harbour-gazette.example.org/2024/03/grain',
  },
  {
    quote: 'Экспорт растёт третий месяц подряд',
    lang: 'ru',
    translation: 'Exports have been rising for the third month running',
    translator: 'machine translation',
    snapshot: 'river-courier-ru.txt',
    // The source's own address: it has no archive copy.
    address: 'https://river-courier.example.org/ru/2024/03/zerno',
  },
];

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A snapshot's text as a browser finds it: without its page marks, white space collapsed. */
function snapshotText(name: string): string {
  return collapse(readFileSync(join(SNAPSHOTS, name), 'utf8').replace(/^\[page \d+\]$/gm, ''));
}

/** Occurrences of a passage in a text, ignoring case as Text Fragments do. */
function occurrences(text: string, passage: string): number {
  const haystack = text.toLocaleLowerCase();
  const needle = passage.toLocaleLowerCase();
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

/**
 * A Text Fragment directive read as the browser reads it: `prefix-,start,end,-suffix`, each term
 * percent-decoded.
 */
function readTextDirective(url: string): { prefix?: string; text: string; suffix?: string } {
  const directive = url.split('#:~:text=')[1];
  if (directive === undefined) throw new Error(`${url} has no Text Fragment`);
  const terms = directive.split(',');
  const prefix = terms[0]?.endsWith('-') ? decodeURIComponent(terms.shift()!.slice(0, -1)) : undefined;
  const suffix = terms.at(-1)?.startsWith('-') ? decodeURIComponent(terms.pop()!.slice(1)) : undefined;
  return {
    ...(prefix !== undefined && { prefix }),
    text: terms.map(decodeURIComponent).join(' … '),
    ...(suffix !== undefined && { suffix }),
  };
}

/** A snapshot as the archived page shows it: a paragraph for each, far down a tall page. */
function snapshotPage(name: string): string {
  const paragraphs = readFileSync(join(SNAPSHOTS, name), 'utf8')
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.replace(/[&<>]/g, (character) => `&#${character.charCodeAt(0)};`)}</p>`);
  return `<!doctype html><meta charset="utf-8"><title>snapshot</title><div style="height:3000px"></div>${paragraphs.join('')}<div style="height:3000px"></div>`;
}

/**
 * Follows a link as a reader would, with the source's site stood in for by its snapshot: tests
 * reach no network beyond loopback. Returns the address the browser opened.
 */
async function follow(page: Page, link: string, snapshot: string): Promise<string> {
  await page
    .context()
    .route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: snapshotPage(snapshot) }),
    );
  await page.locator(link).click();
  await page.waitForURL((url) => !url.href.startsWith(session.url('fixture', '')));
  return page.url();
}

describe('quote links', () => {
  for (const expected of QUOTES) {
    it(`opens the ${expected.lang} source at the quote: the Text Fragment names it, with context only where it is ambiguous`, async () => {
      const page = await session.open('fixture', BRIEFING);
      const link = `#notes q[lang="${expected.lang}"] ~ a.quote-link`;
      const opened = await follow(page, link, expected.snapshot);
      expect(opened.split('#')[0]).toBe(expected.address);
      const directive = readTextDirective(opened);
      expect(directive.text).toBe(expected.quote);
      const text = snapshotText(expected.snapshot);
      // What the fragment selects occurs once in the snapshot; a quote that occurs twice carries
      // the words around it, and with them is found once.
      const selected = collapse([directive.prefix, directive.text, directive.suffix].filter(Boolean).join(' '));
      expect(occurrences(text, selected)).toBe(1);
      if (occurrences(text, expected.quote) > 1) expect(directive.prefix ?? directive.suffix).toBeDefined();
      else expect(directive).toEqual({ text: expected.quote });
      // The page the browser opened holds the passage, and Chromium scrolled down to it.
      expect(occurrences(collapse(await page.locator('body').innerText()), directive.text)).toBeGreaterThan(0);
      await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBeGreaterThan(1000);
      await session.close(page);
    });
  }

  it('marks each original with its language and each translation as English, naming the translator, in cards, notes and source pages', async () => {
    const page = await session.open('fixture', BRIEFING, { viewport: { width: 1280, height: 900 } });
    for (const expected of QUOTES) {
      const card = page.locator(`.card:has(blockquote[lang="${expected.lang}"])`).first();
      expect(await card.locator(`blockquote[lang="${expected.lang}"]`).innerText()).toBe(expected.quote);
      expect(await card.locator('blockquote.quote-translation[lang="en"]').innerText()).toBe(expected.translation);
      expect(await card.locator('.quote-translator[lang="en"]').innerText()).toBe(`English: ${expected.translator}`);
      const note = page.locator(`#notes li:has(q[lang="${expected.lang}"])`).last();
      expect(await note.locator(`q[lang="${expected.lang}"]`).innerText()).toBe(expected.quote);
      expect(await note.locator('.quote-translation[lang="en"]').innerText()).toContain(expected.translator);
    }
    await session.close(page);

    const source = await session.open('fixture', '/sources/harbour-gazette-ko/', {
      viewport: { width: 1280, height: 900 },
    });
    const original = source.locator('blockquote[lang="ko"]');
    const translation = source.locator('blockquote.quote-translation[lang="en"]');
    expect(await original.innerText()).toBe(QUOTES[0]!.quote);
    expect(await translation.innerText()).toBe(QUOTES[0]!.translation);
    // Side by side on a wide screen: the translation on the same line, to the right.
    const [left, right] = [await original.boundingBox(), await translation.boundingBox()];
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
    expect(Math.abs(right!.y - left!.y)).toBeLessThan(2);
    expect(await source.locator('a.quote-link').getAttribute('href')).toMatch(
      /^https:\/\/web\.archive\.org\/.*#:~:text=/,
    );
    await session.close(source);
  });

  it('carries each quote’s translation, translator, TextQuoteSelector and link in claims.json and the evidence pack', () => {
    type Citation = { quote?: string; translation?: string; translator?: string; selector?: object; quoteUrl?: string };
    type Claim = { id: string; citations: Citation[] };
    const claims = (JSON.parse(readFileSync(join(builtSite('fixture'), 'claims.json'), 'utf8')) as { claims: Claim[] })
      .claims;
    const pack = JSON.parse(readFileSync(join(builtSite('fixture'), 'briefings/foreign-quotes.json'), 'utf8')) as {
      claims: Claim[];
    };
    for (const list of [claims, pack.claims]) {
      const citation = list.find((claim) => claim.id === 'russian-rise')?.citations[0];
      expect(citation).toEqual({
        stance: 'supports',
        quote: QUOTES[1]!.quote,
        translation: QUOTES[1]!.translation,
        translator: 'machine',
        selector: {
          type: 'TextQuoteSelector',
          exact: 'Экспорт растёт третий месяц подряд',
          prefix: ' вышло 1,2 миллиона тонн зерна. ',
          suffix: '.\n\nАналитики отмечают, что экспо',
        },
        quoteUrl: expect.stringMatching(
          /^https:\/\/river-courier\.example\.org\/ru\/2024\/03\/zerno#:~:text=/,
        ) as unknown,
        source: expect.any(Object) as unknown,
      });
    }
  });

  it('finds a claim by words only its quote’s translation uses, and by words of the original', async () => {
    for (const [query, claim] of [
      ['running', 'russian-rise'],
      ['항구를', 'korean-tonnes'],
    ] as const) {
      const page = await session.open('fixture', `/search/?q=${encodeURIComponent(query)}`);
      const result = page.locator(`pagefind-results a[href*="/briefings/foreign-quotes/"][href$="#claim-${claim}"]`);
      await result.first().waitFor({ timeout: 15_000 });
      await session.close(page);
    }
  });
});
