import { z } from 'astro/zod';
import type { ClaimView, SourceEntry } from '../briefing-view.ts';
import { claimStatusSchema, confidenceSchema, quantitySchema, slugSchema, stanceSchema } from '../../schemas/index.ts';
import type { SiteUrls } from './site-urls.ts';
import { lookUpSource, sourceRecord, sourceRecordSchema } from './source-record.ts';

/** One citation of a claim, with its source (and the source it was seen through) written out. */
export const citationRecordSchema = z.strictObject({
  stance: stanceSchema.describe('How the source bears on the claim: supports, disputes or context.'),
  quote: z.string().optional().describe('A verbatim excerpt of the source; ... or … stands for omitted text.'),
  locator: z.string().optional().describe('Where in the source: p. 26, para. 57, 12:40.'),
  source: sourceRecordSchema.describe('The cited source.'),
  via: sourceRecordSchema.optional().describe('The secondary source through which the cited one was seen.'),
});

/** One claim of a briefing, as the exports publish it. */
export const claimRecordSchema = z.strictObject({
  id: slugSchema.describe('The claim id, unique within its briefing.'),
  url: z.url().describe("The claim's shareable address: its briefing's page at #claim-<id>."),
  text: z.string().describe('The claim as one standalone sentence.'),
  status: claimStatusSchema.describe('Where the evidence leaves the claim.'),
  confidence: confidenceSchema.optional().describe("The publication's own confidence in its reading of the evidence."),
  note: z.string().optional().describe('A note shown to readers beside the claim.'),
  quantities: z.array(quantitySchema).describe('Numbers the claim states, each stated by a supporting quote.'),
  citations: z
    .array(citationRecordSchema)
    .describe('The sources behind the claim, in the order the briefing lists them.'),
});

export type CitationRecord = z.output<typeof citationRecordSchema>;
export type ClaimRecord = z.output<typeof claimRecordSchema>;

/** A claim of a briefing with every citation's sources resolved from the library. */
export function claimRecord(
  slug: string,
  claim: ClaimView,
  sources: ReadonlyMap<string, SourceEntry>,
  urls: SiteUrls,
): ClaimRecord {
  return {
    id: claim.id,
    url: urls.claim(slug, claim.id),
    text: claim.text,
    status: claim.status,
    ...(claim.confidence !== undefined && { confidence: claim.confidence }),
    ...(claim.note !== undefined && { note: claim.note }),
    quantities: (claim.quantities ?? []).map((quantity) => ({ ...quantity })),
    citations: claim.uses.map((use): CitationRecord => ({
      stance: use.stance,
      ...(use.quote !== undefined && { quote: use.quote }),
      ...(use.locator !== undefined && { locator: use.locator }),
      source: sourceRecord(lookUpSource(sources, use.source.id), urls),
      ...(use.via && { via: sourceRecord(lookUpSource(sources, use.via.id), urls) }),
    })),
  };
}
