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
  it('give every claim of every briefing a citation in plain text naming the claim and its address, and its entry in the briefing’s BibTeX and CSL-JSON files', () => {
    for (const briefing of publishedBriefings(site)) {
      const path = `/briefings/${briefing.slug}/`;
      const tree = fromHtml(readFileSync(fileForPath(site, path)!, 'utf8'));
      const blocks = new Map<string, Element>();
      visit(tree, 'element', (element) => {
        const id = element.properties['dataCiteClaim'];
        if (typeof id === 'string') blocks.set(id, element);
      });
      expect([...blocks.keys()].sort()).toEqual(briefing.data.claims.map((claim) => claim.id).sort());
      const bibtexFile = readFileSync(fileForPath(site, `/briefings/${briefing.slug}.bib`)!, 'utf8');
      const cslFile = JSON.parse(readFileSync(fileForPath(site, `/briefings/${briefing.slug}.csl.json`)!, 'utf8')) as {
        id: string;
        title: string;
        URL: string;
        'container-title': string;
      }[];
      // The briefing's own entry first, then one for each claim.
      expect(cslFile[0]).toMatchObject({
        id: briefing.slug,
        title: briefing.data.title,
        URL: `${ORIGIN[site]}${path}`,
      });
      expect(cslFile).toHaveLength(briefing.data.claims.length + 1);
      expect(bibtexFile.match(/^@online\{/gm)).toHaveLength(briefing.data.claims.length + 1);
      for (const claim of briefing.data.claims) {
        const block = blocks.get(claim.id)!;
        const url = `${ORIGIN[site]}${path}#claim-${claim.id}`;
        const paragraphs: Record<string, string> = {};
        const links: string[] = [];
        const codes: string[] = [];
        visit(block, 'element', (element) => {
          const [name] = element.properties['className'] ?? [];
          if (element.tagName === 'p' && name) paragraphs[name] = textOf(element);
          if (element.tagName === 'a') links.push(String(element.properties['href']));
          if (element.tagName === 'code') codes.push(textOf(element));
        });
        expect(paragraphs['cite-plain']).toContain(claim.text);
        expect(paragraphs['cite-plain']).toContain(briefing.data.title);
        expect(paragraphs['cite-plain']).toContain(url);
        expect(links).toEqual([`/briefings/${briefing.slug}.bib`, `/briefings/${briefing.slug}.csl.json`]);
        const [key, item] = codes;
        // The entry the block names is in the file, for this claim and its address.
        const entry = bibtexFile.split(/\n\n/).find((candidate) => candidate.startsWith(`@online{${key!},`));
        expect(entry, key).toBeDefined();
        expect(entry).toContain(`url = {${url}}`);
        expect(cslFile.find((candidate) => candidate.id === item)).toMatchObject({
          title: claim.text,
          URL: url,
          'container-title': briefing.data.title,
        });
      }
    }
  });
});
