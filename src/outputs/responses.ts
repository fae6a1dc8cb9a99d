import { safeJsonChunks } from './safe-json.ts';

/** How many characters of JSON are encoded and handed on at a time. */
const PIECE = 1 << 16;

/** The text of a JSON export as a file, in pieces: `safeJson` compact, and a final newline. */
export function* jsonFilePieces(value: unknown): Generator<string> {
  yield* safeJsonChunks(value);
  yield '\n';
}

/**
 * A JSON export as a static file, escaped for browsers that sniff. Compact: at a thousand
 * briefings indentation alone added 40 MB to the build (`jq .` indents for people who read it).
 * Written as a stream of pieces, never as one string: `/claims.json` of 20,000 briefings is longer
 * than the longest string JavaScript can hold, and Astro writes a body of any length.
 */
export function jsonResponse(value: unknown): Response {
  const pieces = jsonFilePieces(value);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = '';
      for (let next = pieces.next(); ; next = pieces.next()) {
        if (next.done) {
          controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += next.value;
        if (text.length >= PIECE) {
          controller.enqueue(encoder.encode(text));
          return;
        }
      }
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** An XML, BibTeX or plain-text file. */
export function textResponse(text: string, type: 'application/xml' | 'application/x-bibtex' | 'text/plain'): Response {
  return new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
