import type { Point } from './diagnostic.ts';

/**
 * Limits that keep the parsers fast and their tree walks within the stack, whatever a contributor
 * sends. Each is far beyond anything a briefing needs, and each was measured: past it, the
 * time the MDX parser takes grows with the square of the input (a 2,000-level list takes hours;
 * a paragraph of 40,000 `*a` takes 15 s), or a recursive walk runs out of stack.
 */

/** Columns of indentation, `>` and list markers a line may start with (about 50 nested lists). */
export const MAX_LINE_DEPTH = 100;
/** `*`, `_` and `~` characters, or `[` characters, in one paragraph. */
export const MAX_DELIMITERS = 500;
/** Levels of nodes in a parsed body (lists, quotes, emphasis, elements). */
export const MAX_TREE_DEPTH = 200;
/** Levels of nested lists and fields in YAML; its parser recurses once per level. */
export const MAX_YAML_DEPTH = 64;

/** A place where an input exceeds a limit, and what to tell the editor. */
export interface LimitExceeded {
  offset: number;
  message: string;
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]/;

/** How many columns of indentation, quote markers and list markers start `line`, and where its text begins. */
function containerColumns(line: string): { columns: number; length: number } {
  let columns = 0;
  let index = 0;
  while (index < line.length) {
    const character = line.charAt(index);
    if (character === ' ' || character === '>') {
      columns += 1;
      index += 1;
    } else if (character === '\t') {
      columns += 4 - (columns % 4);
      index += 1;
    } else {
      const marker = LIST_MARKER.exec(line.slice(index, index + 12));
      if (!marker) break;
      columns += marker[0].length;
      index += marker[0].length;
    }
  }
  return { columns, length: index };
}

/**
 * Finds the first line nested too deep, or paragraph with too many emphasis or link delimiters,
 * in an MDX body that starts at `start`; the MDX parser must not see such input.
 */
export function findMdxHazard(text: string, start: number): LimitExceeded | undefined {
  let delimiters = 0;
  let brackets = 0;
  let fence: string | undefined;
  let offset = start;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(offset, end);
    const { columns, length } = containerColumns(line);
    if (columns > MAX_LINE_DEPTH) {
      return {
        offset,
        message: `this line starts ${columns} columns deep in nested lists, quotes or indentation; briefings never need more than ${MAX_LINE_DEPTH}, and the MDX parser slows to a halt on deep nesting: flatten the structure`,
      };
    }
    if (line.trim() === '') {
      delimiters = 0;
      brackets = 0;
    }
    // Code is not parsed for emphasis or links, so its characters do not count.
    const opening = /^(`{3,}|~{3,})/.exec(line.slice(length))?.[1];
    if (fence === undefined && opening !== undefined) fence = opening.charAt(0);
    else if (fence !== undefined && opening?.charAt(0) === fence) fence = undefined;
    if (fence !== undefined || opening !== undefined) {
      offset = end + 1;
      continue;
    }
    for (let index = 0; index < line.length; index++) {
      const character = line.charAt(index);
      if (character === '\\') {
        index += 1;
        continue;
      }
      const isDelimiter = character === '*' || character === '_' || character === '~';
      if (isDelimiter) delimiters += 1;
      if (character === '[') brackets += 1;
      if (delimiters > MAX_DELIMITERS || brackets > MAX_DELIMITERS) {
        const what = isDelimiter ? '"*", "_" or "~"' : '"["';
        return {
          offset: offset + index,
          message: `this paragraph holds more than ${MAX_DELIMITERS} ${what} characters, and the MDX parser's time grows with the square of their number; split the paragraph, or escape them (\\${character})`,
        };
      }
    }
    offset = end + 1;
  }
  return undefined;
}

interface TreeNode {
  children?: unknown;
  position?: { start: Point } | undefined;
}

/**
 * Finds a node nested deeper than {@link MAX_TREE_DEPTH} levels, without recursion, so the rules'
 * recursive walks never run out of stack.
 */
export function findDeepNode(tree: TreeNode): { point: Point; message: string } | undefined {
  const stack: { node: TreeNode; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_TREE_DEPTH) {
      return {
        point: node.position?.start ?? { line: 1, column: 1 },
        message: `the body is nested more than ${MAX_TREE_DEPTH} levels deep here (lists, quotes, emphasis or elements inside one another); no briefing needs that: flatten it`,
      };
    }
    if (Array.isArray(node.children)) {
      for (const child of node.children as TreeNode[]) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * Finds where YAML nests deeper than {@link MAX_YAML_DEPTH} levels, by brackets or by
 * indentation. Quoted text and comments are skipped; the count is an estimate that errs on the
 * side of letting real content through.
 */
export function findYamlHazard(source: string): LimitExceeded | undefined {
  let flow = 0;
  let quote: string | undefined;
  let lineStart = 0;
  let previous = '\n';
  for (let index = 0; index < source.length; index++) {
    const character = source.charAt(index);
    if (quote !== undefined) {
      if (quote === '"' && character === '\\') index += 1;
      else if (character === quote) {
        if (quote === "'" && source.charAt(index + 1) === "'") index += 1;
        else quote = undefined;
      }
      if (character === '\n') lineStart = index + 1;
      continue;
    }
    if (character === '\n') {
      lineStart = index + 1;
      previous = '\n';
      continue;
    }
    if (index === lineStart) {
      let indent = 0;
      while (source.charAt(index + indent) === ' ') indent += 1;
      // Block nesting costs one level per step of indentation, at least one column each.
      if (indent > MAX_YAML_DEPTH * 2) {
        return {
          offset: index,
          message: `this line is indented ${indent} columns, nesting fields or lists deeper than content ever needs (${MAX_YAML_DEPTH} levels); flatten it`,
        };
      }
    }
    if (character === '#' && /\s/.test(previous)) {
      const end = source.indexOf('\n', index);
      index = (end === -1 ? source.length : end) - 1;
      continue;
    }
    // A quote opens a quoted value only where a value starts; elsewhere it is an apostrophe.
    if ((character === '"' || character === "'") && /[\s:,[{?-]/.test(previous)) quote = character;
    else if (character === '[' || character === '{') {
      flow += 1;
      if (flow > MAX_YAML_DEPTH) {
        return {
          offset: index,
          message: `the YAML nests lists or fields more than ${MAX_YAML_DEPTH} levels deep here; content never needs that: flatten it`,
        };
      }
    } else if ((character === ']' || character === '}') && flow > 0) flow -= 1;
    if (character !== ' ' && character !== '\t') previous = character;
  }
  return undefined;
}
