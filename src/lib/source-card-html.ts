import { noteAnchor } from './anchors.ts';
import type { CitationUse } from './briefing-view.ts';
import { formatDate } from './dates.ts';
import { attributes, escapeHtml } from './html.ts';
import { quoteBlockHtml } from './quotes/quote-html.ts';
import { RELIABILITY_LABELS, reliabilityBadgeText, SOURCE_KIND_LABELS, STANCE_LABELS } from './labels.ts';

/** Cards are compact: a long title is cut at a word, in full on the source's page. */
export function shortTitle(title: string): string {
  if (title.length <= 70) return title;
  return `${title.slice(0, 70).replace(/\s+\S*$/, '')}…`;
}

/** A reliability badge: the grade, with the Admiralty scale's words for it said, not only hovered. */
export function reliabilityBadgeHtml(grade: NonNullable<CitationUse['source']['reliability']>): string {
  return `<span${attributes({ class: `badge reliability reliability-${grade}`, title: RELIABILITY_LABELS[grade] })}>${reliabilityBadgeText(grade)}<span class="visually-hidden">: ${RELIABILITY_LABELS[grade]}</span></span>`;
}

/** The site's own path to a source page; passed in so this stays free of the base-path lookup. */
export type SourcePath = (id: string) => string;

/**
 * One source card as HTML. Written as a string rather than a tree of components: a dense briefing
 * has dozens of cards, and at a thousand briefings per build the components' own overhead
 * was the largest part of rendering. Every editor's string goes through `escapeHtml`; only
 * vetted http(s) URLs (see `summariseSource`) become external links.
 */
export function sourceCardHtml(use: CitationUse, showTitle: boolean, sourcePath: SourcePath): string {
  const { source, via } = use;
  const external = (url: string, text: string) =>
    `<a${attributes({ href: url, rel: 'noopener noreferrer' })}>${escapeHtml(text)}</a>`;
  const parts = [
    `<li${attributes({ class: 'card', 'data-stance': use.stance, 'data-use': use.anchorId })}>`,
    '<p class="card-head">',
    `<a${attributes({ class: 'card-number', href: `#${noteAnchor(use.number)}`, 'aria-label': `Note ${use.number}` })}>${use.number}</a> `,
    `<a${attributes({ class: 'card-publisher', href: sourcePath(source.id) })}>${escapeHtml(source.publisher)}</a> `,
    `<span class="badge kind kind-${source.kind}">${SOURCE_KIND_LABELS[source.kind]}</span>`,
    source.reliability ? ` ${reliabilityBadgeHtml(source.reliability)}` : '',
    source.published
      ? ` <time${attributes({ datetime: source.published })}>${formatDate(source.published)}</time>`
      : '',
    '</p>',
    showTitle && !via
      ? `<p class="card-title"><a${attributes({ href: sourcePath(source.id) })}>${escapeHtml(shortTitle(source.title))}</a></p>`
      : '',
    `<p class="card-stance"><span class="stance stance-${use.stance}">${STANCE_LABELS[use.stance]}</span>`,
    use.locator ? ` <span class="card-locator">${escapeHtml(use.locator)}</span>` : '',
    '</p>',
    quoteBlockHtml(use, 'card-quote'),
    via
      ? `<p class="card-via">${escapeHtml(shortTitle(source.title))}, via <a${attributes({ href: sourcePath(via.id) })}>${escapeHtml(via.publisher)}</a></p>`
      : '',
  ];
  // A card's way out to the evidence is the passage it quotes, when it links one; otherwise the
  // source and its archived copy. Both addresses are always in the card's note (its number) and on
  // the source's page (its publisher), and two links on each of thirty cards weighed 11 KB a page.
  if (use.quoteUrl === undefined && (source.url || source.archiveUrl)) {
    parts.push('<p class="card-links">');
    if (source.url) parts.push(external(source.url, 'Source'));
    if (source.url && source.archiveUrl) parts.push(' ');
    if (source.archiveUrl) {
      parts.push(
        external(source.archiveUrl, `Archived${source.archiveDate ? ` ${formatDate(source.archiveDate)}` : ''}`),
      );
    }
    parts.push('</p>');
  }
  parts.push('</li>');
  return parts.join('');
}
