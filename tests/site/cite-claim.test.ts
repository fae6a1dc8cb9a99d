import { readFileSync } from 'node:fs';
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

function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text;
}

describe.each(SITES)('the claim citations of the %s site', (site) => {
  it('give every claim of every briefing a citation in plain text, BibTeX and CSL-JSON naming the claim and its address', () => {
    for (const briefing of publishedBriefings(site)) {
      const path = `/briefings/${briefing.slug}/`;
      const tree = fromHtml(readFileSync(fileForPath(site, path)!, 'utf8'));
      const blocks = new Map<string, Element>();
      visit(tree, 'element', (element) => {
        const id = element.properties['dataCiteClaim'];
        if (typeof id === 'string') blocks.set(id, element);
      });
      expect([...blocks.keys()].sort()).toEqual(briefing.data.claims.map((claim) => claim.id).sort());
      for (const claim of briefing.data.claims) {
        const block = blocks.get(claim.id)!;
        const url = `${ORIGIN[site]}${path}#claim-${claim.id}`;
        const [plain, bibtex, csl] = ['p', 'pre', 'pre'].map((tag, index) => {
          const found: Element[] = [];
          visit(block, 'element', (element) => {
            if (
              element.tagName === tag &&
              (tag === 'pre' || (element.properties['className'] as string[]).includes('cite-plain'))
            )
              found.push(element);
          });
          return textOf(found[tag === 'pre' ? index - 1 : 0]!);
        });
        expect(plain).toContain(claim.text);
        expect(plain).toContain(briefing.data.title);
        expect(plain).toContain(url);
        expect(bibtex).toMatch(/^@online\{/);
        expect(bibtex).toContain(`url = {${url}}`);
        const [item] = JSON.parse(csl!) as { title: string; URL: string; 'container-title': string }[];
        expect(item).toMatchObject({ title: claim.text, URL: url, 'container-title': briefing.data.title });
      }
    }
  });
});
