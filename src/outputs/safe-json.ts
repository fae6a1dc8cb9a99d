/**
 * `JSON.stringify` leaves `<`, `>` and `&` as they are, so a `</script>` inside a string ends a
 * `<script type="application/ld+json">` block early, and U+2028 and U+2029 end a line in older
 * JavaScript parsers. Written as `\u` escapes they are the same JSON to any parser, and no
 * editor's string can ever be read as markup, in a page or in a file a browser sniffs as HTML.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

function escapeCharacter(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** JSON text safe to put inside an HTML `<script>` element or to serve as a file. */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE, escapeCharacter);
}
