import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { httpUrl } from '../../src/lib/safe-url.ts';
import { briefingPaths, EVERY_PAGE_TIMEOUT, SITES, useSession } from './built-site.ts';
import { sourceFiles } from './content.ts';

const session = useSession();

/** A briefing as the printer sees it. */
async function printed(site: (typeof SITES)[number], path: string): Promise<Page> {
  const page = await session.open(site, path);
  await page.emulateMedia({ media: 'print' });
  return page;
}

describe('a printed briefing', () => {
  it(
    'leaves out the card disclosures and keeps the numbered notes',
    async () => {
      for (const site of SITES) {
        for (const path of briefingPaths(site)) {
          const page = await printed(site, path);
          const disclosures = page.locator('.claim-sources');
          expect(await disclosures.count(), path).toBeGreaterThan(0);
          for (const disclosure of await disclosures.all()) expect(await disclosure.isVisible(), path).toBe(false);
          const notes = page.locator('#notes li[id^="note-"]');
          expect(await notes.count(), path).toBeGreaterThan(0);
          for (const note of await notes.all()) expect(await note.isVisible(), path).toBe(true);
          await session.close(page);
        }
      }
    },
    EVERY_PAGE_TIMEOUT,
  );

  it(
    'prints each note’s URL once, as its text or after its link',
    async () => {
      for (const site of SITES) {
        const sources = sourceFiles(site);
        for (const path of briefingPaths(site)) {
          const page = await printed(site, path);
          const notes = await page.$$eval('#notes li[id^="note-"]', (all) =>
            all.map((note) => ({
              id: note.id,
              source: note.querySelector('a[href^="/sources/"]')?.getAttribute('href')?.split('/')[2] ?? '',
              // What ink reaches the paper: the text, and what the print style adds after each link.
              links: [...note.querySelectorAll('a[href^="http"]')].map((link) => ({
                href: link.getAttribute('href') ?? '',
                printed: `${(link as HTMLElement).innerText}${getComputedStyle(link, '::after').content}`,
              })),
            })),
          );
          for (const note of notes) {
            const url = httpUrl(sources.get(note.source)?.url);
            if (!url) continue;
            const own = note.links.find((link) => link.href === url);
            expect(own?.printed.split(url).length, `${path} ${note.id} prints ${url} once`).toBe(2);
            for (const link of note.links)
              expect(link.printed, `${path} ${note.id} shows where ${link.href} leads`).toContain(link.href);
          }
          await session.close(page);
        }
      }
    },
    EVERY_PAGE_TIMEOUT,
  );
});

describe('the sample’s main briefing on paper', () => {
  const MAIN = '/briefings/dprk-denies-un-cyber-theft-estimate/';

  it('prints on at most four A4 pages, with the page’s own margins', async () => {
    // Loaded at a desktop width, as most readers print: the margin script has run first.
    const page = await session.open('sample', MAIN);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    console.info(`${MAIN} prints on ${pages} A4 pages`);
    expect(pages).toBeLessThanOrEqual(4);
    await session.close(page);
  });

  it('leaves out the search field, the navigation and the link to the drawn map, and keeps the ledger and the numbered notes', async () => {
    const page = await printed('sample', MAIN);
    for (const selector of ['.site-search', '.site-header nav', '.site-footer', '.downloads', '.evidence-maps-link'])
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    expect(await page.locator('#ledger table').isVisible()).toBe(true);
    expect(await page.locator('#notes > ol').evaluate((list) => getComputedStyle(list).listStyleType)).toBe('decimal');
    await session.close(page);
  });

  it('keeps the claim ledger a table, one row a claim, on a page as narrow as A4', async () => {
    const page = await printed('sample', MAIN);
    await page.setViewportSize({ width: 680, height: 1000 });
    const rows = page.locator('#ledger tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await rows.first().evaluate((row) => getComputedStyle(row).display)).toBe('table-row');
    expect(await page.locator('#ledger thead').evaluate((head) => getComputedStyle(head).display)).toBe(
      'table-header-group',
    );
    await session.close(page);
  });
});
