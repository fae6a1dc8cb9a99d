import { safeJson } from './safe-json.ts';

/** A JSON export as a static file: indented for people, escaped for browsers that sniff. */
export function jsonResponse(value: unknown): Response {
  return new Response(`${safeJson(value, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** An XML or plain-text file. */
export function textResponse(text: string, type: 'application/xml' | 'text/plain'): Response {
  return new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
