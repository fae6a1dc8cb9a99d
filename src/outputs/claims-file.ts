import { z } from 'astro/zod';
import type { BriefingView, SourceEntry } from '../lib/briefing-view.ts';
import { slugSchema } from '../schemas/index.ts';
import { claimRecord, claimRecordSchema } from './claim-record.ts';
import { publicationSchema, type Publication } from './publication.ts';
import { StreamedJsonArray } from './safe-json.ts';
import type { SiteUrls } from './site-urls.ts';

/** Where the JSON Schema of this export is published. */
export const CLAIMS_SCHEMA_PATH = '/schema/claims.schema.json';

/** `/claims.json`: every published claim, each with its briefing and its sources resolved. */
export const claimsFileSchema = z.strictObject({
  $schema: z.url().describe('The JSON Schema this file follows.'),
  publication: publicationSchema.describe('Who publishes the claims.'),
  claims: z
    .array(
      claimRecordSchema.extend({
        briefing: z
          .strictObject({
            slug: slugSchema.describe("The briefing's slug."),
            title: z.string().describe("The briefing's headline."),
            url: z.url().describe("The briefing's page."),
          })
          .describe('The briefing that makes the claim.'),
      }),
    )
    .describe('Every published claim: briefings newest first, claims in the order a reader meets them.'),
});

export type ClaimsFile = z.output<typeof claimsFileSchema>;
type ClaimsFileRecord = ClaimsFile['claims'][number];

/** `/claims.json` as it is written: its claim records made briefing by briefing as they are written. */
export type StreamedClaimsFile = Omit<ClaimsFile, 'claims'> & { claims: StreamedJsonArray<ClaimsFileRecord> };

/**
 * Builds `/claims.json` from the published briefings (never drafts: the caller passes those only).
 * Its records are made as they are written, one briefing's at a time (`[...file.claims]` for all).
 */
export function claimsFile(
  views: readonly BriefingView[],
  sources: ReadonlyMap<string, SourceEntry>,
  publication: Publication,
  urls: SiteUrls,
): StreamedClaimsFile {
  function* records(): Generator<ClaimsFileRecord> {
    for (const view of views) {
      const briefing = { slug: view.slug, title: view.data.title, url: urls.briefing(view.slug) };
      for (const claim of view.claims) yield { briefing, ...claimRecord(view.slug, claim, sources, urls) };
    }
  }
  return { $schema: urls.page(CLAIMS_SCHEMA_PATH), publication, claims: new StreamedJsonArray(records) };
}
