import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_OUTPUT } from '../support/paths.ts';
import { useSession } from './built-site.ts';

/*
 * Full-page screenshots of a sample briefing for people to look at (in .test-output/screenshots/),
 * each paired with what a reader would notice first at that width.
 */
const session = useSession();
const SLUG = 'dprk-denies-un-cyber-theft-estimate';
const SCREENSHOTS = join(TEST_OUTPUT, 'screenshots');

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

async function shoot(width: number, colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await session.open('sample', `/briefings/${SLUG}/`, { viewport: { width, height: 900 }, colorScheme });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SCREENSHOTS, `${SLUG}-${width}-${colorScheme}.png`), fullPage: true });
  return page;
}

/** Where the first claim and its card group stand, and whether its cards and summary can be seen. */
async function firstGroup(page: Page) {
  const group = page.locator('.claim-sources').first();
  const place = await group.evaluate((element) => {
    const id = (element as HTMLElement).dataset['sourcesFor'] ?? '';
    const claim = document.getElementById(`claim-${id}`)!.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    return { top: box.top, left: box.left, claimTop: claim.top, textRight: claim.right };
  });
  return {
    ...place,
    cardShown: await group.locator('.card').first().isVisible(),
    summaryShown: await group.locator(':scope > summary').isVisible(),
  };
}

/** Relative luminance of a computed `rgb()` colour, 0 for black to 1 for white. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe(`the sample briefing ${SLUG}, as a reader sees it`, () => {
  it('at 1280px shows the first claim’s sources beside the text, level with the claim, on the first screen', async () => {
    const page = await shoot(1280, 'light');
    const group = await firstGroup(page);
    expect(group.cardShown).toBe(true);
    expect(group.summaryShown).toBe(false);
    expect(group.left).toBeGreaterThan(group.textRight);
    expect(Math.abs(group.top - group.claimTop)).toBeLessThan(2);
    expect(group.top).toBeLessThan(900);
    await session.close(page);
  });

  it('at 1280px in the dark scheme sets light text on a dark page, cards still beside the text', async () => {
    const page = await shoot(1280, 'dark');
    const colours = await page.evaluate(() => ({
      page: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      card: getComputedStyle(document.querySelector('.card')!).backgroundColor,
    }));
    expect(luminance(colours.page)).toBeLessThan(0.05);
    expect(luminance(colours.card)).toBeLessThan(0.05);
    expect(luminance(colours.text)).toBeGreaterThan(0.6);
    const group = await firstGroup(page);
    expect(group.cardShown).toBe(true);
    expect(group.left).toBeGreaterThan(group.textRight);
    await session.close(page);
  });

  it('at 768px folds each claim’s sources into a summary under its paragraph, and keeps the ledger a table', async () => {
    const page = await shoot(768, 'light');
    const group = await firstGroup(page);
    expect(group.summaryShown).toBe(true);
    expect(group.cardShown).toBe(false);
    expect(group.top).toBeGreaterThan(group.claimTop);
    expect(await page.locator('#ledger thead th').first().isVisible()).toBe(true);
    await session.close(page);
  });

  it('at 360px shows the disclosure summaries, and the cards only once one is opened', async () => {
    const page = await shoot(360, 'light');
    const summaries = page.locator('.claim-sources > summary');
    expect(await summaries.count()).toBeGreaterThan(3);
    for (const summary of await summaries.all()) expect(await summary.isVisible()).toBe(true);
    expect(await page.locator('.claim-sources .card').first().isVisible()).toBe(false);
    await summaries.first().click();
    expect(await page.locator('.claim-sources .card').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, `${SLUG}-360-light-opened.png`), fullPage: true });
    await session.close(page);
  });

  it('at 360px turns each ledger row into a card whose claim reads across the card’s full width', async () => {
    const page = await session.open('sample', `/briefings/${SLUG}/`, { viewport: { width: 360, height: 900 } });
    const rows = await page.$$eval('#ledger tbody tr', (all) =>
      all.map((row) => row.querySelector('th')!.getBoundingClientRect().width / row.getBoundingClientRect().width),
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const share of rows) expect(share).toBeGreaterThan(0.9);
    const caption = await page.locator('#ledger caption').evaluate((element) => element.getBoundingClientRect().width);
    expect(caption).toBeGreaterThan(300);
    await page.locator('#ledger').screenshot({ path: join(SCREENSHOTS, `${SLUG}-360-ledger.png`) });
    await session.close(page);
  });
});
