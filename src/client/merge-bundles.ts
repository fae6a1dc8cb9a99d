/**
 * The search bundles of a sharded build's other shards, which the page names on its search
 * elements (`data-merge-bundles`, space-separated addresses); none on a site built whole.
 */
export function mergeBundles(element: Element | null | undefined): string[] {
  return (element?.getAttribute('data-merge-bundles') ?? '').split(/\s+/).filter(Boolean);
}
