import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fileForPath, useSession } from './built-site.ts';
import { publishedBriefings, sourceFiles } from './content.ts';

const session = useSession();
const briefings = publishedBriefings('sample');
const sources = sourceFiles('sample');
const MAIN = briefings.find((briefing) => briefing.slug === 'dprk-denies-un-cyber-theft-estimate')!;
const UN_ESTIMATE = MAIN.data.claims.find((claim) => claim.id === 'un-estimate')!;
const SC_MEDIA_UK = 'sc-media-uk-dprk-denial';

/**
 * Opens a claim's cards and follows their link to its map, as a reader on a phone would: the map
 * is on the briefing's evidence maps page, in the claim's own section.
 */
async function openClaimMap(page: Page, claimId: string) {
  const disclosure = page.locator(`details[data-sources-for="${claimId}"]`);
  await disclosure.locator(':scope > summary').click();
  await disclosure.getByRole('link', { name: 'Evidence map of this claim' }).click();
  await page.waitForURL(`**/briefings/${MAIN.slug}/evidence/#map-${claimId}`);
  return page.locator(`#map-${claimId} svg`);
}

/** The map as a reader finds it: each box's source, group, link and words, and each line. */
function readMap(page: Page, selector: string) {
  return page.$eval(selector, (svg) => ({
    title: svg.querySelector('title')?.textContent ?? '',
    nodes: [...svg.querySelectorAll('[data-map-source]')].map((node) => ({
      id: node.getAttribute('data-map-source') ?? '',
      group: node.getAttribute('data-group') ?? '',
      href: node.getAttribute('href') ?? '',
      text: [...node.querySelectorAll('text')].map((text) => text.textContent).join(' '),
    })),
    edges: [...svg.querySelectorAll('[data-edge]')].map(
      (edge) => `${edge.getAttribute('data-from')} ${edge.getAttribute('data-edge')} ${edge.getAttribute('data-to')}`,
    ),
  }));
}

/** Every text of the map whose drawn size is under 12 CSS px, or that spills out of its box. */
function illegible(page: Page, selector: string) {
  return page.$eval(selector, (svg) => {
    const found: string[] = [];
    for (const text of svg.querySelectorAll('text')) {
      const scale = (text as SVGGraphicsElement).getScreenCTM()?.a ?? 0;
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < 12) found.push(`"${text.textContent}" is drawn at ${size.toFixed(1)}px`);
      // Headings and the legend stand on the picture itself; a box's lines must stay inside it.
      const box = text.parentElement === svg ? null : text.parentElement?.querySelector('rect');
      if (!box) continue;
      const [outer, inner] = [box.getBoundingClientRect(), text.getBoundingClientRect()];
      if (inner.right > outer.right + 0.5 || inner.left < outer.left - 0.5)
        found.push(`"${text.textContent}" spills out of its box`);
    }
    return found;
  });
}

