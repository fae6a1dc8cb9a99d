import { z } from 'astro/zod';
import { isoDateSchema, partialDateSchema } from './dates.ts';

/** What kind of document a source is; readers see it as a badge beside the source. */
export const SOURCE_KINDS = [
  'official-report',
  'official-statement',
  'state-media',
  'news-report',
  'vendor-report',
  'academic',
  'dataset',
  'court-record',
  'interview',
  'social-post',
  'other',
] as const;

export const sourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** The Admiralty scale's source reliability, as intelligence teams rate sources: A (reliable) to F. */
export const SOURCE_RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const sourceReliabilitySchema = z.enum(SOURCE_RELIABILITIES);
export type SourceReliability = z.infer<typeof sourceReliabilitySchema>;

/**
 * URLs are plain strings here on purpose: the contract reports a bad URL under the `url` rule, not
 * `schema`, so the `url` check parses and judges them, and the site links only http(s) URLs.
 */
const urlStringSchema = z.string().min(1, 'expected a URL');

/** A web-archive copy of a source. */
export const archiveSchema = z.strictObject({
  /** Address of the archived copy, e.g. a Wayback Machine `/web/<timestamp>/<url>` address. */
  url: urlStringSchema.describe('Address of the archived copy, e.g. a Wayback Machine /web/<timestamp>/<url> address.'),
  /** The day the archive copy was taken. */
  date: isoDateSchema.describe('The day the archive copy was taken (YYYY-MM-DD).'),
});

/** A lower-case hex SHA-256 digest. */
const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 digest: 64 lower-case hex digits');

/** How a snapshot was captured (content-format.md, "Snapshots and captures"). */
export const captureSchema = z.strictObject({
  /** The day the snapshot was captured. */
  date: isoDateSchema.describe('The day the snapshot was captured (YYYY-MM-DD).'),
  /** The URL or file name the snapshot was captured from. */
  from: z
    .string()
    .trim()
    .min(1, 'expected the URL or file name the snapshot was captured from')
    .describe('The URL or file name the snapshot was captured from.'),
  /** Hex SHA-256 of the original bytes: the page or PDF as fetched or saved. */
  sha256: sha256Schema.describe('Hex SHA-256 of the original bytes: the page or PDF as fetched or saved.'),
  /** Hex SHA-256 of the snapshot file; the evidence is intact while the file still hashes to it. */
  'text-sha256': sha256Schema.describe(
    'Hex SHA-256 of the snapshot file; the evidence is intact while the file still hashes to it.',
  ),
});

/** One source in the shared library: `content/sources/<id>.yaml`. */
export const sourceSchema = z.strictObject({
  /** The source's own title. */
  title: z.string().trim().min(1, 'expected a non-empty title').describe("The source's own title."),
  /** The outlet or organisation that published it. */
  publisher: z
    .string()
    .trim()
    .min(1, 'expected the outlet or organisation that published the source')
    .describe('The outlet or organisation that published it.'),
  /** What kind of document it is. */
  kind: sourceKindSchema.describe('What kind of document it is.'),
  /** When it was published: YYYY, YYYY-MM or YYYY-MM-DD. */
  published: partialDateSchema.optional().describe('When it was published: YYYY, YYYY-MM or YYYY-MM-DD.'),
  /** Where the source can be read: an absolute http(s) URL. */
  url: urlStringSchema.optional().describe('Where the source can be read: an absolute http(s) URL.'),
  /** A web-archive copy of the source and the day it was taken. */
  archive: archiveSchema.optional().describe('A web-archive copy of the source and the day it was taken.'),
  /** The day the source was last read. */
  accessed: isoDateSchema.optional().describe('The day the source was last read (YYYY-MM-DD).'),
  /** The people or bodies who wrote it. */
  authors: z.array(z.string().trim().min(1)).optional().describe('The people or bodies who wrote it.'),
  /** Its language as a BCP 47 tag: `en`, `ko`, `pt-BR`. */
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as "en", "ko" or "pt-BR"')
    .optional()
    .describe('Its language as a BCP 47 tag: en, ko, pt-BR.'),
  /** Identifiers by scheme: `doi`, `isbn`, `un-symbol`, ... */
  identifiers: z
    .record(z.string().min(1), z.union([z.string(), z.number()]).transform(String))
    .optional()
    .describe('Identifiers by scheme: doi, isbn, un-symbol, ...'),
  /** A file under `content/snapshots/` holding the source's text, for quote checks. */
  snapshot: z
    .string()
    .regex(/^[A-Za-z0-9._-]+\.(txt|md)$/, 'expected a .txt or .md file name under content/snapshots/')
    .optional()
    .describe('A file under content/snapshots/ holding the source text, for quote checks (.txt or .md).'),
  /**
   * How the snapshot was made, written by `npm run new:source` and never by hand: the checker's
   * `snapshot-changed` rule fails when the snapshot no longer hashes to `text-sha256`.
   */
  capture: captureSchema
    .optional()
    .describe('How the snapshot was made, written by npm run new:source, never by hand.'),
  /** The Admiralty scale's source reliability: `A` (reliable) to `F` (cannot be judged). */
  reliability: sourceReliabilitySchema
    .optional()
    .describe(
      "The Admiralty scale's source reliability, as intelligence teams rate sources: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F reliability cannot be judged.",
    ),
  /** A note shown to readers, for example who runs a state outlet. */
  notes: z.string().trim().min(1).optional().describe('A note shown to readers, for example who runs a state outlet.'),
});

export type SourceInput = z.input<typeof sourceSchema>;
export type SourceData = z.output<typeof sourceSchema>;
