import { safeJsonChunks } from './safe-json.ts';

/** How many characters of JSON are encoded and handed on at a time. */
const PIECE = 1 << 16;

/**
 * The text of a JSON export as a file (`safeJson` compact, and a final newline), in pieces of about
 * 64K characters: what a response body or a file write is handed at a time, never one string.
 */
export function* jsonFileText(value: unknown): Generator<string> {
  let text = '';
  for (const piece of safeJsonChunks(value)) {
    text += piece;
    if (text.length >= PIECE) {
      yield text;
      text = '';
    }
  }
  yield `${text}\n`;
}

/**
 * A JSON export as a static file, escaped for browsers that sniff. Compact: at a thousand
 * briefings indentation alone added 40 MB to the build (`jq .` indents for people who read it).
 * Written as a stream of pieces, never as one string: `/claims.json` of 20,000 briefings is longer
 * than the longest string JavaScript can hold, and Astro writes a body of any length.
 */
export function jsonResponse(value: unknown): Response {
  const pieces = jsonFileText(value);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** An XML, BibTeX or plain-text file. */
export function textResponse(text: string, type: 'application/xml' | 'application/x-bibtex' | 'text/plain'): Response {
  return new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
