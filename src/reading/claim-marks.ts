import type { Root, RootContent } from 'mdast';

/**
 * Where a `<Claim>` stands in a body, which decides whether the reader ever sees it:
 * - `prose`: in the text, a list, a table, or a footnote that the text refers to;
 * - `heading`: in a heading, where the cards and markers have no place;
 * - `html`: inside an HTML element, which the page's layout does not look into;
 * - `unreferenced-footnote`: in a footnote definition nothing refers to, which is never rendered.
 */
export type ClaimPlacement = 'prose' | 'heading' | 'html' | 'unreferenced-footnote';

/** A `<Claim>` element in a briefing's body. */
export interface ClaimMark {
  /** The `id` attribute when it is a plain string. */
  id?: string;
  /** Where the element starts, 1-based. */
  point: { line: number; column: number };
  /** The id of an enclosing `<Claim>`, when nested (`''` when that one has no id). */
  nestedIn?: string;
  /** True for `<Claim id="x" />` or a `<Claim>` with nothing but white space inside: no words to mark. */
  empty: boolean;
  placement: ClaimPlacement;
  /** The label of the footnote definition it stands in, if any. */
  footnote?: string;
  /** The HTML element it stands in, for `html` placement. */
  element?: string;
}

type JsxElement = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** The name of the component that marks claims, the only one safe mode allows. */
export const CLAIM_COMPONENT = 'Claim';

function isJsxElement(node: unknown): node is JsxElement {
  const type = (node as { type?: unknown }).type;
  return type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement';
}

interface Surroundings {
  claim?: string;
  inHeading: boolean;
  html?: string;
  footnote?: string;
}

/**
 * Every `<Claim>` in a parsed body, in document order (the order a reader meets them), with
 * where it stands. The one function that reads claims out of a body: the checker judges its
 * result and the site numbers and anchors claims from it, both on the same parse.
 */
export function findClaimMarks(tree: Root): ClaimMark[] {
  const marks: ClaimMark[] = [];
  const referenced = new Set<string>();
  const walk = (node: { children?: unknown[] }, around: Surroundings): void => {
    for (const child of node.children ?? []) {
      if (!child || typeof child !== 'object') continue;
      let inner = around;
      const type = (child as { type?: unknown }).type;
      if (type === 'footnoteReference') referenced.add((child as { identifier: string }).identifier);
      else if (type === 'footnoteDefinition')
        inner = { ...around, footnote: (child as { identifier: string }).identifier };
      else if (type === 'heading') inner = { ...around, inHeading: true };
      else if (isJsxElement(child)) {
        if (child.name === CLAIM_COMPONENT) {
          const mark = claimMark(child, around);
          marks.push(mark);
          inner = { ...around, claim: mark.id ?? '' };
        } else if (child.name !== null && /^[a-z]/.test(child.name)) {
          inner = { ...around, html: child.name };
        }
      }
      if ('children' in child) walk(child as { children?: unknown[] }, inner);
    }
  };
  walk(tree, { inHeading: false });
  for (const mark of marks)
    if (mark.footnote !== undefined && !referenced.has(mark.footnote) && mark.placement === 'prose')
      mark.placement = 'unreferenced-footnote';
  return marks;
}

function claimMark(element: JsxElement, around: Surroundings): ClaimMark {
  const idAttribute = element.attributes.find(
    (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
  );
  const start = element.position?.start ?? { line: 1, column: 1 };
  const mark: ClaimMark = {
    point: { line: start.line, column: start.column },
    empty: !hasWords(element),
    placement: around.inHeading ? 'heading' : around.html !== undefined ? 'html' : 'prose',
  };
  if (typeof idAttribute?.value === 'string') mark.id = idAttribute.value;
  if (around.claim !== undefined) mark.nestedIn = around.claim;
  if (around.footnote !== undefined) mark.footnote = around.footnote;
  if (around.html !== undefined) mark.element = around.html;
  return mark;
}

/** Whether an element holds anything a reader would see as words. */
function hasWords(node: { children?: unknown[] }): boolean {
  return (node.children ?? []).some((child) => {
    const { type, value } = child as { type?: string; value?: unknown };
    if (typeof value === 'string' && type !== 'mdxFlowExpression' && type !== 'mdxTextExpression')
      return value.trim() !== '';
    return hasWords(child as { children?: unknown[] });
  });
}

/** A claim is published where the reader can see it; elsewhere its words are lost. */
export function isPublished(mark: ClaimMark): boolean {
  return mark.placement === 'prose' && !mark.empty && mark.nestedIn === undefined;
}

/** The ids of the claims a body shows, in the order a reader meets them, each once. */
export function publishedClaimIds(marks: readonly ClaimMark[]): string[] {
  const ids: string[] = [];
  for (const mark of marks) if (mark.id !== undefined && isPublished(mark) && !ids.includes(mark.id)) ids.push(mark.id);
  return ids;
}

/**
 * The ids of the claims whose source cards a block (a paragraph or list item) places after
 * itself: those it holds, except inside an inner paragraph or list item, which places its own.
 * Works on the body's mdast and on the hast the renderer builds from it alike.
 */
export function claimIdsPlacedBy(block: { children?: unknown[] }): string[] {
  const ids: string[] = [];
  const walk = (node: { children?: unknown[] }): void => {
    for (const child of node.children ?? []) {
      if (!child || typeof child !== 'object') continue;
      const { type, tagName } = child as { type?: string; tagName?: string };
      if (type === 'paragraph' || type === 'listItem' || tagName === 'p' || tagName === 'li') continue;
      if (isJsxElement(child) && child.name === CLAIM_COMPONENT) {
        const id = child.attributes.find(
          (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
        )?.value;
        if (typeof id === 'string' && !ids.includes(id)) ids.push(id);
      }
      walk(child);
    }
  };
  walk(block);
  return ids;
}
