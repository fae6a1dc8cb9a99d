import { z } from 'astro/zod';
import type { BriefingView, SourceEntry } from '../lib/briefing-view.ts';
import { citationsBySource } from '../lib/source-citations.ts';
import { slugSchema, stanceSchema } from '../schemas/index.ts';
import { publicationSchema, type Publication } from './publication.ts';
import type { SiteUrls } from './site-urls.ts';
import { sourceRecord, sourceRecordSchema } from './source-record.ts';

/** Where the JSON Schema of this export is published. */
export const SOURCES_SCHEMA_PATH = '/schema/sources.schema.json';

/** One published claim citing a source. */
const citingClaimSchema = z.strictObject({
  briefing: slugSchema.describe("The citing briefing's slug."),
  claim: slugSchema.describe("The citing claim's id."),
  url: z.url().describe("The citing claim's address."),
  stance: stanceSchema.describe('How the source bears on the claim.'),
  via: z
    .boolean()
    .describe('True when the source is the channel through which another cited source was seen, not the one cited.'),
});

/** `/sources.json`: the whole source library, each source with the published claims citing it. */
export const sourcesFileSchema = z.strictObject({
  $schema: z.url().describe('The JSON Schema this file follows.'),
  publication: publicationSchema.describe('Who publishes the library.'),
  sources: z
    .array(
      sourceRecordSchema.extend({
        citedBy: z.array(citingClaimSchema).describe('Every published claim citing the source, newest briefing first.'),
      }),
    )
    .describe('Every source in the library, by id.'),
});

export type SourcesFile = z.output<typeof sourcesFileSchema>;

/** Builds `/sources.json`; `views` are the published briefings, so drafts never show as citing. */
export function sourcesFile(
  views: readonly BriefingView[],
  sources: ReadonlyMap<string, SourceEntry>,
  publication: Publication,
  urls: SiteUrls,
): SourcesFile {
  const citations = citationsBySource(views);
  return {
    $schema: urls.page(SOURCES_SCHEMA_PATH),
    publication,
    sources: [...sources.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((source) => ({
        ...sourceRecord(source, urls),
        citedBy: (citations.get(source.id) ?? []).map(({ briefing, claim, use, asVia }) => ({
          briefing: briefing.slug,
          claim: claim.id,
          url: urls.claim(briefing.slug, claim.id),
          stance: use.stance,
          via: asVia,
        })),
      })),
  };
}
