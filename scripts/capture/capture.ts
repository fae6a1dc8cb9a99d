import { createHash } from 'node:crypto';
import { pageMetadata, type PageMetadata } from '../scaffold/page-metadata.ts';

/** How a snapshot was made: the source file's `capture` field, as content-format.md defines it. */
export interface CaptureRecord {
  /** The day of the capture, `YYYY-MM-DD`. */
  date: string;
  /** The address or file name it was captured from. */
  from: string;
  /** Hex SHA-256 of the original bytes. */
  sha256: string;
  /** Hex SHA-256 of the snapshot file. */
  'text-sha256': string;
}

/** A captured document: what it says about itself, its text, and its bytes. */
export interface Capture {
  kind: 'html' | 'pdf';
  metadata: PageMetadata;
  /** The snapshot's text, ending in one line break. */
  text: string;
  original: Uint8Array;
  /** For a PDF, its number of pages. */
  pages?: number;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The snapshot and metadata of a web page or PDF. A page's main text is found by Readability; a
 * PDF's text is taken page by page with `[page N]` marks.
 */
export async function captureDocument(kind: 'html' | 'pdf', bytes: Uint8Array): Promise<Capture> {
  if (kind === 'pdf') {
    // pdf.js is large; loaded only for a PDF, so capturing a web page starts quickly.
    const { pdfText } = await import('./pdf-text.ts');
    const pdf = await pdfText(bytes);
    return {
      kind,
      metadata: pdf.title === undefined ? {} : { title: pdf.title },
      text: `${pdf.text}\n`,
      original: bytes,
      pages: pdf.pages,
    };
  }
  const html = new TextDecoder().decode(bytes);
  const { htmlMainText } = await import('./html-text.ts');
  const page = htmlMainText(html);
  const metadata = pageMetadata(html);
  if (metadata.title === undefined && page.title !== undefined) metadata.title = page.title;
  return { kind, metadata, text: `${page.text}\n`, original: bytes };
}

/** The record of a capture made today from `from`. */
export function captureRecord(capture: Capture, from: string, today: string): CaptureRecord {
  return { date: today, from, sha256: sha256Hex(capture.original), 'text-sha256': sha256Hex(capture.text) };
}

/** A PDF starts with `%PDF-`, whatever its file is called. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, 1024)).includes('%PDF-');
}
