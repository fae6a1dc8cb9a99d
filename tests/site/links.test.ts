import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SiteName } from '../support/sites.ts';
import { briefingPaths, EVERY_PAGE_TIMEOUT, fileForPath, pagePaths, SITES, useSession } from './built-site.ts';

const session = useSession();

/** What the link checks read from one page as built, with script off so only the HTML counts. */
interface PageLinks {
  /** In-page links (`#…`) that do not find exactly one element. */
  unresolved: string[];
  /** Ids given to more than one element. */
  duplicateIds: string[];
  /** Claims with no note, or with a note link that leads outside the Sources section. */
  claimsWithoutNotes: string[];
  /** Notes with no way back, or whose way back is not a marker citing them. */
  notesWithoutBacklinks: string[];
  /** Every id on the page. */
  ids: string[];
  /** Every address in an href, src or form action. */
  addresses: string[];
}

/**
 * Each page of a site read once (a load per page per check cost most of this file's time), then
 * every check below asks the reading it needs. Problems are prefixed with their page.
 */
const readings = new Map<SiteName, Promise<Map<string, PageLinks>>>();

function readSite(site: SiteName): Promise<Map<string, PageLinks>> {
  let reading = readings.get(site);
  if (!reading) {
    reading = (async () => {
      const context = await session.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const pages = new Map<string, PageLinks>();
      for (const path of pagePaths(site)) {
        await page.goto(session.url(site, path));
        pages.set(path, await readLinks(page));
      }
      await context.close();
      return pages;
    })();
    readings.set(site, reading);
  }
  return reading;
}

function readLinks(page: Page): Promise<PageLinks> {
  return page.evaluate(() => {
    const unresolved = [...document.querySelectorAll('a[href^="#"]')].flatMap((link) => {
      const href = link.getAttribute('href') ?? '';
      const id = decodeURIComponent(href.slice(1));
      const targets = id === '' ? 0 : document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length;
      return targets === 1 ? [] : [`${href} finds ${targets} elements`];
    });
    const elements = [...document.querySelectorAll('[id]')];
    const seen = new Map<string, number>();
    for (const element of elements) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
    const duplicateIds = [...seen]
      .filter(([, count]) => count > 1)
      .map(([id, count]) => `id "${id}" is used ${count} times`);
    const claimsWithoutNotes = [...document.querySelectorAll('[data-claim]')].flatMap((claim) => {
      const id = claim.getAttribute('data-claim') ?? '';
      const notes = [...claim.querySelectorAll('a[href^="#note-"]')].map((link) => link.getAttribute('href') ?? '');
      if (notes.length === 0) return [`claim ${id} links to no note`];
      return notes
        .filter((href) => !document.querySelector(`#notes ${href}`))
        .map((href) => `claim ${id} links to ${href}, which is not in #notes`);
    });
    const notesWithoutBacklinks = [...document.querySelectorAll('#notes li[id^="note-"]')].flatMap((note) => {
      const backlinks = [...note.querySelectorAll('.backlinks a')].map((link) => link.getAttribute('href') ?? '');
      if (backlinks.length === 0) return [`${note.id} has no backlink`];
      return backlinks.flatMap((href) => {
        const marker = document.querySelector(href);
        if (!marker?.matches('a.marker')) return [`${note.id} returns to ${href}, which is not a marker`];
        return marker.getAttribute('href') === `#${note.id}` ? [] : [`${href} does not cite ${note.id}`];
      });
    });
    return {
      unresolved,
      duplicateIds,
      claimsWithoutNotes,
      notesWithoutBacklinks,
      ids: elements.map((element) => element.id),
      addresses: [...document.querySelectorAll('[href], [src], form[action]')].map(
        (element) =>
          element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '',
      ),
    };
  });
}

/** One kind of problem on the given pages of a site, each prefixed with its page. */
async function problemsOn(
  site: SiteName,
  paths: readonly string[],
  kind: 'unresolved' | 'duplicateIds' | 'claimsWithoutNotes' | 'notesWithoutBacklinks',
): Promise<string[]> {
  const pages = await readSite(site);
  return paths.flatMap((path) => {
    const reading = pages.get(path);
    if (!reading) return [`${path}: was not read`];
    return reading[kind].map((problem) => `${path}: ${problem}`);
  });
}

describe.each(SITES)('the links of the %s site', (site) => {
  it(
    'resolve every in-page link to exactly one element',
    async () => {
      expect(await problemsOn(site, pagePaths(site), 'unresolved')).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );

  it(
    'give every id on a page to one element only',
    async () => {
      expect(await problemsOn(site, pagePaths(site), 'duplicateIds')).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );

  it(
    'lead from every claim to at least one of its notes in the Sources section',
    async () => {
      const briefings = briefingPaths(site);
      expect(briefings.length).toBeGreaterThan(0);
      expect(await problemsOn(site, briefings, 'claimsWithoutNotes')).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );

  it(
    'return from every note to the markers that cite it',
    async () => {
      expect(await problemsOn(site, briefingPaths(site), 'notesWithoutBacklinks')).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );

  it(
    'point every internal address at a page or file the build contains, fragment included',
    async () => {
      const pages = await readSite(site);
      const targets = [...pages].flatMap(([from, { addresses }]) =>
        addresses
          .filter((value) => value.startsWith('/') && !value.startsWith('//'))
          .map((address) => {
            const url = new URL(address, 'http://site.invalid');
            return { from, pathname: url.pathname, hash: decodeURIComponent(url.hash.slice(1)) };
          }),
      );
      expect(targets.length).toBeGreaterThan(0);
      const problems = targets.flatMap(({ from, pathname, hash }) => {
        if (!fileForPath(site, pathname)) return [`${from}: ${pathname} is not in the build`];
        const ids = pages.get(pathname)?.ids;
        if (hash && ids && !ids.includes(hash)) return [`${from}: ${pathname} has no element #${hash}`];
        return [];
      });
      expect(problems).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );
});
