import { stringify } from 'yaml';
import { SOURCE_KINDS } from '../../src/schemas/index.ts';
import { EDITOR_SCHEMA_PATHS } from '../../src/outputs/editor-schemas.ts';
import type { PageMetadata } from './page-metadata.ts';

/** A YAML scalar as one line, quoted only when YAML needs it. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/**
 * The modeline VS Code's YAML extension reads to find a file's schema; the path is relative to
 * the file, which sits two folders below the project root.
 */
function modeline(schemaPath: string): string {
  return `# yaml-language-server: $schema=../../${schemaPath}`;
}

/** The id the scaffold gives its one claim; the body's example `<Claim>` names it. */
export const FIRST_CLAIM_ID = 'first-claim';

/**
 * A new briefing. The fields an editor must write are left empty, so `npm run check` names each
 * of them, on its line, until it is filled in; comments say what goes where.
 *
 * It carries no schema modeline, unlike a source. VS Code's YAML extension never reads an .mdx
 * file; the one tool that does check MDX frontmatter, Astro's extension with content
 * intellisense, resolves a relative modeline against a virtual document address
 * (`/schema/...`), fails to load it, and so loses the collection schema it would otherwise apply.
 */
export function briefingTemplate(title: string, today: string): string {
  return `---
title: ${scalar(title)}
summary: '' # TODO one or two sentences, for listings, feeds and the meta description
published: ${today}
# authors: [Briefings desk]
# topics: [north-korea, cyber-crime] # lower-case slugs; each gets a page
claims:
  # One entry per claim: a standalone sentence, a status its citations bear, and its sources.
  - id: ${FIRST_CLAIM_ID} # a slug, unique in this briefing; the body marks it <Claim id="${FIRST_CLAIM_ID}">
    text: '' # TODO the claim as one standalone sentence
    status: reported # confirmed, reported, disputed, denied, unverified, false
    # confidence: moderate # high, moderate, low: our own confidence in the reading
    # quantities: [{ value: 2000000000, unit: USD, qualifier: up-to }] # figures the claim states
    citations:
      # One entry per source; a source is a file in content/sources/ (npm run new:source -- <url>).
      - source: '' # TODO the source's id: its file name without .yaml
        quote: '' # TODO a verbatim excerpt; ... stands for omitted text
        # stance: disputes # supports (the default), disputes, context
        # locator: p. 12 # where in the source
        # via: other-source # the secondary source through which this one was seen
---

Write the briefing here. Mark the words that make each claim, like this: <Claim id="${FIRST_CLAIM_ID}">the claim in
the briefing's own words</Claim>.
`;
}

/** A field's line: the value when known, else an empty value with a note on what it needs. */
function field(name: string, value: string | undefined, todo: string): string {
  return value === undefined ? `${name}: '' # TODO ${todo}` : `${name}: ${scalar(value)}`;
}

/** What a capture adds to a new source: its snapshot, how it was made, and an archive copy. */
export interface CapturedEvidence {
  snapshot?: string;
  capture?: { date: string; from: string; sha256: string; 'text-sha256': string };
  archive?: { url: string; date: string };
}

/**
 * A new source with whatever is known about it. Required fields that are not known are left
 * empty, so `npm run check` points at them; optional ones are shown as comments.
 */
export function sourceTemplate(
  metadata: PageMetadata & { url?: string },
  today: string,
  captured: CapturedEvidence = {},
): string {
  const { archive, snapshot, capture } = captured;
  const lines = [
    modeline(EDITOR_SCHEMA_PATHS.source),
    field('title', metadata.title, "the source's own title"),
    field('publisher', metadata.publisher, 'the outlet or organisation that published it'),
    metadata.kind === undefined
      ? `kind: '' # TODO one of: ${SOURCE_KINDS.join(', ')}`
      : `kind: ${metadata.kind} # guessed from the page's structured data; ${SOURCE_KINDS.join(', ')}`,
    metadata.published === undefined
      ? '# published: YYYY-MM-DD # or YYYY-MM, or YYYY'
      : `published: ${metadata.published}`,
    metadata.url === undefined ? '# url: https://...' : `url: ${scalar(metadata.url)}`,
    ...(archive === undefined
      ? [
          '# archive: # a web-archive copy; save one at https://web.archive.org/save/<url>',
          `#   url: https://web.archive.org/web/<timestamp>/<url>`,
          `#   date: ${today}`,
        ]
      : ['archive:', `  url: ${scalar(archive.url)}`, `  date: ${archive.date}`]),
    `# accessed: ${today} # the day you last read it`,
    ...(metadata.authors?.length
      ? ['authors:', ...metadata.authors.map((author) => `  - ${scalar(author)}`)]
      : ['# authors: [Jane Doe]']),
    metadata.language === undefined ? '# language: en' : `language: ${scalar(metadata.language)}`,
    snapshot === undefined
      ? "# snapshot: file.txt # the source's text under content/snapshots/, so quotes are checked"
      : `snapshot: ${snapshot}`,
    ...(capture === undefined
      ? []
      : [
          '# capture: written by npm run new:source; npm run check fails when the snapshot no longer matches it',
          'capture:',
          `  date: ${capture.date}`,
          `  from: ${scalar(capture.from)}`,
          `  sha256: ${scalar(capture.sha256)}`,
          `  text-sha256: ${scalar(capture['text-sha256'])}`,
        ]),
    '# notes: shown to readers, for example who runs a state outlet',
  ];
  return `${lines.join('\n')}\n`;
}
