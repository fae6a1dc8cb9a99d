import type { Nodes, Root } from 'mdast';
import type { Point } from './diagnostic.ts';

/** Characters that print as nothing, or change the order text is shown in, by name. */
const HIDDEN: Record<string, string> = {
  '\u00AD': 'SOFT HYPHEN',
  '\u061C': 'ARABIC LETTER MARK',
  '\u115F': 'HANGUL CHOSEONG FILLER',
  '\u1160': 'HANGUL JUNGSEONG FILLER',
  '\u180E': 'MONGOLIAN VOWEL SEPARATOR',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u2028': 'LINE SEPARATOR',
  '\u2029': 'PARAGRAPH SEPARATOR',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2060': 'WORD JOINER',
  '\u2061': 'FUNCTION APPLICATION',
  '\u2062': 'INVISIBLE TIMES',
  '\u2063': 'INVISIBLE SEPARATOR',
  '\u2064': 'INVISIBLE PLUS',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u3164': 'HANGUL FILLER',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
  '\uFFA0': 'HALFWIDTH HANGUL FILLER',
  '\r': 'CARRIAGE RETURN not followed by a line feed',
};

/**
 * Control characters other than tab and line breaks print as nothing too, and XML (the feed)
 * cannot hold them at all: one in a title would break the feed for every subscriber.
 */
const CONTROL = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]';

/**
 * Every hidden character of the editor contract: every format character (category Cf: bidirectional
 * controls, zero-width characters, the soft hyphen, invisible operators, tag characters), the line and
 * paragraph separators, a carriage return with no line feed after it (some viewers end the line there,
 * others do not), the Hangul fillers that render as blank letters, and control characters.
 */
const HIDDEN_SOURCE = `\\p{Cf}|[\\u2028\\u2029\\u115F\\u1160\\u3164\\uFFA0]|\\r(?!\\n)|${CONTROL}`;

/** A non-global pattern of every hidden character, for a quick test with no state kept between calls. */
const ANY_HIDDEN = new RegExp(HIDDEN_SOURCE, 'u');

/** A fresh global pattern of every hidden character. */
export function hiddenPattern(): RegExp {
  return new RegExp(HIDDEN_SOURCE, 'gu');
}

/** `U+202E RIGHT-TO-LEFT OVERRIDE`, as diagnostics name a hidden character. */
export function describeHidden(character: string): string {
  const codePoint = character.codePointAt(0)!;
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    HIDDEN[character] ??
    (codePoint >= 0xe0000 && codePoint <= 0xe007f
      ? 'TAG CHARACTER'
      : /\p{Cf}/u.test(character)
        ? 'FORMAT CHARACTER'
        : 'CONTROL CHARACTER');
  return `${code} ${name}`;
}

/** Scripts whose letters join or conjoin, where ZWJ and ZWNJ choose a letter's shape (Persian, Hindi, Sinhala ...). */
const JOINING_SCRIPT =
  /[\p{sc=Arabic}\p{sc=Syriac}\p{sc=Nko}\p{sc=Mongolian}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Gurmukhi}\p{sc=Gujarati}\p{sc=Oriya}\p{sc=Tamil}\p{sc=Telugu}\p{sc=Kannada}\p{sc=Malayalam}\p{sc=Sinhala}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;

/** What may come before a ZWJ inside an emoji sequence: a pictograph, a skin-tone modifier or the emoji selector. */
const EMOJI_BEFORE = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F/u;
const EMOJI_AFTER = /\p{Extended_Pictographic}/u;

/** The code point ending just before `index`, and the one starting just after the character at `index`. */
function neighbours(text: string, index: number): [string, string] {
  const beforeCode = text.codePointAt(
    index - 1 >= 1 && /[\uDC00-\uDFFF]/.test(text.charAt(index - 1)) ? index - 2 : index - 1,
  );
  const afterCode = text.codePointAt(index + 1);
  return [
    beforeCode === undefined || index === 0 ? '' : String.fromCodePoint(beforeCode),
    afterCode === undefined ? '' : String.fromCodePoint(afterCode),
  ];
}

/**
 * True when a ZWJ or ZWNJ at `index` does a visible job: inside an emoji sequence (👩‍💻), or between letters
 * of a script that needs it (Persian میخواهم, Hindi क्‍ष). Anywhere else it only hides.
 */
function isNeededJoiner(text: string, index: number): boolean {
  const character = text.charAt(index);
  if (character !== '\u200D' && character !== '\u200C') return false;
  const [before, after] = neighbours(text, index);
  if (character === '\u200D' && EMOJI_BEFORE.test(before) && EMOJI_AFTER.test(after)) return true;
  return JOINING_SCRIPT.test(before) && JOINING_SCRIPT.test(after);
}

/** A hidden character typed into a file: its offset and the character. */
export interface TypedHidden {
  index: number;
  character: string;
}

/**
 * Every hidden character typed into a file's text, in order, except joiners that do a visible job. The
 * file's own byte-order mark is not part of `text` (see `textFile`), so any U+FEFF found here is hidden text.
 */
export function findTypedHidden(text: string): TypedHidden[] {
  const found: TypedHidden[] = [];
  for (const match of text.matchAll(hiddenPattern())) {
    if (isNeededJoiner(text, match.index)) continue;
    found.push({ index: match.index, character: match[0] });
  }
  return found;
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
  // Most values hold no hidden character at all; one test spares counting both texts.
  if (!ANY_HIDDEN.test(value)) return [];
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

/** Named character references that stand for hidden characters (the HTML names editors meet). */
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  shy: '\u00AD',
  zwj: '\u200D',
  zwnj: '\u200C',
  lrm: '\u200E',
  rlm: '\u200F',
  NoBreak: '\u2060',
  ZeroWidthSpace: '\u200B',
  ApplyFunction: '\u2061',
  af: '\u2061',
  InvisibleTimes: '\u2062',
  it: '\u2062',
  InvisibleComma: '\u2063',
  ic: '\u2063',
};

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z]+));/g;

/** The offset in `written` of the first character reference that stands for `character`, or 0 when none does. */
function referenceOffset(written: string, character: string): number {
  for (const match of written.matchAll(REFERENCE)) {
    const [, hex, decimal, name] = match;
    const code = hex !== undefined ? parseInt(hex, 16) : decimal !== undefined ? Number(decimal) : undefined;
    const decoded =
      code === undefined ? NAMED_REFERENCES[name ?? ''] : code <= 0x10ffff ? String.fromCodePoint(code) : '';
    if (decoded === character) return match.index;
  }
  return 0;
}

/** The line and column of an offset into a node's source, counted from the node's own start. */
function pointWithin(written: string, offset: number, start: Point): Point {
  const before = written.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  const lines = before.split('\n').length - 1;
  return lines === 0
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + lines, column: offset - lastBreak };
}

/** Every hidden character a character reference writes into a body, at the reference itself. */
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
          found.push({ point: pointWithin(written, referenceOffset(written, character), start), character });
      }
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}
