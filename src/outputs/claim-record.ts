import { z } from 'astro/zod';
import type { ClaimView, SourceEntry } from '../lib/briefing-view.ts';
import { claimStatusSchema, confidenceSchema, quantitySchema, slugSchema, stanceSchema } from '../schemas/index.ts';
import type { SiteUrls } from './site-urls.ts';
import { lookUpSource, sourceRecord, sourceRecordSchema } from './source-record.ts';

/** A W3C Web Annotation TextQuoteSelector: the quote as its snapshot words it, with the text around it. */
export const textQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector').describe('The W3C Web Annotation selector type.'),
  exact: z.string().describe("The quoted passage in the snapshot's own words (from its first to its last word)."),
  prefix: z.string().describe('Up to 32 characters of the snapshot just before the passage.'),
  suffix: z.string().describe('Up to 32 characters of the snapshot just after the passage.'),
});

/** One citation of a claim, with its source (and the source it was seen through) written out. */
export const citationRecordSchema = z.strictObject({
  stance: stanceSchema.describe('How the source bears on the claim: supports, disputes or context.'),
  quote: z
    .string()
    .optional()
    .describe('A verbatim excerpt of the source, in its original language; ... or … stands for omitted text.'),
  translation: z.string().optional().describe('An English rendering of quote, when the source is in another language.'),
  translator: z.string().optional().describe('Who translated the quote: a name, or machine.'),
  selector: textQuoteSelectorSchema
    .optional()
    .describe(
      "Where the quote is in the snapshot it was checked against (the source's own, else its via's), so other tools can re-anchor it; absent when there is no snapshot.",
    ),
  quoteUrl: z
    .url()
    .optional()
    .describe(
      "An address that opens that snapshot's source at the quote: its archive copy, else its url, with a Text Fragment (#:~:text=).",
    ),
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
      ...(use.translation !== undefined && { translation: use.translation }),
      ...(use.translator !== undefined && { translator: use.translator }),
      ...(use.selector !== undefined && { selector: { ...use.selector } }),
      ...(use.quoteUrl !== undefined && { quoteUrl: use.quoteUrl }),
      ...(use.locator !== undefined && { locator: use.locator }),
      source: sourceRecord(lookUpSource(sources, use.source.id), urls),
      ...(use.via && { via: sourceRecord(lookUpSource(sources, use.via.id), urls) }),
    })),
  };
}
