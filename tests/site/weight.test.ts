import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../support/sites.ts';
import { fileForPath, useSession } from './built-site.ts';
import { citedSourceCount, publishedBriefings } from './content.ts';

const session = useSession();
const briefings = publishedBriefings('sample');

/** Bytes of a text once gzip-compressed, as a server sends it. */
const gzipped = (text: string | Buffer) => gzipSync(text).length;

/** The budgets of the issue, in bytes of gzip-compressed text. */
const HTML_AND_CSS_BUDGET = 30_000;
const SCRIPT_BUDGET = 5_000;

describe.each(briefings.map((briefing) => briefing.slug))('the sample briefing %s', (slug) => {
  const path = `/briefings/${slug}/`;

  it('asks no other origin for anything, at 1280 and 360 px', async () => {
    for (const width of [1280, 360]) {
      const context = await session.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(session.url('sample', path), { waitUntil: 'networkidle' });
      const origin = new URL(session.url('sample', '/')).origin;
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
      await context.close();
    }
  });

  it('weighs under 30 KB of compressed HTML and CSS', () => {
    const file = fileForPath('sample', path)!;
    const html = readFileSync(file, 'utf8');
    const stylesheets = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map(
      ([tag]) => /\bhref="([^"]+)"/.exec(tag)?.[1] ?? '',
    );
    expect(stylesheets.length).toBeGreaterThan(0);
    const css = stylesheets.map((href) =>
      gzipped(readFileSync(fileForPath('sample', href) ?? `${builtSite('sample')}${href}`)),
    );
    const total = gzipped(html) + css.reduce((sum, size) => sum + size, 0);
    console.info(`${path}: HTML ${gzipped(html)} B + CSS ${css.join(' + ')} B = ${total} B gzip`);
    expect(total).toBeLessThan(HTML_AND_CSS_BUDGET);
  });

  it('runs under 5 KB of compressed JavaScript', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().then(gzipped));
    });
    await page.goto(session.url('sample', path), { waitUntil: 'networkidle' });
    const inline = await page.$$eval('script:not([src])', (all) =>
      all.filter((script) => !/json/.test(script.getAttribute('type') ?? '')).map((script) => script.textContent),
    );
    const sizes = [...(await Promise.all(scripts)), ...inline.map((text) => gzipped(text))];
    const total = sizes.reduce((sum, size) => sum + size, 0);
    console.info(`${path}: JavaScript ${sizes.join(' + ')} B = ${total} B gzip`);
    expect(total).toBeLessThan(SCRIPT_BUDGET);
    await context.close();
  });

  it('reads in full with JavaScript off: every claim, its cards, the ledger and the notes', async () => {
    const briefing = briefings.find((candidate) => candidate.slug === slug)!;
    const page = await session.open('sample', path, {
      javaScriptEnabled: false,
      viewport: { width: 360, height: 800 },
    });
    for (const claim of briefing.data.claims) {
      expect(await page.locator(`#ledger-${claim.id}`).isVisible(), claim.id).toBe(true);
      if (!briefing.marked.includes(claim.id)) continue;
      expect(await page.locator(`[data-claim="${claim.id}"]`).isVisible(), claim.id).toBe(true);
      const disclosure = page.locator(`details[data-sources-for="${claim.id}"]`);
      expect(await disclosure.locator('.card').count(), claim.id).toBe(claim.citations.length);
      await disclosure.locator(':scope > summary').click();
      expect(await disclosure.locator('.card').first().isVisible(), claim.id).toBe(true);
    }
    const notes = page.locator('#notes li[id^="note-"]');
    expect(await notes.count()).toBe(citedSourceCount(briefing));
    expect(await notes.last().isVisible()).toBe(true);
    await page.context().close();
  });
});
