/**
 * The claims rendered in a fragment of HTML that still need their cards: every `data-claim`, in
 * order, minus those whose cards an inner paragraph has already placed (`data-sources-for`).
 * The attributes are the site's own output, so a pattern is exact here.
 */
export function claimIdsInHtml(html: string): string[] {
  const placed = new Set([...html.matchAll(/data-sources-for="([^"]+)"/g)].map((match) => match[1]));
  const ids: string[] = [];
  for (const match of html.matchAll(/data-claim="([^"]+)"/g)) {
    const id = match[1]!;
    if (!placed.has(id) && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
