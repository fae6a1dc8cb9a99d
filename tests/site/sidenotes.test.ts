import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSession } from './built-site.ts';
import { cardLayout, expectCardsBesideClaims } from './card-layout.ts';

const session = useSession();
const BRIEFING = '/briefings/dprk-denies-un-cyber-theft-estimate/';

/** Presses Tab until a citation marker in the text has the focus, as a keyboard reader would. */
async function tabToMarker(page: Page): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('.briefing-body a.marker'))) return;
  }
  throw new Error('Tab never reached a citation marker');
}

describe('the card preview on a narrow screen', () => {
  it('opens beside a marker focused with the keyboard, showing that marker’s source', async () => {
    const page = await session.open('sample', BRIEFING, { viewport: { width: 360, height: 800 } });
    await tabToMarker(page);
    const marker = page.locator('a.marker:focus');
    const publisher = ((await marker.getAttribute('aria-label')) ?? '').replace(/^source \d+: /, '');
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.locator('.card-publisher').innerText()).toBe(publisher);
    expect(await marker.getAttribute('aria-describedby')).toBe(await tooltip.getAttribute('id'));
    // Right under the marker's line and inside the screen, not somewhere the reader must look for it.
    const markerBox = (await marker.boundingBox())!;
    const tooltipBox = (await tooltip.boundingBox())!;
    expect(tooltipBox.y).toBeGreaterThanOrEqual(markerBox.y + markerBox.height - 1);
    expect(tooltipBox.y - (markerBox.y + markerBox.height)).toBeLessThan(40);
    expect(tooltipBox.x).toBeGreaterThanOrEqual(0);
    expect(tooltipBox.x + tooltipBox.width).toBeLessThanOrEqual(360);
    await session.close(page);
  });

  it('closes on Escape, leaving the focus on the marker and no reference to the closed preview', async () => {
    const page = await session.open('sample', BRIEFING, { viewport: { width: 360, height: 800 } });
    await tabToMarker(page);
    await page.getByRole('tooltip').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('tooltip').count()).toBe(0);
    const marker = page.locator('a.marker:focus');
    expect(await marker.count()).toBe(1);
    expect(await marker.getAttribute('aria-describedby')).toBeNull();
    await session.close(page);
  });

  it('lets Tab walk from marker to marker, never into a preview', async () => {
    const page = await session.open('sample', BRIEFING, { viewport: { width: 360, height: 800 } });
    const markers = await page.$$eval('.briefing-body a.marker', (all) => all.map((marker) => marker.id));
    await tabToMarker(page);
    const visited = [await page.evaluate(() => document.activeElement?.id)];
    for (let presses = 0; visited.length < markers.length && presses < 300; presses += 1) {
      await page.keyboard.press('Tab');
      // Focus that lands in a preview, or falls back to the page when the preview closes, is lost.
      const focused = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body || active.closest('[role="tooltip"]')) return 'focus lost';
        return active.matches('a.marker') ? active.id : '';
      });
      if (focused) visited.push(focused);
    }
    expect(visited).toEqual(markers);
    await session.close(page);
  });

  it('moves to the next marker when Tab does', async () => {
    const page = await session.open('sample', BRIEFING, { viewport: { width: 360, height: 800 } });
    await tabToMarker(page);
    const first = await page.locator('a.marker:focus').getAttribute('id');
    await page.keyboard.press('Tab');
    const second = page.locator('a.marker:focus');
    expect(await second.getAttribute('id')).not.toBe(first);
    expect(await page.getByRole('tooltip').count()).toBe(1);
    expect(await second.getAttribute('aria-describedby')).toBe('card-preview');
    expect(await page.locator(`#${first ?? ''}`).getAttribute('aria-describedby')).toBeNull();
    await session.close(page);
  });
});

describe('the margin cards on a wide screen', () => {
  it('are lifted level with their claims by the script at 1280px', async () => {
    const page = await session.open('sample', BRIEFING);
    expect(await page.locator('.briefing-body.is-aligned').count()).toBe(1);
    const [first] = await cardLayout(page);
    expect(Math.abs(first!.top - first!.claimTop)).toBeLessThan(2);
    await session.close(page);
  });

  it('highlight the card of a focused marker instead of opening a preview', async () => {
    const page = await session.open('sample', BRIEFING);
    await tabToMarker(page);
    const use = await page.locator('a.marker:focus').getAttribute('data-use');
    expect(await page.locator(`.card[data-use="${use ?? ''}"]`).getAttribute('class')).toContain('is-highlighted');
    expect(await page.getByRole('tooltip').count()).toBe(0);
    await session.close(page);
  });

  it('line up again, without overlapping, when the window widens from 360 to 1280 px', async () => {
    const page = await session.open('fixture', '/briefings/crowded-claims/', { viewport: { width: 360, height: 800 } });
    expect(await page.locator('.briefing-body.is-aligned').count()).toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(() => page.locator('.briefing-body.is-aligned').count()).toBe(1);
    const boxes = await cardLayout(page);
    expectCardsBesideClaims(boxes);
    expect(Math.abs(boxes[0]!.top - boxes[0]!.claimTop)).toBeLessThan(2);
    await session.close(page);
  });

  it('fall back under their paragraphs when the window narrows from 1280 to 360 px', async () => {
    const page = await session.open('fixture', '/briefings/crowded-claims/');
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => page.locator('.briefing-body.is-aligned').count()).toBe(0);
    const summary = page.locator('details[data-sources-for="tonnes"] > summary');
    expect(await summary.isVisible()).toBe(true);
    expect(
      await page.locator('details[data-sources-for="tonnes"]').evaluate((group) => (group as HTMLElement).style.top),
    ).toBe('');
    await session.close(page);
  });
});
