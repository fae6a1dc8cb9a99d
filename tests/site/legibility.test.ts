import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSession } from './built-site.ts';

const session = useSession();

/** A briefing page, a source page and the home page: between them every kind of small text. */
const PAGES = ['/briefings/dprk-denies-un-cyber-theft-estimate/', '/sources/sc-media-uk-dprk-denial/', '/'];

/**
 * Every visible text node drawn under 12 CSS px, as Lighthouse's legible-font-size audit counts
 * them; SVG text at the size it is drawn, after the picture's own scaling.
 */
function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element: Element | null = node.parentElement;
      if (!text || !element) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
      // A visually hidden label (1px, clipped) is for screen readers; Lighthouse skips it too.
      if (element.closest('.visually-hidden, .sr-only')) continue;
      const scale = element instanceof SVGGraphicsElement ? (element.getScreenCTM()?.a ?? 1) : 1;
      const size = parseFloat(getComputedStyle(element).fontSize) * scale;
      if (size < 12)
        found.push(
          `"${text.slice(0, 40)}" in <${element.localName} class="${element.getAttribute('class') ?? ''}"> at ${size.toFixed(2)}px`,
        );
    }
    return found;
  });
}

describe('on a 360 px phone', () => {
  it.each(PAGES)('no visible text on %s is smaller than 12 px, disclosures opened', async (path) => {
    const page = await session.open('sample', path, {
      viewport: { width: 360, height: 800 },
      javaScriptEnabled: false,
    });
    expect(await smallText(page)).toEqual([]);
    // The BibTeX blocks, cards and maps behind disclosures count as soon as a reader opens them.
    await page.$$eval('details', (all) => {
      for (const details of all) details.setAttribute('open', '');
    });
    expect(await smallText(page)).toEqual([]);
    await session.close(page);
  });
});
