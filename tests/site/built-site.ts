import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContextOptions, Page, Request } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { testBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/support/static-server.ts';
import { builtSite, type SiteName } from '../support/sites.ts';

export const SITES: readonly SiteName[] = ['sample', 'fixture'];

/** Every file of a built site, absolute, in a stable order. */
export function builtFiles(site: SiteName): string[] {
  const files: string[] = [];
  const walk = (directory: string) => {
    for (const name of readdirSync(directory).sort()) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(builtSite(site));
  return files;
}

export function htmlFiles(site: SiteName): string[] {
  return builtFiles(site).filter((file) => file.endsWith('.html'));
}

/**
 * Every page of a built site as the path a reader visits: `/`, `/briefings/x/`, and `/404.html`,
 * which hosts serve for any address they do not know.
 */
export function pagePaths(site: SiteName): string[] {
  return htmlFiles(site).map((file) => {
    const path = `/${relative(builtSite(site), file).split(sep).join('/')}`;
    return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  });
}

/** The file a site-relative address is served from, or undefined when the build has none. */
export function fileForPath(site: SiteName, pathname: string): string | undefined {
  const base = join(builtSite(site), decodeURIComponent(pathname));
  const candidates = pathname.endsWith('/') ? [join(base, 'index.html')] : [base, join(base, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

export function briefingPaths(site: SiteName): string[] {
  return pagePaths(site).filter((path) => /^\/briefings\/[^/]+\/$/.test(path));
}

/** Both built sites served on loopback and one Chromium, for the tests of one file. */
export interface Session {
  browser: Browser;
  url(site: SiteName, path: string): string;
  /**
   * A page showing `path` as a reader who arrives at that width and scheme sees it; give it back
   * with `session.close(page)`. A tab closed that way is reset and opened again for the next page
   * whose context options match (viewport, colour scheme and motion are set per page): a new
   * context costs half a second and a fresh renderer here, against a tenth of that to navigate,
   * and a renderer that has parsed axe once parses it again in a fraction of the time.
   */
  open(site: SiteName, path: string, options?: BrowserContextOptions): Promise<Page>;
  /** A tab as `open` lends it, before it goes anywhere: for listeners that must hear the first load. */
  tab(options?: BrowserContextOptions): Promise<Page>;
  /**
   * Waits until what the page's scripts fetch on arrival has come. Only the search page and a
   * briefing opened with `?highlight=` fetch anything after `load` (Pagefind and its index); they
   * wait for the network to go quiet. Any other page must have nothing in flight at `load`, or
   * this throws: a new script that fetches belongs in the list, or its additions go unaudited.
   */
  settled(page: Page): Promise<void>;
  /** Gives back a page from `open`: its listeners and routes go, and its tab waits for the next `open`. */
  close(page: Page): Promise<void>;
}

/** Options a tab can take on from one page to the next; the others are its context's for good. */
const PER_PAGE_OPTIONS = new Set(['viewport', 'colorScheme', 'reducedMotion', 'forcedColors', 'contrast']);

const DEFAULT_VIEWPORT = { width: 1280, height: 900 };

export function useSession(): Session {
  let browser: Browser | undefined;
  const servers = new Map<SiteName, StaticServer>();
  /**
   * Tabs not in use, by the options their context was made with. Both sites are one site to
   * Chromium (loopback on two ports), so a tab serves either.
   */
  const idle = new Map<string, Page[]>();
  const pools = new WeakMap<Page, string>();
  /** Requests each page from `open` has started and not yet finished. */
  const inFlight = new WeakMap<Page, Set<Request>>();
  beforeAll(async () => {
    browser = await testBrowser();
    for (const site of SITES) servers.set(site, await serveStatic(builtSite(site)));
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([...servers.values()].map((server) => server.close()));
  });

  /** A tab whose context has the options a tab cannot change, reset to what a new one would show. */
  const lend = async (options: BrowserContextOptions): Promise<Page> => {
    const fixed = Object.fromEntries(Object.entries(options).filter(([key]) => !PER_PAGE_OPTIONS.has(key)));
    const key = JSON.stringify(Object.entries(fixed).sort(([a], [b]) => a.localeCompare(b)));
    const page =
      idle.get(key)?.pop() ??
      (await (await session.browser.newContext({ viewport: DEFAULT_VIEWPORT, ...fixed })).newPage());
    pools.set(page, key);
    await page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
    await page.emulateMedia({
      colorScheme: options.colorScheme ?? 'light',
      reducedMotion: options.reducedMotion ?? 'no-preference',
      forcedColors: options.forcedColors ?? 'none',
      contrast: options.contrast ?? 'no-preference',
      media: null,
    });
    return page;
  };

  const session: Session = {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll; use the session inside a test');
      return browser;
    },
    url(site, path) {
      const server = servers.get(site);
      if (!server) throw new Error('the servers start in beforeAll; use the session inside a test');
      return server.url + path;
    },
    async tab(options = {}) {
      const page = await lend(options);
      const requests = new Set<Request>();
      inFlight.set(page, requests);
      page.on('request', (request) => requests.add(request));
      page.on('requestfinished', (request) => requests.delete(request));
      page.on('requestfailed', (request) => requests.delete(request));
      return page;
    },
    async open(site, path, options = {}) {
      const page = await session.tab(options);
      await page.goto(session.url(site, path));
      return page;
    },
    async settled(page) {
      await page.waitForLoadState('load');
      const url = new URL(page.url());
      if (url.pathname.endsWith('/search/') || url.searchParams.has('highlight')) {
        await page.waitForLoadState('networkidle');
        return;
      }
      // The browser fetches the tab's icon on its own schedule, after load on a busy machine;
      // nothing on the page waits for it, so it is not the page still fetching.
      const icons = new Set(
        await page.$$eval('link[rel~="icon"]', (links) => links.map((link) => (link as HTMLLinkElement).href)),
      );
      const pending = [...(inFlight.get(page) ?? [])].map((request) => request.url()).filter((url) => !icons.has(url));
      if (pending.length > 0)
        throw new Error(`${url.pathname} is still fetching after load (${pending.join(', ')}); list it in settled()`);
    },
    async close(page) {
      const key = pools.get(page);
      if (key === undefined || page.isClosed()) {
        await page.context().close();
        return;
      }
      // What a test may have left on the tab: listeners, routes, and a pointer that would hover
      // whatever the next page draws beneath it.
      page.removeAllListeners();
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.context().unrouteAll({ behavior: 'ignoreErrors' });
      await page.mouse.move(-1, -1);
      idle.set(key, [...(idle.get(key) ?? []), page]);
    },
  };
  return session;
}

/**
 * The time a test that visits every page of a site may take. Such a test needs seconds alone, but
 * far longer while the other site tests share the machine's cores with it.
 */
export const EVERY_PAGE_TIMEOUT = 240_000;
