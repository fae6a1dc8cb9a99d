import { safeJson } from './safe-json.ts';

/**
 * A JSON export as a static file, escaped for browsers that sniff. Compact: at a thousand
 * briefings indentation alone added 40 MB to the build (`jq .` indents for people who read it).
 */
export function jsonResponse(value: unknown): Response {
  return new Response(`${safeJson(value)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** An XML, BibTeX or plain-text file. */
export function textResponse(text: string, type: 'application/xml' | 'application/x-bibtex' | 'text/plain'): Response {
  return new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
