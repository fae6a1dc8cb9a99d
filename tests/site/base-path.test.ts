import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/support/static-server.ts';
import { buildEnvironment } from '../support/build-site.ts';
import { PROJECT_ROOT, TEST_OUTPUT } from '../support/paths.ts';

const BASE = '/briefings-desk/';
const SITE = 'https://news.example.org';
const outDir = join(TEST_OUTPUT, 'base-path');
let server: StaticServer;
let browser: Browser;

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The file an address under the base path is served from, as the host would find it. */
function served(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const path = join(outDir, decodeURIComponent(pathname.slice(BASE.length)));
  return [path, join(path, 'index.html')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

beforeAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    // Written without its final slash, as an editor may: every address must still be under it.
    env: buildEnvironment({ BASE_PATH: BASE.replace(/\/$/, ''), SITE_URL: SITE }),
    timeout: 240_000,
  });
  if (build.status !== 0) throw new Error(`the base-path build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveStatic(outDir, {}, BASE);
  browser = await testBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('a publication under a sub-path', () => {
  it('links every page, asset and script inside the base path, and every link resolves', () => {
    const pages = files(outDir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const page = `${BASE}${relative(outDir, file).split(sep).join('/')}`;
      const html = readFileSync(file, 'utf8');
      for (const [, , target] of html.matchAll(/\s(href|src|action)="([^"#]*)(#[^"]*)?"/g)) {
        if (!target || /^(https?:|mailto:)/.test(target) || target.includes('{{')) continue;
        const pathname = new URL(target.replaceAll('&amp;', '&'), `http://host${page}`).pathname;
        expect(pathname.startsWith(BASE), `${page} links to ${target}, outside ${BASE}`).toBe(true);
        expect(served(pathname), `${page} links to ${target}, which the build does not have`).toBeDefined();
      }
    }
  });

  it("writes the static hosts' header rules for the files under the base path", () => {
    const rules = readFileSync(join(outDir, '_headers'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('/'));
    expect(rules).toContain(`${BASE}*`);
    expect(rules).toContain(`${BASE}_astro/*`);
    for (const rule of rules) expect(rule.startsWith(BASE), rule).toBe(true);
  });

  it('writes absolute addresses under the base path in feeds, exports and sitemaps', () => {
    for (const name of ['rss.xml', 'sitemap.xml', 'claims.json', 'sources.json', 'robots.txt']) {
      const text = readFileSync(join(outDir, name), 'utf8');
      const addresses = [...text.matchAll(/https:\/\/news\.example\.org[^\s"<>]*/g)].map((match) => match[0]);
      expect(addresses.length, name).toBeGreaterThan(0);
      for (const address of addresses) expect(address.startsWith(`${SITE}${BASE}`), `${name}: ${address}`).toBe(true);
    }
  });

  it('finds a claim in search and lands on it, under the base path', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        void (window as unknown as { reportViolation(text: string): Promise<void> }).reportViolation(
          event.violatedDirective,
        );
      });
    });
    await page.goto(`${server.url}${BASE}search/?q=bithumb`);
    const claim = page.locator('pagefind-results a[href*="#claim-bithumb"]').first();
    await claim.waitFor();
    expect(new URL((await claim.getAttribute('href')) ?? '', server.url).pathname).toBe(
      `${BASE}briefings/lazarus-exchange-thefts/`,
    );
    await claim.click();
    await page.waitForURL(/#claim-bithumb$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('claim-bithumb');

    await page.keyboard.press('/');
    await page.keyboard.type('lazarus');
    await page.locator('#site-search-results a').first().waitFor();
    const quick = await page.$$eval('#site-search-results a', (links) =>
      links.map((link) => (link as HTMLAnchorElement).pathname),
    );
    for (const pathname of quick) expect(pathname.startsWith(BASE), pathname).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });
});
