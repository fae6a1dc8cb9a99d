import type { Nodes, Root } from 'mdast';
import type { Point } from './diagnostic.ts';

/** Characters that print as nothing, or change the order text is shown in, by name. */
const HIDDEN: Record<string, string> = {
  '\u061C': 'ARABIC LETTER MARK',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2060': 'WORD JOINER',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
};

/**
 * Control characters other than tab and line breaks print as nothing too, and XML (the feed)
 * cannot hold them at all: one in a title would break the feed for every subscriber.
 */
const CONTROL = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]';

// An alternation, not a character class: a class of joiners reads as one joined sequence.
const HIDDEN_SOURCE = [...Object.keys(HIDDEN), CONTROL].join('|');

/** A fresh global pattern of every hidden character. */
export function hiddenPattern(): RegExp {
  return new RegExp(HIDDEN_SOURCE, 'g');
}

/** `U+202E RIGHT-TO-LEFT OVERRIDE`, as diagnostics name a hidden character. */
export function describeHidden(character: string): string {
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${code} ${HIDDEN[character] ?? 'CONTROL CHARACTER'}`;
}

function countHidden(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [character] of text.matchAll(hiddenPattern())) counts.set(character, (counts.get(character) ?? 0) + 1);
  return counts;
}

/**
 * The hidden characters a value holds beyond those written as themselves in its source: the ones
 * an escape (`"\u202E"` in YAML) or a character reference (`&#x202E;` in MDX) put there. They do
 * not show in the file, but they reach the page.
 */
export function escapedHidden(value: string, written: string): string[] {
  const inSource = countHidden(written);
  const escaped: string[] = [];
  for (const [character, count] of countHidden(value)) {
    if (count > (inSource.get(character) ?? 0)) escaped.push(character);
  }
  return escaped;
}

/** A hidden character that a character reference puts in a briefing's body. */
export interface EscapedHidden {
  point: Point;
  character: string;
}

/** Values of a body node that reach the page decoded: text, link targets and titles, attributes. */
function decodedValues(node: Nodes): string[] {
  switch (node.type) {
    case 'text':
      return [node.value];
    case 'link':
    case 'definition':
      return [node.url, node.title ?? ''];
    case 'image':
      return [node.url, node.title ?? '', node.alt ?? ''];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return node.attributes.flatMap((attribute) =>
        attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' ? [attribute.value] : [],
      );
    default:
      return [];
  }
}

/** Every hidden character a character reference writes into a body, at the node that holds it. */
export function findEscapedHidden(tree: Root, text: string): EscapedHidden[] {
  const found: EscapedHidden[] = [];
  const walk = (node: Nodes): void => {
    const start = node.position?.start;
    const end = node.position?.end;
    if (start?.offset !== undefined && end?.offset !== undefined) {
      // A node's source holds the raw text of its children too; only its own values are compared.
      const written = text.slice(start.offset, end.offset);
      for (const value of decodedValues(node)) {
        for (const character of escapedHidden(value, written))
          found.push({ point: { line: start.line, column: start.column }, character });
      }
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}
