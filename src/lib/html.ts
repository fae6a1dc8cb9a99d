/**
 * Escapes text for HTML text and attribute values alike. Astro escapes attribute values only for
 * `&` and `"`, which is enough for the parser; escaping `<` and `>` as well means no editor's
 * string ever appears as markup in the page source, even inside an attribute.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Attributes as HTML source, every value escaped; `undefined` values are left out. */
export function attributes(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
}
