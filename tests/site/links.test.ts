import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SiteName } from '../support/sites.ts';
import { briefingPaths, EVERY_PAGE_TIMEOUT, fileForPath, pagePaths, SITES, useSession } from './built-site.ts';

const session = useSession();

/**
 * Runs a check over every page of a site as built, with script off so only the HTML counts, and
 * returns every problem it reports, each prefixed with its page.
 */
async function everyPage(
  site: SiteName,
  paths: readonly string[],
  check: (page: Page, path: string) => Promise<string[]>,
): Promise<string[]> {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(session.url(site, path));
    problems.push(...(await check(page, path)).map((problem) => `${path}: ${problem}`));
  }
  await context.close();
  return problems;
}

describe.each(SITES)('the links of the %s site', (site) => {
  it(
    'resolve every in-page link to exactly one element',
    async () => {
      const problems = await everyPage(site, pagePaths(site), (page) =>
        page.$$eval('a[href^="#"]', (links) =>
          links.flatMap((link) => {
            const href = link.getAttribute('href') ?? '';
            const id = decodeURIComponent(href.slice(1));
            const targets = id === '' ? 0 : document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length;
            return targets === 1 ? [] : [`${href} finds ${targets} elements`];
          }),
        ),
      );
      expect(problems).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );

  it(
    'give every id on a page to one element only',
    async () => {
      const problems = await everyPage(site, pagePaths(site), (page) =>
        page.$$eval('[id]', (elements) => {
          const seen = new Map<string, number>();
          for (const element of elements) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
          return [...seen].filter(([, count]) => count > 1).map(([id, count]) => `id "${id}" is used ${count} times`);
        }),
      );
      expect(problems).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );

  it('lead from every claim to at least one of its notes in the Sources section', async () => {
    const problems = await everyPage(site, briefingPaths(site), (page) =>
      page.$$eval('[data-claim]', (claims) =>
        claims.flatMap((claim) => {
          const id = claim.getAttribute('data-claim') ?? '';
          const notes = [...claim.querySelectorAll('a[href^="#note-"]')].map((link) => link.getAttribute('href') ?? '');
          if (notes.length === 0) return [`claim ${id} links to no note`];
          return notes
            .filter((href) => !document.querySelector(`#notes ${href}`))
            .map((href) => `claim ${id} links to ${href}, which is not in #notes`);
        }),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('return from every note to the markers that cite it', async () => {
    const problems = await everyPage(site, briefingPaths(site), (page) =>
      page.$$eval('#notes li[id^="note-"]', (notes) =>
        notes.flatMap((note) => {
          const backlinks = [...note.querySelectorAll('.backlinks a')].map((link) => link.getAttribute('href') ?? '');
          if (backlinks.length === 0) return [`${note.id} has no backlink`];
          return backlinks.flatMap((href) => {
            const marker = document.querySelector(href);
            if (!marker?.matches('a.marker')) return [`${note.id} returns to ${href}, which is not a marker`];
            return marker.getAttribute('href') === `#${note.id}` ? [] : [`${href} does not cite ${note.id}`];
          });
        }),
      ),
    );
    expect(problems).toEqual([]);
  });

  it(
    'point every internal address at a page or file the build contains, fragment included',
    async () => {
      const fragments = new Map<string, Set<string>>();
      const targets: { from: string; pathname: string; hash: string }[] = [];
      await everyPage(site, pagePaths(site), async (page, path) => {
        const { ids, links } = await page.evaluate(() => ({
          ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
          links: [...document.querySelectorAll('[href], [src], form[action]')].map(
            (element) =>
              element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '',
          ),
        }));
        fragments.set(path, new Set(ids));
        for (const link of links.filter((value) => value.startsWith('/') && !value.startsWith('//'))) {
          const url = new URL(link, 'http://site.invalid');
          targets.push({ from: path, pathname: url.pathname, hash: decodeURIComponent(url.hash.slice(1)) });
        }
        return [];
      });
      expect(targets.length).toBeGreaterThan(0);
      const problems = targets.flatMap(({ from, pathname, hash }) => {
        if (!fileForPath(site, pathname)) return [`${from}: ${pathname} is not in the build`];
        const ids = fragments.get(pathname);
        if (hash && ids && !ids.has(hash)) return [`${from}: ${pathname} has no element #${hash}`];
        return [];
      });
      expect(problems).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );
});
