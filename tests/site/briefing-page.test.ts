import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/support/static-server.ts';
import { builtSite } from '../support/sites.ts';
import { cardLayout, expectCardsBesideClaims } from './card-layout.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(builtSite('fixture'));
  browser = await testBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

async function open(path: string, width: number, javaScript = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await page.goto(server.url + path);
  return page;
}

describe('a briefing page', () => {
  it('numbers sources in order of first use and gives a source cited again the same number', async () => {
    const html = await readFile(join(builtSite('fixture'), 'briefings/crowded-claims/index.html'), 'utf8');
    const numbers = [...html.matchAll(/class="marker" href="#note-(\d+)" id="cite-\d+-([a-z]+)"/g)].map(
      (match) => `${match[1]}${match[2]}`,
    );
    // wire-story is cited first (1a), again for the second claim (1b) and the third (1c).
    expect(numbers.slice(0, 5)).toEqual(['1a', '2a', '1b', '3a', '1c']);
  });

  it('lets every claim reach its sources with JavaScript off, on a narrow screen', async () => {
    const page = await open('/briefings/crowded-claims/', 360, false);
    const claims = await page.locator('[data-claim]').all();
    expect(claims.length).toBeGreaterThan(5);
    for (const claim of claims) {
      const id = await claim.getAttribute('data-claim');
      const markers = claim.locator('a.marker');
      expect(await markers.count(), `claim ${id ?? ''} has citation markers`).toBeGreaterThan(0);
      const target = (await markers.first().getAttribute('href')) ?? '';
      await expect.poll(() => page.locator(target).count()).toBe(1);
    }
    // The cards open in place under the paragraph, without script.
    const disclosure = page.locator('details[data-sources-for="tonnes"]');
    await disclosure.locator(':scope > summary').click();
    await expect.poll(() => disclosure.locator('.card').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('keeps margin cards level with or below their claim at 1280px, and never overlapping', async () => {
    for (const javaScript of [true, false]) {
      const page = await open('/briefings/crowded-claims/', 1280, javaScript);
      const boxes = await cardLayout(page);
      expectCardsBesideClaims(boxes);
      await page.context().close();
    }
  });

  it('keeps crowded cards near their claim at 1280px by showing them compact, quotes left to the notes', async () => {
    const sample = await serveStatic(builtSite('sample'));
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${sample.url}/briefings/dprk-denies-un-cyber-theft-estimate/`);
      await page.waitForFunction(() => document.querySelector('.briefing-body.is-aligned'));
      const drift = await page.$$eval('.claim-sources', (groups) =>
        groups.map((group) => {
          const id = (group as HTMLElement).dataset['sourcesFor'] ?? '';
          return (
            group.getBoundingClientRect().top - document.getElementById(`claim-${id}`)!.getBoundingClientRect().top
          );
        }),
      );
      // Seven claims with up to five sources each in about a screen of text: without compact
      // cards the last group started 2,500 px below its claim.
      expect(Math.max(...drift)).toBeLessThan(400);
      expect(await page.locator('.claim-sources.is-compact').count()).toBeGreaterThan(0);
      expect(await page.locator('.claim-sources.is-compact .card-quote').first().isVisible()).toBe(false);
      await context.close();
    } finally {
      await sample.close();
    }
  });

  it('never scrolls sideways at 360px', async () => {
    for (const path of [
      '/',
      '/briefings/crowded-claims/',
      '/briefings/hostile-strings/',
      '/sources/',
      '/sources/hostile-source/',
    ]) {
      const page = await open(path, 360);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });
});
