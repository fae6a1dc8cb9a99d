import type { Root } from 'mdast';

interface Located {
  type?: string;
  name?: string | null;
  attributes?: { type: string; position?: unknown }[];
  position?: { start: { offset?: number } };
  children?: unknown[];
}

/**
 * Gives each JSX attribute the position of its first character. Sätteri, like the renderer it
 * is, records positions for elements but not for their attributes, and an editor told that
 * `onclick` is refused wants to land on `onclick`, not on the `<` of a long tag.
 *
 * The parser has already accepted the tag, so a small scan of its opening tag is exact: names,
 * `=`, quoted values, and values or spreads in balanced braces (strings inside skipped).
 */
export function locateAttributes(tree: Root, text: string): void {
  let lineStarts: number[] | undefined;
  const pointAt = (offset: number) => {
    lineStarts ??= computeLineStarts(text);
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1, offset };
  };
  const walk = (node: Located): void => {
    const { attributes, position } = node;
    if (attributes?.length && position?.start.offset !== undefined && typeof node.name === 'string') {
      const spans = attributeSpans(text, position.start.offset + 1 + node.name.length, attributes.length);
      attributes.forEach((attribute, index) => {
        const span = spans[index];
        if (span !== undefined) attribute.position = { start: pointAt(span[0]), end: pointAt(span[1]) };
      });
    }
    for (const child of node.children ?? []) walk(child as Located);
  };
  walk(tree as Located);
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const character = text.charCodeAt(index);
    // \n, or \r not followed by \n: the parser counts lines as CommonMark does.
    if (character === 10 || (character === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1);
  }
  return starts;
}

/** Where the first `count` attributes of the opening tag starting at `from` begin and end. */
function attributeSpans(text: string, from: number, count: number): [number, number][] {
  const spans: [number, number][] = [];
  let at = from;
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text.charAt(at))) at++;
  };
  while (spans.length < count && at < text.length) {
    skipSpace();
    const character = text.charAt(at);
    if (character === '>' || character === '/') break;
    const start = at;
    if (character === '{') {
      at = afterBraces(text, at);
      spans.push([start, at]);
      continue;
    }
    while (at < text.length && !/[\s=/>{]/.test(text.charAt(at))) at++;
    let end = at;
    skipSpace();
    if (text.charAt(at) === '=') {
      at++;
      skipSpace();
      const quote = text.charAt(at);
      if (quote === '"' || quote === "'") {
        const close = text.indexOf(quote, at + 1);
        at = close < 0 ? text.length : close + 1;
      } else if (quote === '{') {
        at = afterBraces(text, at);
      }
      end = at;
    } else {
      at = end;
    }
    spans.push([start, end]);
  }
  return spans;
}

/** The offset just past the brace that closes the one at `open`, skipping strings and comments. */
function afterBraces(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    const character = text.charAt(at);
    if (character === '"' || character === "'" || character === '`') {
      const end = text.indexOf(character, at + 1);
      if (end < 0) return text.length;
      at = end;
    } else if (character === '/' && text.charAt(at + 1) === '*') {
      const end = text.indexOf('*/', at + 2);
      if (end < 0) return text.length;
      at = end + 1;
    } else if (character === '{') depth++;
    else if (character === '}' && --depth === 0) return at + 1;
  }
  return text.length;
}
