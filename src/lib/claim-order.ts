/**
 * The ids of `<Claim>` elements in the order a reader meets them. The checker has already
 * guaranteed each id is a plain string attribute, so reading the source text is enough and
 * costs nothing next to a second MDX parse.
 */
export function claimIdsInBodyOrder(body: string): string[] {
  // Code blocks, code spans and comments show a <Claim> as text; only prose marks a claim.
  const prose = body
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, '')
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  const ids: string[] = [];
  for (const match of prose.matchAll(/<Claim\s+(?:[^>]*?\s)?id\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const id = match[1] ?? match[2];
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
