import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node,
  type Pair,
  type Scalar,
} from 'yaml';
import type { Point } from './diagnostic.ts';
import { escapedHidden, type EscapedHidden } from './hidden-text.ts';
import { findYamlHazard } from './parse-limits.ts';
import type { TextFile } from './text-file.ts';

/** A path into parsed data, as zod reports it: `['claims', 2, 'citations', 0, 'source']`. */
export type FieldPath = readonly PropertyKey[];

/** A YAML document parsed with positions, so every problem can point at the value itself. */
export interface YamlDocument {
  /** The data, or `undefined` when the YAML could not be read. */
  value: unknown;
  /** Problems of the YAML itself, with their positions in the file. */
  errors: { point: Point; message: string }[];
  /** Invisible characters written as escapes in double-quoted text, for `hidden-characters`. */
  escapedHidden: EscapedHidden[];
  /** The position of the value at `path`, or of its nearest ancestor that exists. */
  locate(path: FieldPath): Point;
  /** The position of the key naming the last step of `path` (for unknown fields), else `locate`. */
  locateKey(path: FieldPath): Point;
  /**
   * The position of the character at `offset` inside the text value at `path`, counted in the value
   * as the schema reads it (trimmed), whatever way the value is written; else the value's start.
   */
  locateWithin(path: FieldPath, offset: number): Point;
}

/**
 * Anchors and aliases are legal YAML, but a handful of aliases can expand to billions of nodes
 * ("billion laughs"); content files never need more than a few.
 */
const MAX_ALIAS_COUNT = 50;

const YAML_ERROR_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'each field may appear only once; delete or merge the repeated one',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BLOCK_AS_IMPLICIT_KEY: 'a value containing ": " must be quoted, for example title: "Seoul: the response"',
  MISSING_CHAR: 'close the quote or bracket',
  BAD_INDENT: 'line the item up with its siblings',
};

/** `silent`: a warning (a key that is a list) goes to stderr otherwise, outside the report. */
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'silent' } as const;

/**
 * Parses `file.text.slice(start, end)` (the whole file for a source, the frontmatter for a
 * briefing) and maps positions back to the file, so a frontmatter value's line counts from the
 * file's first line.
 */
export function parseYamlDocument(file: TextFile, start = 0, end = file.text.length): YamlDocument {
  const source = file.text.slice(start, end);
  const pointAt = (offset: number): Point => file.pointAt(start + offset);
  // Nesting thousands deep overflows the parser's stack; it must not see such input.
  const hazard = findYamlHazard(source);
  const document = parseDocument(hazard ? '' : source, PARSE_OPTIONS);
  // A broken structure can set side by side keys the editor nested (a block indented with tabs),
  // so duplicate keys are reported only when nothing else is wrong with the YAML.
  const structural = document.errors.filter((error) => error.code !== 'DUPLICATE_KEY');
  const errors = (structural.length > 0 ? structural : document.errors).map((error) => {
    // The reader notices a quote or bracket left open only where the text ends; the editor
    // needs the place where it opens.
    const left =
      /^Missing closing (["'])quote/.exec(error.message)?.[1] ?? /end with an? ([\]}])/.exec(error.message)?.[1];
    const opening = left === undefined ? undefined : openingOf(source, left);
    if (left !== undefined && opening !== undefined) {
      const what =
        left === ']' ? 'list opened here with [' : left === '}' ? 'fields opened here with {' : 'quote opened here';
      return { point: pointAt(opening), message: `the ${what} is never closed; close it with ${left}` };
    }
    const hint = YAML_ERROR_HINTS[error.code];
    const message = `${lowerFirst(error.message)}${hint ? `: ${hint}` : ''}`;
    return { point: pointAt(error.pos[0]), message };
  });
  if (hazard) errors.push({ point: pointAt(hazard.offset), message: hazard.message });
  // Walking the tree costs a tenth of the parse; a tag cannot be written without "!".
  if (errors.length === 0 && source.includes('!'))
    errors.push(...findTags(document, source).map(({ offset, message }) => ({ point: pointAt(offset), message })));

  let value: unknown;
  if (errors.length === 0) {
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      errors.push({
        point: pointAt(0),
        message: `the YAML could not be read (${lowerFirst(reason)}); write each value out instead of repeating it with aliases (*name)`,
      });
    }
  }

  const escaped: EscapedHidden[] = [];
  // Only a double-quoted escape (a backslash) can write a character the text does not show.
  if (source.includes('\\'))
    visit(document, {
      Scalar(_key, node) {
        if (node.type !== 'QUOTE_DOUBLE' || typeof node.value !== 'string' || !node.range) return;
        const written = source.slice(node.range[0], node.range[1]);
        for (const character of escapedHidden(node.value, written))
          escaped.push({ point: pointAt(node.range[0]), character });
      },
    });

  // The syntax tree takes six times the memory of the value, and positions are wanted only for
  // the few fields a rule reports on: the tree is let go here and parsed again when asked for.
  let tree: Document.Parsed | undefined;
  const positions = (): Document.Parsed => (tree ??= parseDocument(hazard ? '' : source, PARSE_OPTIONS));
  const documentStart = (): Point => pointAt(positions().contents?.range[0] ?? 0);
  return {
    value,
    errors,
    escapedHidden: escaped,
    locate(path) {
      const node = deepestNode(positions(), path);
      return node?.range ? pointAt(node.range[0]) : documentStart();
    },
    locateKey(path) {
      const parent = deepestNode(positions(), path.slice(0, -1), true);
      const pair = parent && isMap(parent) ? findPair(parent.items, path[path.length - 1]) : undefined;
      const key = pair?.key;
      if (key && typeof key === 'object' && 'range' in key && Array.isArray(key.range))
        return pointAt(key.range[0] as number);
      return this.locate(path);
    },
    locateWithin(path, offset) {
      const node = deepestNode(positions(), path, true);
      if (!node || !isScalar(node) || !node.range) return this.locate(path);
      const at = writtenOffset(source, node, offset);
      return pointAt(at ?? node.range[0]);
    },
  };
}

/**
 * Where the character at `offset` of a scalar's trimmed value is written. Folded, literal, quoted and
 * multi-line plain scalars differ from their value only in white space, the block header, the
 * quotes and the escapes of quote marks, so the characters that are not white space are matched
 * one by one; any other escape ends the match, and then the value's start is the honest answer.
 */
function writtenOffset(source: string, node: Scalar, offset: number): number | undefined {
  const [start, end] = node.range!;
  const value = String(node.value).trim();
  let at = start;
  if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
    const headerEnd = source.indexOf('\n', start);
    if (headerEnd < 0) return undefined;
    at = headerEnd + 1;
  } else if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    at = start + 1;
  }
  for (let index = 0; index <= offset && index < value.length; index++) {
    const character = value.charAt(index);
    if (/\s/.test(character)) continue;
    while (at < end && /\s/.test(source.charAt(at))) at++;
    const escaped =
      (node.type === 'QUOTE_SINGLE' && character === "'" && source.startsWith("''", at)) ||
      (node.type === 'QUOTE_DOUBLE' && (character === '"' || character === '\\') && source.charAt(at) === '\\');
    if (escaped) at++;
    if (source.charAt(at) !== character) return undefined;
    if (index === offset) return at;
    at++;
  }
  return undefined;
}

