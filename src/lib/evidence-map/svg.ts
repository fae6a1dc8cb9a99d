import { escapeHtml } from '../html.ts';
import type { MapLayout, PlacedNode } from './layout.ts';

/** What the markup needs from the page: unique ids, and the paths of a source's page and a claim's words. */
export interface SvgOptions {
  /** The element id of the map; its title and description get ids derived from it. */
  id: string;
  title: string;
  description: string;
  /** The site's path to a source's page (`href(sourcePath(id))`), so the map stays base-path free. */
  sourceHref: (id: string) => string;
  /**
   * The address of a claim's words given their anchor in the briefing (`#claim-…` or its ledger
   * row): the map is drawn on the evidence maps page, so a bare `#anchor` would lead nowhere.
   */
  claimHref: (anchor: string) => string;
}

/** Coordinates to a tenth of a unit: enough for the eye, and no float noise in the markup. */
const at = (value: number) => Math.round(value * 10) / 10;

/** One box: its outline and its lines, as a link to the source's page or to the claim's words. */
function nodeSvg(node: PlacedNode, { sourceHref, claimHref }: SvgOptions): string {
  const text = node.lines
    .map(
      (line, index) =>
        `<text x="${at(node.x + 7)}" y="${at(node.y + 17 + index * 15)}"${line.bold ? ' class="em-b"' : ''}>${escapeHtml(line.text)}</text>`,
    )
    .join('');
  const box = `<rect class="em-${node.kind} em-${node.group}" x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="3"/>`;
  const title = node.fullLabel ? `<title>${escapeHtml(node.fullLabel)}</title>` : '';
  // `data-map-*`, not `data-claim`: the page keeps `data-claim` for the body's own claim markers.
  const data = `data-map-${node.kind}="${escapeHtml(node.id)}" data-group="${escapeHtml(node.group)}"`;
  const href =
    node.kind === 'source' ? sourceHref(node.id) : node.target === undefined ? undefined : claimHref(node.target);
  return href === undefined
    ? `<g ${data}>${title}${box}${text}</g>`
    : `<a href="${escapeHtml(href)}" ${data}>${title}${box}${text}</a>`;
}

/**
 * The laid-out map as inline SVG. Colours are the site's custom properties (set in the
 * stylesheet through the classes), so it follows dark mode and print; each stance also has its
 * own line pattern and its word beside it. Every editor's string is escaped.
 */
export function mapSvg(layout: MapLayout, options: SvgOptions): string {
  const id = escapeHtml(options.id);
  const edges = layout.edges
    .map(
      (edge) =>
        `<path class="em-e em-${edge.kind}" d="${edge.d}" data-edge="${edge.kind}" data-from="${escapeHtml(edge.from)}" data-to="${escapeHtml(edge.to)}"/>`,
    )
    .join('');
  const legend = layout.legend
    .map((item) => `<path class="em-e em-${item.stance}" d="M${item.x} ${item.y}h18"/>`)
    .join('');
  const captions = layout.captions
    .map(
      (caption) =>
        `<text class="em-cap em-${caption.group}" x="${caption.x}" y="${caption.y}">${escapeHtml(caption.text)}</text>`,
    )
    .join('');
  return [
    `<svg id="${id}" class="em" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="group" aria-labelledby="${id}-t" aria-describedby="${id}-d">`,
    `<title id="${id}-t">${escapeHtml(options.title)}</title><desc id="${id}-d">${escapeHtml(options.description)}</desc>`,
    `<g fill="none">${edges}${legend}</g>`,
    captions,
    layout.nodes.map((node) => nodeSvg(node, options)).join(''),
    '</svg>',
  ].join('');
}
