import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.ts';
import { builtSite } from '../support/sites.ts';
import { serveStatic, type StaticServer } from '../../scripts/support/static-server.ts';

let fixture: StaticServer;
let sample: StaticServer;
let browser: Browser;

beforeAll(async () => {
  fixture = await serveStatic(builtSite('fixture'));
  sample = await serveStatic(builtSite('sample'));
  browser = await testBrowser();
});
afterAll(async () => {
  await browser.close();
  await Promise.all([fixture.close(), sample.close()]);
});

/** Opens a page that records every CSP violation and every request it makes. */
async function open(url: string): Promise<{ page: Page; violations: () => Promise<string[]>; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  return {
    page,
    requests,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

function resultLinks(page: Page): Promise<string[]> {
  return page.$$eval('pagefind-results a', (links) => links.map((link) => (link as HTMLAnchorElement).href));
}

describe('search', () => {
  it('finds a claim by a word only it uses, and lands the reader on the claim, highlighted', async () => {
    const { page, violations } = await open(`${fixture.url}/search/?q=schedule`);
    const claimLink = page.locator('pagefind-results a[href*="#claim-on-schedule"]');
    await claimLink.first().waitFor();
    // Source pages that list the claim match too; among briefings, only the claim's own.
    const briefings = (await resultLinks(page))
      .map((link) => new URL(link).pathname)
      .filter((path) => path.startsWith('/briefings/'));
    expect(new Set(briefings)).toEqual(new Set(['/briefings/crowded-claims/']));
    await claimLink.first().click();
    await page.waitForURL(/#claim-on-schedule$/);
    expect(new URL(page.url()).searchParams.get('highlight')).toBe('schedule');
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('claim-on-schedule');
    await expect
      .poll(() => page.locator('#claim-on-schedule mark.pagefind-highlight').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('narrows results to briefings with a denied claim when filtered by status', async () => {
    const { page, violations } = await open(`${sample.url}/search/`);
    await page.locator('pagefind-filter-pane').getByText('Claim status', { exact: false }).first().waitFor();
    const denied = page.locator('pagefind-filter-pane input[type="checkbox"][value="Denied"]');
    if ((await denied.count()) === 0 || !(await denied.isVisible())) {
      await page.locator('pagefind-filter-pane').getByText('Claim status', { exact: false }).first().click();
    }
    await denied.check();
    await expect.poll(() => resultLinks(page)).not.toEqual([]);
    const pages = new Set((await resultLinks(page)).map((link) => new URL(link).pathname));
    expect(pages).toEqual(
      new Set(['/briefings/dprk-denies-un-cyber-theft-estimate/', '/briefings/bangladesh-central-bank-heist/']),
    );
    // The filter travels in the URL, so the search can be shared.
    expect(new URL(page.url()).searchParams.getAll('claim-status')).toEqual(['Denied']);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('restores a shared search, filters and date sort from the URL', async () => {
    const { page } = await open(`${sample.url}/search/?q=lazarus&type=Briefing&sort=date:asc`);
    await expect.poll(async () => (await resultLinks(page)).length).toBeGreaterThan(1);
    await expect.poll(() => page.inputValue('pagefind-input input')).toBe('lazarus');
    const titles = await page.$$eval('pagefind-results .pf-result-link', (links) =>
      links.map((link) => link.textContent),
    );
    // Oldest first: the Lazarus exchange briefing (21 November) before the Bangladesh one (23 November).
    expect(titles[0]).toContain('Group-IB links Lazarus');
    expect(await page.locator('#search-sort').inputValue()).toBe('date:asc');
    await page.context().close();
  });

  it('returns nothing for a word that occurs only in a draft', async () => {
    const { page } = await open(`${fixture.url}/search/?q=xylophonequartz`);
    await page
      .locator('pagefind-summary')
      .getByText(/no results/i)
      .waitFor();
    expect(await resultLinks(page)).toEqual([]);
    await page.context().close();
  });

  it('loads nothing from Pagefind until the header search field is focused, which / does', async () => {
    const { page, requests, violations } = await open(`${sample.url}/briefings/lazarus-exchange-thefts/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('bithumb');
    const quick = page.locator('#site-search-results a[href*="#claim-bithumb"]');
    await quick.waitFor();
    expect(requests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });
});
