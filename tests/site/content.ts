import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { BriefingInput, SourceInput } from '../../src/schemas/index.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { fixtureSiteRoot, type SiteName } from '../support/sites.ts';

/**
 * What the editors wrote, read straight from the content files: the tests compare the built pages
 * with it rather than with the site's own view model, so a rendering slip cannot hide itself.
 */
const CONTENT: Record<SiteName, string> = {
  sample: join(PROJECT_ROOT, 'content'),
  fixture: join(fixtureSiteRoot(PROJECT_ROOT, 'reader'), 'content'),
};

export interface BriefingFile {
  slug: string;
  data: BriefingInput;
  /** The ids of the claims the body marks with `<Claim id="...">`, in order. */
  marked: string[];
}

export function briefingFiles(site: SiteName): BriefingFile[] {
  const folder = join(CONTENT[site], 'briefings');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      const [whole = '', frontmatter = ''] = /^---\n([\s\S]*?)\n---\n/.exec(text) ?? [];
      const marked = [...text.slice(whole.length).matchAll(/<Claim\s+id="([^"]+)"/g)].map((match) => match[1] ?? '');
      return { slug: name.slice(0, -'.mdx'.length), data: parse(frontmatter) as BriefingInput, marked };
    });
}

export function publishedBriefings(site: SiteName): BriefingFile[] {
  return briefingFiles(site).filter((briefing) => briefing.data.draft !== true);
}

export function sourceFiles(site: SiteName): Map<string, SourceInput> {
  const folder = join(CONTENT[site], 'sources');
  return new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => [name.slice(0, -'.yaml'.length), parse(readFileSync(join(folder, name), 'utf8')) as SourceInput]),
  );
}

/** The number of distinct sources a briefing cites: each gets one numbered note. */
export function citedSourceCount(briefing: BriefingFile): number {
  return new Set(briefing.data.claims.flatMap((claim) => claim.citations.map((citation) => citation.source))).size;
}
