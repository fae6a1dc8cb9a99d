import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { SiteName } from '../support/sites.ts';
import { fileForPath, SITES } from './built-site.ts';
import { publishedBriefings } from './content.ts';

const ORIGIN: Record<SiteName, string> = {
  sample: 'https://briefings.example.org',
  fixture: 'https://fixture.example.org',
};

function built(site: SiteName, path: string): string {
  return readFileSync(fileForPath(site, path)!, 'utf8');
}

/** Elements of a built page that match a test. */
function elements(site: SiteName, path: string, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(fromHtml(built(site, path)), 'element', (element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

/** The text of an element, as a reader would read it. */
function toString(element: Element): string {
  let text = '';
  visit(element, 'text', (node) => {
    text += node.value;
  });
  return text;
}

const hasClass = (element: Element, name: string) =>
  Array.isArray(element.properties['className']) && element.properties['className'].includes(name);

describe.each(SITES)('/corrections.xml of the %s site', (site) => {
  it('parses as RSS 2.0 and lists every correction and status change of the published briefings, newest first', () => {
    const xml = built(site, '/corrections.xml');
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml) as {
      rss: { '@_version': string; channel: { link: string; item?: { link: string; pubDate: string }[] } };
    };
    expect(feed.rss['@_version']).toBe('2.0');
    expect(feed.rss.channel.link).toBe(`${ORIGIN[site]}/`);
    const items = feed.rss.channel.item ?? [];
    const expected = publishedBriefings(site).flatMap((briefing) => [
      ...(briefing.data.corrections ?? []).map(() => `${ORIGIN[site]}/briefings/${briefing.slug}/#corrections`),
      ...briefing.data.claims.flatMap((claim) =>
        (claim.history ?? []).map(() => `${ORIGIN[site]}/briefings/${briefing.slug}/#claim-${claim.id}`),
      ),
    ]);
    expect(items.map((item) => item.link).sort()).toEqual(expected.sort());
    const dates = items.map((item) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe('a claim whose status changed', () => {
  const page = '/briefings/crowded-claims/';

  it('shows its earlier status struck through, with its date and note, beside the claim and in the ledger', () => {
    const card = elements('fixture', page, (element) => element.properties['dataSourcesFor'] === 'on-schedule')[0]!;
    const row = elements('fixture', page, (element) => element.properties['id'] === 'ledger-on-schedule')[0]!;
    for (const place of [card, row]) {
      const history: Element[] = [];
      visit(place, 'element', (element) => {
        if (hasClass(element, 'claim-history')) history.push(element);
      });
      expect(history).toHaveLength(1);
      const text = toString(history[0]!).replace(/\s+/g, ' ');
      expect(text).toContain('Earlier status: Reported from 12 March 2024');
      expect(text).toContain('reached us after we first published');
      const struck: Element[] = [];
      visit(history[0]!, 'element', (element) => {
        if (element.tagName === 'del') struck.push(element);
      });
      expect(struck.map((element) => toString(element))).toEqual(['Reported']);
    }
  });
});
