import { z } from 'astro/zod';
import type { SourceEntry } from '../lib/briefing-view.ts';
import { httpUrl } from '../lib/safe-url.ts';
import {
  isoDateSchema,
  partialDateSchema,
  slugSchema,
  sourceKindSchema,
  sourceReliabilitySchema,
} from '../schemas/index.ts';
import type { SiteUrls } from './site-urls.ts';

/**
 * A source as the exports publish it: the library entry, with its site page added and every
 * address that is not an absolute http(s) URL left out (a consumer may well turn `url` into a
 * link). The snapshot file name is the checker's business and stays private.
 */
export const sourceRecordSchema = z.strictObject({
  id: slugSchema.describe('The source id: how citations name it, and its file name in the library.'),
  page: z.url().describe("The source's page on this site, listing every published claim that cites it."),
  title: z.string().describe("The source's own title."),
  publisher: z.string().describe('The outlet or organisation that published it.'),
  kind: sourceKindSchema.describe('What kind of document it is.'),
  published: partialDateSchema.optional().describe('When it was published: YYYY, YYYY-MM or YYYY-MM-DD.'),
  url: z.url().optional().describe('Where the source can be read (http or https only).'),
  archive: z
    .strictObject({
      url: z.url().describe('The archived copy (http or https only).'),
      date: isoDateSchema.describe('The day the copy was taken (YYYY-MM-DD).'),
    })
    .optional()
    .describe('A web-archive copy of the source.'),
  accessed: isoDateSchema.optional().describe('The day the source was last read (YYYY-MM-DD).'),
  authors: z.array(z.string()).optional().describe('The people or bodies who wrote it.'),
  language: z.string().optional().describe('Its language as a BCP 47 tag.'),
  identifiers: z.record(z.string(), z.string()).optional().describe('Identifiers by scheme: doi, isbn, un-symbol, ...'),
  notes: z.string().optional().describe("The publication's note on the source, for readers."),
  reliability: sourceReliabilitySchema
    .optional()
    .describe("The Admiralty scale's source reliability: A completely reliable to E unreliable; F cannot be judged."),
});

export type SourceRecord = z.output<typeof sourceRecordSchema>;

/** One library entry as an export record. */
export function sourceRecord(source: SourceEntry, urls: SiteUrls): SourceRecord {
  const record: SourceRecord = {
    id: source.id,
    page: urls.source(source.id),
    title: source.title,
    publisher: source.publisher,
    kind: source.kind,
  };
  if (source.published !== undefined) record.published = source.published;
  const url = httpUrl(source.url);
  if (url !== undefined) record.url = url;
  const archiveUrl = httpUrl(source.archive?.url);
  if (source.archive && archiveUrl !== undefined) record.archive = { url: archiveUrl, date: source.archive.date };
  if (source.accessed !== undefined) record.accessed = source.accessed;
  if (source.authors?.length) record.authors = [...source.authors];
  if (source.language !== undefined) record.language = source.language;
  if (source.identifiers && Object.keys(source.identifiers).length > 0) record.identifiers = { ...source.identifiers };
  if (source.notes !== undefined) record.notes = source.notes;
  if (source.reliability !== undefined) record.reliability = source.reliability;
  return record;
}

/** Looks a source up by id; the checker has guaranteed every cited id exists before a build. */
export function lookUpSource(sources: ReadonlyMap<string, SourceEntry>, id: string): SourceEntry {
  const source = sources.get(id);
  if (!source) throw new Error(`no source "${id}" in the library; run npm run check`);
  return source;
}
