import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { stixBundleValidator } from '../support/stix-schemas.ts';
import type { SiteName } from '../support/sites.ts';
import { fileForPath, SITES } from './built-site.ts';
import { briefingFiles, publishedBriefings, sourceFiles } from './content.ts';

const ORIGIN: Record<SiteName, string> = {
  sample: 'https://briefings.example.org',
  fixture: 'https://fixture.example.org',
};

interface StixObject {
  type: string;
  id: string;
  object_refs?: string[];
  abstract?: string;
  opinion?: string;
  authors?: string[];
  external_references?: { source_name: string; url?: string; external_id?: string }[];
}

function bundle(site: SiteName, slug: string): { type: string; id: string; objects: StixObject[] } {
  const file = fileForPath(site, `/briefings/${slug}.stix.json`);
  if (!file) throw new Error(`the ${site} build has no STIX bundle for ${slug}`);
  return JSON.parse(readFileSync(file, 'utf8')) as { type: string; id: string; objects: StixObject[] };
}

/** The addresses of a built page's links. */
function linksOf(site: SiteName, path: string): string[] {
  const tree = fromHtml(readFileSync(fileForPath(site, path)!, 'utf8'));
  const links: string[] = [];
  visit(tree, 'element', (element) => {
    if (element.tagName === 'a' && typeof element.properties['href'] === 'string')
      links.push(element.properties['href']);
  });
  return links;
}

const OPINIONS = { supports: 'agree', disputes: 'disagree', context: 'neutral' } as const;

describe.each(SITES)('the STIX bundles of the %s site', (site) => {
  it('exist for every published briefing and for no draft, and pass the OASIS STIX 2.1 schemas', () => {
    const validate = stixBundleValidator();
    for (const briefing of briefingFiles(site)) {
      const path = `/briefings/${briefing.slug}.stix.json`;
      if (briefing.data.draft === true) {
        expect(fileForPath(site, path), `a draft's STIX bundle: ${briefing.slug}`).toBeUndefined();
        continue;
      }
      const data = bundle(site, briefing.slug);
      expect(validate(data), `${path}: ${JSON.stringify(validate.errors?.slice(0, 5))}`).toBe(true);
    }
  });

  it('hold the briefing as a report, each claim as a note on it and each citation as an opinion of its claim', () => {
    const sources = sourceFiles(site);
    for (const briefing of publishedBriefings(site)) {
      const { objects } = bundle(site, briefing.slug);
      const report = objects.find((object) => object.type === 'report')!;
      expect(report.external_references?.[0]?.url).toBe(`${ORIGIN[site]}/briefings/${briefing.slug}/`);
      for (const claim of briefing.data.claims) {
        const note = objects.find(
          (object) => object.type === 'note' && object.external_references?.[0]?.external_id === claim.id,
        )!;
        expect(note.abstract).toBe(claim.text);
        expect(note.object_refs).toEqual([report.id]);
        expect(report.object_refs).toContain(note.id);
        const opinions = objects.filter((object) => object.type === 'opinion' && object.object_refs?.[0] === note.id);
        expect(opinions.map((opinion) => [opinion.authors?.[0], opinion.opinion])).toEqual(
          claim.citations.map((citation) => [
            sources.get(citation.source)!.publisher,
            OPINIONS[citation.stance ?? 'supports'],
          ]),
        );
      }
    }
  });

  it('are linked from each briefing page and named in its evidence pack', () => {
    for (const briefing of publishedBriefings(site)) {
      const path = `/briefings/${briefing.slug}.stix.json`;
      expect(linksOf(site, `/briefings/${briefing.slug}/`)).toContain(path);
      const pack = JSON.parse(readFileSync(fileForPath(site, `/briefings/${briefing.slug}.json`)!, 'utf8')) as {
        briefing: { stix: string };
      };
      expect(pack.briefing.stix).toBe(`${ORIGIN[site]}${path}`);
    }
  });
});
