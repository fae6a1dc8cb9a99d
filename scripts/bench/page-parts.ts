/**
 * Where a briefing page's bytes go: the parts of the page the product adds to the briefing's text
 * (structured data, each claim's source cards, the notes, the ledger...), each with its raw bytes
 * and what brotli would save without it. The profile behind the page-weight target: it says which
 * part a lighter page would have to give up. Pure: it reads the HTML it is given.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { brotliCompressSync } from 'node:zlib';

/** One part of a page, found by its elements. */
export interface PartDefinition {
  name: string;
  /** Whether an element is (the outermost element of) this part. */
  matches: (element: Element) => boolean;
}

export interface PartWeight {
  name: string;
  /** How many elements make it up (the outermost, where one holds another). */
  elements: number;
  /** UTF-8 bytes of its elements' markup. */
  raw: number;
  /** Brotli bytes of the whole page less those of the page without this part. */
  brotliSaved: number;
}

export interface PageParts {
  raw: number;
  brotli: number;
  parts: PartWeight[];
}

const hasClass = (element: Element, name: string): boolean => {
  const classes = element.properties['className'];
  return Array.isArray(classes) && classes.includes(name);
};

/** The parts of a briefing page, as `src/components/` mark them up. A part may hold another. */
export const BRIEFING_PARTS: readonly PartDefinition[] = [
  {
    name: 'structured data (JSON-LD)',
    matches: (element) => element.tagName === 'script' && element.properties['type'] === 'application/ld+json',
  },
  {
    name: 'source cards beside each claim',
    matches: (element) => element.tagName === 'details' && hasClass(element, 'claim-sources'),
  },
  {
    name: '"Cite this claim" (inside the cards)',
    matches: (element) => element.tagName === 'details' && hasClass(element, 'claim-cite'),
  },
  { name: 'numbered notes', matches: (element) => element.properties['id'] === 'notes' },
  { name: 'claim ledger', matches: (element) => element.properties['id'] === 'ledger' },
  {
    name: 'links to the quoted passage (cards and notes)',
    matches: (element) => element.tagName === 'a' && hasClass(element, 'quote-link'),
  },
];

/** Source ranges (start, end offsets) of the outermost elements that match. */
function rangesOf(tree: Root, matches: PartDefinition['matches']): [number, number][] {
  const ranges: [number, number][] = [];
  visit(tree, 'element', (element) => {
    const start = element.position?.start.offset;
    const end = element.position?.end.offset;
    if (!matches(element) || start === undefined || end === undefined) return CONTINUE;
    ranges.push([start, end]);
    // A part inside a part counts once, as the outer one.
    return SKIP;
  });
  return ranges;
}

const brotli = (text: string): number => brotliCompressSync(Buffer.from(text)).length;

/** The weight of each part of one page's HTML. */
export function weighParts(html: string, definitions: readonly PartDefinition[] = BRIEFING_PARTS): PageParts {
  const tree = fromHtml(html);
  const whole = brotli(html);
  const parts = definitions.map(({ name, matches }) => {
    const ranges = rangesOf(tree, matches);
    let rest = '';
    let from = 0;
    let raw = 0;
    for (const [start, end] of ranges) {
      rest += html.slice(from, start);
      raw += Buffer.byteLength(html.slice(start, end));
      from = end;
    }
    rest += html.slice(from);
    return { name, elements: ranges.length, raw, brotliSaved: ranges.length === 0 ? 0 : whole - brotli(rest) };
  });
  return { raw: Buffer.byteLength(html), brotli: whole, parts };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The parts as a Markdown table, for the benchmark's report. */
export function formatParts(page: string, weighed: PageParts): string {
  return [
    `Where the bytes of ${page} go (${kb(weighed.raw)} raw, ${kb(weighed.brotli)} brotli):`,
    '',
    '| part | elements | raw | brotli saved without it |',
    '| --- | ---: | ---: | ---: |',
    ...weighed.parts.map((part) => `| ${part.name} | ${part.elements} | ${kb(part.raw)} | ${kb(part.brotliSaved)} |`),
  ].join('\n');
}
