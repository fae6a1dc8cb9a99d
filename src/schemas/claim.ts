import { z } from 'astro/zod';
import { citationSchema } from './citation.ts';
import { isoDateSchema } from './dates.ts';
import { quantitySchema } from './quantity.ts';
import { slugSchema } from './slug.ts';

/** Where the evidence leaves a claim; readers see it as a badge. */
export const CLAIM_STATUSES = ['confirmed', 'reported', 'disputed', 'denied', 'unverified', 'false'] as const;
export const claimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

/** The publication's own confidence in its reading of the evidence. */
export const CONFIDENCE_LEVELS = ['high', 'moderate', 'low'] as const;
export const confidenceSchema = z.enum(CONFIDENCE_LEVELS);
export type Confidence = z.infer<typeof confidenceSchema>;

/** A status a claim had before its current one: when it was first published so, and why it changed. */
export const claimHistoryEntrySchema = z.strictObject({
  /** The day the claim was first published with this status; the first no earlier than the briefing's `published`. */
  date: isoDateSchema.describe(
    "The day the claim was first published with this status (YYYY-MM-DD); the first no earlier than the briefing's published.",
  ),
  /** The status the claim had then. */
  status: z
    // As for the claim's own status, a bare `status: false` is the status word.
    .preprocess((value) => (value === false ? 'false' : value), claimStatusSchema)
    .describe('The status the claim had then: confirmed, reported, disputed, denied, unverified or false.'),
  /** Why the status changed, for readers. */
  note: z
    .string()
    .trim()
    .min(1, 'expected a note saying why the status changed')
    .describe('Why the status changed, in a sentence readers understand.'),
});

export type ClaimHistoryEntry = z.output<typeof claimHistoryEntrySchema>;

/** One claim a briefing makes, with the citations behind it. */
export const claimSchema = z.strictObject({
  /** Unique within the briefing; the body marks the claim with `<Claim id="...">`. */
  id: slugSchema.describe('Unique within the briefing; the body marks the claim with <Claim id="...">.'),
  /** The claim as one standalone sentence, for the ledger, search and exports. */
  text: z
    .string()
    .trim()
    .min(1, 'expected the claim as one standalone sentence')
    .describe('The claim as one standalone sentence, for the ledger, search and exports.'),
  /** Where the evidence leaves the claim. */
  status: z
    // YAML reads a bare `status: false` as the boolean; the editor means the status word.
    .preprocess((value) => (value === false ? 'false' : value), claimStatusSchema)
    .describe('Where the evidence leaves the claim: confirmed, reported, disputed, denied, unverified or false.'),
  /** The sources behind the claim; an empty list is the `uncited-claim` error. */
  citations: z
    .array(citationSchema)
    .describe('The sources behind the claim; an empty list is the uncited-claim error.'),
  /** Numbers the claim states; each must be stated by a supporting quote. */
  quantities: z
    .array(quantitySchema)
    .optional()
    .describe('Numbers the claim states; each must be stated by a supporting quote.'),
  /** The publication's own confidence: high, moderate or low. */
  confidence: confidenceSchema.optional().describe("The publication's own confidence: high, moderate or low."),
  /** A note shown to readers beside the claim. */
  note: z.string().trim().min(1).optional().describe('A note shown to readers beside the claim.'),
  /** Earlier statuses, oldest first; `status` is the current one. */
  history: z
    .array(claimHistoryEntrySchema)
    .optional()
    .describe(
      "The statuses the claim had before its current one, oldest first, each dated the day it was first published; status is the current one, and the briefing's updated is no earlier than the last date.",
    ),
});

export type Claim = z.output<typeof claimSchema>;
