/**
 * The ids of `<Claim>` elements in the order a reader meets them. The checker has already
 * guaranteed each id is a plain string attribute, so reading the source text is enough and
 * costs nothing next to a second MDX parse.
 */
export function claimIdsInBodyOrder(body: string): string[] {
  const ids: string[] = [];
  for (const match of body.matchAll(/<Claim\s+(?:[^>]*?\s)?id\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const id = match[1] ?? match[2];
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
