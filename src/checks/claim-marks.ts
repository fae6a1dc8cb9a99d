import type { Root, RootContent } from 'mdast';
import type { ClaimMark } from './model.ts';

type JsxElement = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function isJsxElement(node: unknown): node is JsxElement {
  const type = (node as { type?: unknown }).type;
  return type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement';
}

/** Every `<Claim>` in a body, in document order, with the id of any `<Claim>` around it. */
export function findClaimMarks(tree: Root): ClaimMark[] {
  const marks: ClaimMark[] = [];
  const walk = (node: { children?: unknown[] }, enclosing: string | undefined): void => {
    for (const child of node.children ?? []) {
      let inner = enclosing;
      if (isJsxElement(child) && child.name === 'Claim') {
        const idAttribute = child.attributes.find(
          (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
        );
        const id = typeof idAttribute?.value === 'string' ? idAttribute.value : undefined;
        const start = child.position?.start ?? { line: 1, column: 1 };
        const mark: ClaimMark = { point: { line: start.line, column: start.column } };
        if (id !== undefined) mark.id = id;
        if (enclosing !== undefined) mark.nestedIn = enclosing;
        marks.push(mark);
        inner = id ?? '';
      }
      if (child && typeof child === 'object' && 'children' in child) walk(child as { children?: unknown[] }, inner);
    }
  };
  walk(tree, undefined);
  return marks;
}