/**
 * Where the quote or bracket still open at the end of `source` was opened: a quote counts only
 * where a value starts (elsewhere it is an apostrophe), and comments are skipped.
 */
function openingOf(source: string, closer: string): number | undefined {
  const brackets: number[] = [];
  let quote: { character: string; at: number } | undefined;
  let previous = '\n';
  for (let index = 0; index < source.length; index++) {
    const character = source.charAt(index);
    if (quote) {
      if (quote.character === '"' && character === '\\') index += 1;
      else if (character === quote.character) {
        if (character === "'" && source.charAt(index + 1) === "'") index += 1;
        else quote = undefined;
      }
      continue;
    }
    if (character === '#' && /\s/.test(previous)) {
      const end = source.indexOf('\n', index);
      index = (end === -1 ? source.length : end) - 1;
      continue;
    }
    if ((character === '"' || character === "'") && /[\s:,[{?-]/.test(previous)) quote = { character, at: index };
    else if (character === '[' || character === '{') brackets.push(index);
    else if (character === ']' || character === '}') brackets.pop();
    if (character === '\n' || !/\s/.test(character)) previous = character;
  }
  if (closer === '"' || closer === "'") return quote?.character === closer ? quote.at : undefined;
  return brackets[0];
}

/** The tags content may carry: the plain data every YAML reader builds alike. */
const PLAIN_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);

/**
 * Tags (`!include`, `!!binary`, `!!js/function`) ask a YAML reader to build something other
 * than plain data. The site's reader (js-yaml) rejects unknown ones and builds others
 * differently from the checker's, so content that passed the check could fail the build or
 * change meaning there.
 */
function findTags(document: Document, source: string): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  visit(document, {
    Node(_key, node) {
      if (node.tag === undefined || PLAIN_TAGS.has(node.tag)) return;
      const valueStart = node.range?.[0] ?? 0;
      const written = tagBefore(source, valueStart);
      found.push({
        offset: written?.offset ?? valueStart,
        message: `the YAML tag "${written?.text ?? node.tag}" is not allowed: content is plain text, numbers, lists and fields, and the site's YAML reader rejects tags or reads them differently; remove the tag`,
      });
    },
  });
  return found;
}

/** The tag written before a value (it may follow an anchor, `&name !tag value`), as written. */
function tagBefore(source: string, valueStart: number): { offset: number; text: string } | undefined {
  let end = valueStart;
  for (let tokens = 0; tokens < 2; tokens++) {
    while (end > 0 && /\s/.test(source.charAt(end - 1))) end--;
    let begin = end;
    while (begin > 0 && !/\s/.test(source.charAt(begin - 1))) begin--;
    const token = source.slice(begin, end);
    if (token.startsWith('!')) return { offset: begin, text: token };
    if (!token.startsWith('&')) return undefined;
    end = begin;
  }
  return undefined;
}

function findPair(items: Pair[], key: PropertyKey | undefined): Pair | undefined {
  return items.find((pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(key));
}

/** Walks as far along `path` as the document goes; with `exact`, gives up instead of stopping short. */
function deepestNode(document: Document, path: FieldPath, exact = false): Node | undefined {
  let node: Node | null = document.contents;
  if (!node) return undefined;
  for (const step of path) {
    let next: unknown;
    if (isMap(node)) next = findPair(node.items, step)?.value;
    else if (isSeq(node) && typeof step === 'number') next = node.items[step];
    if (!next || typeof next !== 'object' || !('range' in next)) return exact ? undefined : node;
    node = next as Node;
  }
  return node;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
