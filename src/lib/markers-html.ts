import type { CitationUse } from './briefing-view.ts';
import { noteAnchor } from './anchors.ts';
import { attributes } from './html.ts';

/**
 * A claim's citation numbers as HTML. Each links to its note and carries the id the note's
 * backlink returns to; its accessible name says which source it is, not just a number. Built as
 * one string because white space between markers would show before the next punctuation mark.
 */
export function markersHtml(uses: readonly CitationUse[], withIds = true): string {
  const links = uses
    .map(
      (use) =>
        `<a${attributes({
          class: 'marker',
          href: `#${noteAnchor(use.number)}`,
          id: withIds ? use.anchorId : undefined,
          'aria-label': `source ${use.number}: ${use.source.publisher}`,
          'data-use': use.anchorId,
        })}>${use.number}</a>`,
    )
    .join('');
  return `<sup class="markers">${links}</sup>`;
}
