import type { Root } from 'mdast';
import { defaultSchema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { CLAIM_COMPONENT } from './claim-marks.ts';

/**
 * The raw HTML a briefing may hold in safe mode: the allow-list GitHub's sanitizer applies to
 * READMEs (`hast-util-sanitize`'s default schema), less what would let a briefing reach into the
 * page around it. `id` and `name` could take over the page's own anchors (`#claim-…`, `#note-…`),
 * `class` and `data-*` its styles and scripts (`data-sources-for` hides a claim's cards), and
 * form inputs have no place in an article. `abbr` is added: harmless, and what editors want for
 * acronyms.
 */
const ELEMENTS: ReadonlySet<string> = new Set([
  ...(defaultSchema.tagNames ?? []).filter((name) => name !== 'input'),
  'abbr',
]);

const PAGE_REACHING = new Set(['id', 'name', 'className']);

/** Allowed attributes (as hast property names) for an element, and any value they must have. */
function allowedAttributes(element: string): Map<string, readonly unknown[] | undefined> {
  const allowed = new Map<string, readonly unknown[] | undefined>();
  for (const entry of [...(defaultSchema.attributes?.['*'] ?? []), ...(defaultSchema.attributes?.[element] ?? [])]) {
    const [property, ...values] = Array.isArray(entry) ? entry : [entry];
    if (typeof property !== 'string' || PAGE_REACHING.has(property) || property.startsWith('data')) continue;
    allowed.set(property, values.length > 0 ? values : undefined);
  }
  return allowed;
}

const ATTRIBUTES = new Map([...ELEMENTS].map((element) => [element, allowedAttributes(element)]));

/** The URL schemes each URL attribute may use; a relative URL has none and is always allowed. */
const PROTOCOLS: Readonly<Record<string, readonly string[] | null | undefined>> = defaultSchema.protocols ?? {};

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
  position?: { start: { line: number; column: number } };
}

/** Where an attribute starts, or its element when the parser gave it no position. */
function at(attribute: Attribute, element: MarkupFinding['point']): MarkupFinding['point'] {
  const start = attribute.position?.start;
  return start ? { line: start.line, column: start.column } : element;
}

/** One element or attribute outside the allow-list. */
export interface MarkupFinding {
  message: string;
  point: { line: number; column: number };
}

/** Elements whose refusal the safe-mode walker already explains in its own words. */
export interface AlreadyRefused {
  element(name: string): boolean;
  attribute(name: string): boolean;
  /** A URL whose scheme the walker already refuses. */
  url(value: string): boolean;
}

/**
 * Every HTML element and attribute of a parsed body outside the allow-list, in document order.
 * Components (capitalised names) are the safe-mode walker's concern; `<Claim>` may carry only
 * its `id`.
 */
export function findDisallowedMarkup(tree: Root, refused: AlreadyRefused): MarkupFinding[] {
  const findings: MarkupFinding[] = [];
  const walk = (node: { children?: unknown[] }, inherited: MarkupFinding['point']): void => {
    for (const child of node.children ?? []) {
      const element = child as {
        type?: string;
        name?: string | null;
        attributes?: Attribute[];
        position?: { start: { line: number; column: number } };
        children?: unknown[];
      };
      const point = element.position
        ? { line: element.position.start.line, column: element.position.start.column }
        : inherited;
      if ((element.type === 'mdxJsxFlowElement' || element.type === 'mdxJsxTextElement') && element.name) {
        findings.push(...judgeElement(element.name, element.attributes ?? [], point, refused));
      }
      if (element.children) walk(element, point);
    }
  };
  walk(tree, { line: 1, column: 1 });
  return findings;
}

function judgeElement(
  name: string,
  attributes: readonly Attribute[],
  point: MarkupFinding['point'],
  refused: AlreadyRefused,
): MarkupFinding[] {
  if (name === CLAIM_COMPONENT) {
    return attributes
      .filter((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name !== 'id')
      .filter((attribute) => !refused.attribute(attribute.name ?? ''))
      .map((attribute) => ({
        point: at(attribute, point),
        message: `the attribute "${attribute.name}" on <Claim> is not allowed in safe mode: <Claim> takes only id="..."; remove the attribute`,
      }));
  }
  // Other components are the safe-mode walker's to refuse, and the elements it names itself.
  if (!/^[a-z]/.test(name) || name.includes('.') || name.includes(':') || refused.element(name.toLowerCase()))
    return [];
  const lower = name.toLowerCase();
  if (!ELEMENTS.has(lower)) {
    const hint =
      lower === CLAIM_COMPONENT.toLowerCase()
        ? 'did you mean <Claim>, with a capital C?'
        : 'write it as Markdown, or use an element such as <abbr>, <sup> or <span>';
    return [
      {
        point,
        message: `the HTML element <${name}> is not allowed in safe mode: briefings may use only the HTML that GitHub allows in a README; ${hint}`,
      },
    ];
  }
  const allowed = ATTRIBUTES.get(lower)!;
  const findings: MarkupFinding[] = [];
  for (const attribute of attributes) {
    // Spread attributes run code: the safe-mode walker refuses them.
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) continue;
    if (refused.attribute(attribute.name.toLowerCase())) continue;
    const property = find(html, attribute.name).property;
    const values = allowed.get(property);
    const permitted = allowed.has(property) && (values === undefined || values.includes(attribute.value));
    if (!permitted) {
      findings.push({
        point: at(attribute, point),
        message:
          `the attribute "${attribute.name}" on <${name}> is not allowed in safe mode: ` +
          (PAGE_REACHING.has(property) || property.startsWith('data')
            ? 'ids, names, classes and data attributes could reach into the page around the briefing'
            : 'briefings may use only the attributes GitHub allows in a README') +
          '; remove the attribute',
      });
      continue;
    }
    const schemes = PROTOCOLS[property];
    if (schemes && typeof attribute.value === 'string' && !refused.url(attribute.value)) {
      const scheme = /^([a-z][a-z\d+.-]*):/i.exec(attribute.value.trim())?.[1]?.toLowerCase();
      if (scheme !== undefined && !schemes.includes(scheme)) {
        findings.push({
          point: at(attribute, point),
          message: `the URL in ${attribute.name} on <${name}> uses "${scheme}:", which is not allowed in safe mode; use an https:// address or a relative link`,
        });
      }
    }
  }
  return findings;
}
