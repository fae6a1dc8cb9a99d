import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.ts';
import type { SiteName } from '../support/sites.ts';
import { builtFiles, EVERY_PAGE_TIMEOUT, htmlFiles, pagePaths, SITES, useSession } from './built-site.ts';
import { briefingFiles, sourceFiles } from './content.ts';

const session = useSession();

/** The fixture's hostile briefing and source, as their editor typed them. */
const briefing = briefingFiles('fixture').find((candidate) => candidate.slug === 'hostile-strings')!.data;
const claim = briefing.claims[0]!;
const citation = claim.citations[0]!;
const source = sourceFiles('fixture').get('hostile-source')!;
const SITE_NAME = 'Corroborate Briefings';

/**
 * Elements the hostile strings would make if parsed as HTML. The page has none of its own (its
 * scripts are files, its JSON-LD block is data the browser never runs, and its only SVG is its
 * evidence maps, `svg.em`, whose labels carry the hostile strings as text).
 */
const MADE_FROM_MARKUP =
  'img, svg:not(.em), b, i, iframe, object, embed, script:not([src], [type="application/ld+json"])';

/** What would run, or become markup, if any editor's string reached the page unescaped. */
const MARKUP = ['<script>alert', '<img src=x', '<svg onload', '</script><script>'];

/** Opens a page that fails the test the moment any script opens a dialog. */
async function openWatched(site: SiteName, path: string, width: number): Promise<{ page: Page; dialogs: string[] }> {
  const page = await session.tab({ viewport: { width, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()} "${dialog.message()}" on ${path} at ${width}px`);
    void dialog.dismiss();
  });
  await page.goto(session.url(site, path));
  await session.settled(page);
  return { page, dialogs };
}

describe('the fixture publication, whose strings are hostile,', () => {
  it.each(pagePaths('fixture'))(
    'never opens a dialog on %s, at 1280 and 360 px, with its markers focused and hovered',
    async (path) => {
      const dialogs: string[] = [];
      for (const width of [1280, 360]) {
        const watched = await openWatched('fixture', path, width);
        // Focus and hover copy cards into previews: the copies must stay as inert as the originals.
        for (const marker of await watched.page.locator('.briefing-body a.marker').all()) {
          await marker.focus();
          await marker.hover();
        }
        dialogs.push(...watched.dialogs);
        await session.close(watched.page);
      }
      expect(dialogs).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );
});

describe('hostile strings in the fixture publication', () => {
  it(
    'never open a dialog when they come back as search results, on the search page or in quick search',
    async () => {
      const results = await openWatched('fixture', '/search/?q=alert', 1280);
      await expect.poll(() => results.page.locator('pagefind-results a[href*="hostile"]').count()).toBeGreaterThan(0);
      await session.settled(results.page);
      await session.close(results.page);

      const quick = await openWatched('fixture', '/briefings/hostile-strings/', 1280);
      await quick.page.locator('#site-search-input').fill('alert');
      await expect.poll(() => quick.page.locator('#site-search-results a[href*="hostile"]').count()).toBeGreaterThan(0);
      await quick.page.waitForLoadState('networkidle');
      await session.close(quick.page);

      const highlighted = await openWatched('fixture', '/briefings/hostile-strings/?highlight=alert', 1280);
      await session.settled(highlighted.page);
      await session.close(highlighted.page);

      expect([...results.dialogs, ...quick.dialogs, ...highlighted.dialogs]).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );

  it('keep the briefing’s title and description exactly as typed, as text', async () => {
    const page = await session.open('fixture', '/briefings/hostile-strings/');
    expect(await page.title()).toBe(`${briefing.title} | ${SITE_NAME}`);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(briefing.summary);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(briefing.title);
    await session.close(page);
  });

  it('keep the source page’s title and description exactly as typed, as text', async () => {
    const page = await session.open('fixture', '/sources/hostile-source/');
    expect(await page.title()).toBe(`${source.title} | ${SITE_NAME}`);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(
      `${source.publisher}: ${source.title}. Every claim that cites it.`,
    );
    await session.close(page);
  });

  it('show every string as text on the briefing, and make no element of any', async () => {
    const page = await session.open('fixture', '/briefings/hostile-strings/');
    const text = await page.locator('body').innerText();
    for (const typed of [
      briefing.title,
      briefing.summary,
      ...(briefing.authors ?? []),
      ...(briefing.corrections ?? []).map((correction) => correction.text),
      claim.text,
      claim.note!,
      citation.quote!,
      citation.locator!,
      source.title,
      source.publisher,
      ...(source.authors ?? []),
    ])
      expect(text).toContain(typed);
    expect(await page.locator(MADE_FROM_MARKUP).count()).toBe(0);
    await session.close(page);
  });

  it('show every string as text on the source’s page, its unsafe addresses included, and make no element of any', async () => {
    const page = await session.open('fixture', '/sources/hostile-source/');
    const text = await page.locator('body').innerText();
    for (const typed of [source.title, source.publisher, ...(source.authors ?? []), source.notes!, source.url!])
      expect(text).toContain(typed);
    expect(await page.locator(MADE_FROM_MARKUP).count()).toBe(0);
    await session.close(page);
  });

  it('appear in no built file as markup', () => {
    const found: string[] = [];
    for (const site of SITES) {
      for (const file of builtFiles(site)) {
        const content = readFileSync(file, 'latin1');
        for (const markup of MARKUP)
          if (content.includes(markup)) found.push(`${relative(PROJECT_ROOT, file)}: ${markup}`);
      }
    }
    expect(found).toEqual([]);
  });
});

/** What the link tests read from a page as built, with script off so only the HTML counts. */
interface PageAddresses {
  /** Every address in an href, src, action or formaction attribute. */
  addresses: string[];
  /** Links that leave the site, with their rel words. */
  offSite: { href: string; rel: string[] }[];
}

/** Every page of both sites, read once for both tests below (a load per page per test doubled their time). */
let everyPage: Promise<{ site: SiteName; path: string; read: PageAddresses }[]> | undefined;

function readEveryPage(): Promise<{ site: SiteName; path: string; read: PageAddresses }[]> {
  everyPage ??= (async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const pages: { site: SiteName; path: string; read: PageAddresses }[] = [];
    for (const site of SITES) {
      for (const path of pagePaths(site)) {
        await page.goto(session.url(site, path));
        const read = await page.evaluate(() => ({
          addresses: [...document.querySelectorAll('[href], [src], [action], [formaction]')].flatMap((element) =>
            ['href', 'src', 'action', 'formaction'].flatMap((name) => element.getAttribute(name) ?? []),
          ),
          offSite: [...document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')]
            .filter((link) => link.origin !== window.location.origin)
            .map((link) => ({
              href: link.getAttribute('href') ?? '',
              rel: (link.getAttribute('rel') ?? '').split(/\s+/),
            })),
        }));
        pages.push({ site, path, read });
      }
    }
    await context.close();
    return pages;
  })();
  return everyPage;
}

describe('links to other sites', () => {
  it(
    'are only ever http(s): the hostile source’s javascript: and data: addresses are never a link',
    async () => {
      const unsafe: string[] = [];
      for (const { site, path, read } of await readEveryPage()) {
        for (const address of read.addresses) {
          const protocol = new URL(address, 'http://site.invalid/').protocol;
          if (protocol !== 'http:' && protocol !== 'https:') unsafe.push(`${site}${path}: ${address}`);
        }
      }
      expect(unsafe).toEqual([]);
      // The addresses are still shown, as text, where a reader can judge them.
      const html = readFileSync(
        htmlFiles('fixture').find((file) => file.includes('hostile-source'))!,
        'utf8',
      );
      expect(html).not.toMatch(/href="\s*(javascript|data):/i);
    },
    EVERY_PAGE_TIMEOUT,
  );

  it(
    'never hand the opened page a way back: every off-site link has rel="noopener noreferrer"',
    async () => {
      const missing: string[] = [];
      let offSite = 0;
      for (const { site, path, read } of await readEveryPage()) {
        offSite += read.offSite.length;
        for (const link of read.offSite)
          if (!link.rel.includes('noopener') || !link.rel.includes('noreferrer'))
            missing.push(`${site}${path}: ${link.href} has rel="${link.rel.join(' ')}"`);
      }
      expect(offSite).toBeGreaterThan(10);
      expect(missing).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );
});
