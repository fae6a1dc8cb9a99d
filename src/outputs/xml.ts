/**
 * Characters XML 1.0 cannot carry at all, not even as a character reference: most C0 controls,
 * lone surrogates, U+FFFE and U+FFFF. YAML's double-quoted escapes (`"\u0001"`) can put them in
 * an editor's string; one of them would make the whole feed unreadable, so they are dropped.
 */
/* eslint-disable no-control-regex -- control characters are exactly what is removed */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** Text with every character XML 1.0 forbids removed, before any escaping. */
export function xmlCharacters(text: string): string {
  return text.replace(NOT_XML, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for XML element content and attribute values alike. Named entities only: they are
 * the five every XML parser knows, where a numeric reference would do as well but reads worse.
 */
export function escapeXml(text: string): string {
  return xmlCharacters(text).replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}