describe('the evidence map', () => {
  it.each(briefings.map((briefing) => briefing.slug))(
    'of %s is a link under the ledger, to a map on its evidence maps page that shows with JavaScript off, titled, with every source the briefing cites',
    async (slug) => {
      const briefing = briefings.find((candidate) => candidate.slug === slug)!;
      const page = await session.open('sample', `/briefings/${slug}/`, { javaScriptEnabled: false });
      // Not drawn into the briefing, whose ledger says the same in a table.
      expect(await page.locator('#evidence-map').count()).toBe(0);
      await page
        .locator('#ledger .evidence-maps-link')
        .getByRole('link', { name: 'Evidence map of this briefing' })
        .click();
      await page.waitForURL(`**/briefings/${slug}/evidence/#evidence-map`);
      const map = page.locator('#evidence-map');
      expect(await map.isVisible()).toBe(true);
      expect(await page.locator('#evidence-map-heading').textContent()).toBe('The whole briefing');
      const drawn = await readMap(page, '#evidence-map');
      expect(drawn.title).toMatch(/^Evidence map of this briefing/);
      expect(await map.getAttribute('role')).toBe('group');
      expect(await page.locator('#evidence-map-d').textContent()).toMatch(/claims? and \d+ sources?/);
      const cited = new Set(
        briefing.data.claims.flatMap((claim) => claim.citations.map((citation) => citation.source)),
      );
      for (const id of cited) expect(drawn.nodes.map((node) => node.id)).toContain(id);
      // Each claim's box leads back to its words in the briefing, which are there to land on.
      const briefingHtml = readFileSync(fileForPath('sample', `/briefings/${slug}/`)!, 'utf8');
      const claimLinks = await map
        .locator('[data-map-claim]')
        .evaluateAll((boxes) => boxes.map((box) => box.getAttribute('href') ?? ''));
      expect(claimLinks).toHaveLength(briefing.data.claims.length);
      for (const link of claimLinks) {
        const [path, anchor] = link.split('#');
        expect(path).toBe(`/briefings/${slug}/`);
        expect(briefingHtml).toContain(`id="${anchor!}"`);
      }
      await session.close(page);
    },
  );

  it('of the UN-estimate claim shows the KCNA statement disputing it and what was seen through SC Media UK hanging from it', async () => {
    const page = await session.open('sample', `/briefings/${MAIN.slug}/`, {
      javaScriptEnabled: false,
      viewport: { width: 360, height: 800 },
    });
    const svg = await openClaimMap(page, UN_ESTIMATE.id);
    expect(await svg.isVisible()).toBe(true);
    // Under the claim's own words, which lead back to the claim in the briefing.
    const heading = page.locator(`#map-${UN_ESTIMATE.id} h2 a`);
    expect(await heading.textContent()).toBe(UN_ESTIMATE.text);
    expect(await heading.getAttribute('href')).toBe(`/briefings/${MAIN.slug}/#claim-${UN_ESTIMATE.id}`);
    const drawn = await readMap(page, `#evidence-map-${UN_ESTIMATE.id}`);
    expect(drawn.title).toBe('Evidence map of this claim');

    // One box a cited source, in the group of its stance, linking to its page, with its label.
    for (const citation of UN_ESTIMATE.citations) {
      const node = drawn.nodes.find((candidate) => candidate.id === citation.source);
      const source = sources.get(citation.source)!;
      expect(node?.group, citation.source).toBe(citation.stance ?? 'supports');
      expect(node?.href).toBe(`/sources/${citation.source}/`);
      expect(fileForPath('sample', node!.href)).toBeDefined();
      expect(node?.text.replace(/…/g, '')).toContain(source.publisher.slice(0, 12));
      if (source.reliability) expect(node?.text).toContain(`reliability ${source.reliability}`);
      expect(drawn.edges).toContain(`${citation.source} ${citation.stance ?? 'supports'} ${UN_ESTIMATE.id}`);
      if (citation.via) expect(drawn.edges).toContain(`${citation.source} via ${citation.via}`);
    }
    expect(drawn.nodes).toHaveLength(UN_ESTIMATE.citations.length);
    const kcna = drawn.nodes.find((node) => node.id === 'kcna-dprk-aml-committee-statement')!;
    expect(kcna.group).toBe('disputes');
    const hanging = drawn.edges.filter((edge) => edge.endsWith(` via ${SC_MEDIA_UK}`));
    expect(hanging).toHaveLength(4);
    expect(drawn.nodes.find((node) => node.id === SC_MEDIA_UK)?.text).toContain('4 sources seen through it');
    // The stances are named in words, not only in colour.
    for (const word of ['Supports', 'Disputes', 'Context'])
      expect(await svg.locator('text', { hasText: new RegExp(`^${word}$`) }).count()).toBe(1);
    await session.close(page);
  });

  it('stays legible on a 320 px phone: no text under 12 px, none outside its box', async () => {
    const page = await session.open('sample', `/briefings/${MAIN.slug}/`, {
      javaScriptEnabled: false,
      viewport: { width: 320, height: 800 },
    });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await openClaimMap(page, UN_ESTIMATE.id);
    expect(await illegible(page, '#evidence-map')).toEqual([]);
    for (const claim of MAIN.data.claims) expect(await illegible(page, `#evidence-map-${claim.id}`)).toEqual([]);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await session.close(page);
  });

  it('draws in the reader’s colours in dark mode', async () => {
    const page = await session.open('sample', `/briefings/${MAIN.slug}/evidence/`, { colorScheme: 'dark' });
    const colours = await page.$eval('#evidence-map', (svg) => ({
      text: getComputedStyle(svg.querySelector('.em-cap')!).fill,
      body: getComputedStyle(document.body).color,
      box: getComputedStyle(svg.querySelector('rect')!).fill,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours.text).toBe(colours.body);
    expect(colours.box).not.toBe('rgb(255, 255, 255)');
    await session.close(page);
  });

  it('of every claim of every briefing is on the briefing’s evidence maps page, linked from the claim', () => {
    for (const briefing of briefings) {
      const evidence = readFileSync(fileForPath('sample', `/briefings/${briefing.slug}/evidence/`)!, 'utf8');
      const page = readFileSync(fileForPath('sample', `/briefings/${briefing.slug}/`)!, 'utf8');
      const sections = [...evidence.matchAll(/<section class="claim-map" id="map-([^"]+)"/g)].map((match) => match[1]);
      expect(sections.sort()).toEqual(briefing.data.claims.map((claim) => claim.id).sort());
      for (const claim of briefing.data.claims) {
        expect(evidence).toContain(`<svg id="evidence-map-${claim.id}"`);
        expect(page).toContain(`href="/briefings/${briefing.slug}/evidence/#map-${claim.id}"`);
        // Drawn once, on its own page, as the overview is.
        expect(page).not.toContain(`id="evidence-map-${claim.id}"`);
      }
      expect(evidence).toContain('<svg id="evidence-map" ');
      expect(page).not.toContain('<svg');
    }
  });

  it('prints from its own page, where the briefing prints its ledger', async () => {
    const page = await session.open('sample', `/briefings/${MAIN.slug}/evidence/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#evidence-map').isVisible()).toBe(true);
    expect(await page.locator(`#evidence-map-${UN_ESTIMATE.id}`).isVisible()).toBe(true);
    await session.close(page);
  });
});
