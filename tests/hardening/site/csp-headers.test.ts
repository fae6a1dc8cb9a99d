import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../../support/browser.ts';
import { serveStatic, type StaticServer } from '../../../scripts/support/static-server.ts';
import { builtSite } from '../../support/sites.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from '../support/headers-file.ts';

/**
 * The `_headers` file static hosts read, checked as a host would apply it, and then in Chromium:
 * the built sample site served with those headers, every page visited and search used, must run
 * without a single Content-Security-Policy violation or console error.
 */

function siteFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (directory: string): void => {
    for (const name of readdirSync(directory).sort()) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(`/${relative(root, path).split(sep).join('/')}`);
    }
  };
  walk(root);
  return files;
}

/** The address a reader visits for each page: `/`, `/briefings/x/`, `/404.html`. */
function pagePaths(root: string): string[] {
  return siteFiles(root)
    .filter((path) => path.endsWith('.html'))
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path));
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name, ...sources]) => [name!, sources]),
  );
}

let root: string;
let rules: HeaderRule[];
beforeAll(() => {
  root = builtSite('sample');
  rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
});

describe('the _headers file', () => {
  it('gives every path a policy with no inline script, no plugins, no framing and no foreign base or form target', () => {
    const headers = headersFor(rules, '/briefings/any/');
    expect(headers['content-security-policy']).toHaveLength(1);
    const policy = directives(headers['content-security-policy']![0]!);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(headers['x-content-type-options']).toEqual(['nosniff']);
    expect(headers['referrer-policy']).toEqual(['strict-origin-when-cross-origin']);
  });

  it('caches content-hashed assets for a year as immutable, revalidates the search entry points, and never sends a header twice', () => {
    const files = siteFiles(root);
    for (const path of files) {
      const headers = headersFor(rules, path);
      // Hosts join repeated headers with commas, which would make two cache policies one nonsense.
      for (const [name, values] of Object.entries(headers)) expect(values, `${name} for ${path}`).toHaveLength(1);
      if (/^\/(_astro|pagefind\/(fragment|index|filter))\//.test(path)) {
        expect(headers['cache-control'], path).toEqual(['public, max-age=31536000, immutable']);
      }
    }
    expect(files.filter((path) => path.startsWith('/_astro/')).length).toBeGreaterThan(0);
    expect(files.filter((path) => path.startsWith('/pagefind/fragment/')).length).toBeGreaterThan(0);
    for (const path of ['/pagefind/pagefind-entry.json', '/pagefind/pagefind.js']) {
      expect(files).toContain(path);
      expect(headersFor(rules, path)['cache-control']).toEqual(['public, max-age=0, must-revalidate']);
    }
    expect(headersFor(rules, '/index.html')['cache-control']).toBeUndefined();
  });
});

describe('the sample site served with the _headers policy', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    const everywhere = Object.fromEntries(
      Object.entries(headersFor(rules, '/')).map(([name, values]) => [name, values.join(', ')]),
    );
    server = await serveStatic(root, everywhere);
    browser = await testBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  /**
   * A tab that records policy violations (from before any script runs), console errors and
   * uncaught errors; `visit` opens a page in it and gives what that page recorded. One tab serves
   * every page, since a context per page costs more than the page itself here.
   */
  async function watchedTab(): Promise<{ page: Page; visit: (path: string) => Promise<() => Promise<string[]>> }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    // Requests still open: a page is done once it has loaded and they have all ended, which a
    // quiet half-second (`networkidle`) per page would only guess at, at that cost every page.
    const open = new Set<Request>();
    page.on('request', (request) => open.add(request));
    page.on('requestfinished', (request) => open.delete(request));
    page.on('requestfailed', (request) => open.delete(request));
    const visit = async (path: string) => {
      const recorded: string[] = [];
      errors = recorded;
      const response = await page.goto(server.url + path);
      expect(response?.status(), path).toBe(200);
      await expect.poll(() => open.size).toBe(0);
      return async () => [
        ...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)),
        ...recorded,
      ];
    };
    return { page, visit };
  }

  async function open(path: string): Promise<{ page: Page; problems: () => Promise<string[]> }> {
    const { page, visit } = await watchedTab();
    return { page, problems: await visit(path) };
  }

  it('sends the policy with every response', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('runs every page without a policy violation or a console error', { timeout: 120_000 }, async () => {
    const paths = pagePaths(root);
    expect(paths.length).toBeGreaterThan(5);
    const problems: string[] = [];
    const { page, visit } = await watchedTab();
    for (const path of paths) {
      const found = await visit(path);
      for (const problem of await found()) problems.push(`${path} ${problem}`);
    }
    await page.context().close();
    expect(problems).toEqual([]);
  });

  it('searches on /search/ without a policy violation or a console error', async () => {
    const { page, problems } = await open('/search/');
    await page.locator('pagefind-input input').fill('korea');
    // The results are drawn twice (a first pass, then the full one), so the count is polled.
    await expect.poll(() => page.locator('pagefind-results a').count()).toBeGreaterThan(0);
    // Results fetch their fragments as they are drawn; a violation there counts too.
    await page.waitForLoadState('networkidle');
    expect(await problems()).toEqual([]);
    await page.context().close();
  });

  it('searches from the header field without a policy violation or a console error', async () => {
    const { page, problems } = await open('/');
    await page.locator('#site-search-input').fill('korea');
    // The results are drawn twice (a first pass, then the full one), so the count is polled.
    await expect.poll(() => page.locator('#site-search-results a').count()).toBeGreaterThan(0);
    // Results fetch their fragments as they are drawn; a violation there counts too.
    await page.waitForLoadState('networkidle');
    expect(await problems()).toEqual([]);
    await page.context().close();
  });
});
