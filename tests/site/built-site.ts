import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/support/browser.ts';
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
  /** A page in a fresh context; close it with `page.context().close()`. */
  open(site: SiteName, path: string, options?: BrowserContextOptions): Promise<Page>;
}

export function useSession(): Session {
  let browser: Browser | undefined;
  const servers = new Map<SiteName, StaticServer>();
  beforeAll(async () => {
    browser = await launchBrowser();
    for (const site of SITES) servers.set(site, await serveStatic(builtSite(site)));
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([...servers.values()].map((server) => server.close()));
  });
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
    async open(site, path, options = {}) {
      const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      await page.goto(session.url(site, path));
      return page;
    },
  };
  return session;
}

/**
 * The time a test that visits every page of a site may take. Such a test needs seconds alone, but
 * far longer while the other site tests share the machine's cores with it.
 */
export const EVERY_PAGE_TIMEOUT = 240_000;
