import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Nodes, Root } from 'mdast';
import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx-jsx';
import type { Position } from 'unist';

/** One construct in an editor's MDX that safe mode refuses, because it could run code or inject markup. */
export interface UnsafeFinding {
  /** What is wrong, why it matters and how to fix it, written for the editor rather than a developer. */
  message: string;
  /** Where the construct is, as narrowly as the parser allows, so the editor lands on the right attribute. */
  position: Position;
}

/** How strict safe mode is for one publication. */
export interface SafeModeOptions {
  /**
   * Components editors may use, by exact name. Every other component is refused because
   * it runs whatever code the site defines under that name. Defaults to `['Claim']`.
   */
  allowedComponents?: readonly string[];
}

/**
 * Lists everything in a parsed MDX briefing that could run code, at build time or in the
 * reader's browser, or change the page outside the briefing. Editors' MDX is code, and
 * safe mode is what lets the site accept briefings from people who are not developers.
 *
 * @param tree - the briefing as parsed by `reading/parse-body.ts`, which the site's renderer parses alike.
 * @returns one finding per offending node or attribute, in document order; empty when safe.
 */
export function findUnsafeMdx(tree: Root, options: SafeModeOptions = {}): UnsafeFinding[] {
  const allowedComponents = new Set(options.allowedComponents ?? ['Claim']);
  const findings: UnsafeFinding[] = [];
  walk(tree, tree.position ?? START_OF_DOCUMENT, allowedComponents, findings);
  return findings;
}

/**
 * Finds the URL scheme a browser would act on, seeing through the disguises attackers use
 * to slip `javascript:` past naive filters: mixed case, character references
 * (`&#106;avascript:`, `javascript&colon;`) and tabs, newlines or other control characters
 * inside the scheme, which browsers strip before they parse the URL.
 *
 * @param url - an attribute value or Markdown link destination, as written or as parsed.
 * @returns the dangerous scheme in lower case (`javascript`, `vbscript` or `data`), or
 *   `undefined` for a URL that cannot run code or embed a document.
 */
export function dangerousScheme(url: string): string | undefined {
  let decoded = url;
  // A value can be decoded more than once on its way to the browser (by the MDX parser,
  // then by whatever renders it), so keep decoding until nothing is left to decode.
  for (let pass = 0; pass < MAX_DECODING_PASSES; pass++) {
    const next = decodeCharacterReferences(decoded);
    if (next === decoded) break;
    decoded = next;
  }
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(decoded.replace(IGNORED_BY_URL_PARSERS, ''))?.[1]?.toLowerCase();
  return scheme !== undefined && DANGEROUS_SCHEMES.has(scheme) ? scheme : undefined;
}

const START_OF_DOCUMENT: Position = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};

const MAX_DECODING_PASSES = 4;

/**
 * The shape of a real import or export. A paragraph that starts "import duties rose…" is read as
 * code by MDX too, but its editor meant prose, and is told how to reword it.
 */
const LOOKS_LIKE_ESM =
  /^\s*(?:import\s+(?:['"]|[\w$*{][\s\S]*?\sfrom\s)|export\s+(?:const|let|var|function|class|default|async|\{|\*))/;

/** `javascript:` and `vbscript:` run code; `data:` can carry a whole HTML document or script. */
const DANGEROUS_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

/**
 * Control characters and white space: browsers drop tabs and newlines anywhere in a URL and
 * trim the rest from its ends. Dropping them everywhere also catches schemes that a lenient
 * parser might still recognise, at the cost of nothing a real link needs before its colon.
 */
const IGNORED_BY_URL_PARSERS = /[\p{Cc} ]/gu;

/** Decimal, hexadecimal and named references, with or without the `;` browsers tolerate missing. */
const CHARACTER_REFERENCE = /&(?:#[xX]([\da-fA-F]+)|#(\d+)|([a-zA-Z][a-zA-Z\d]*))(;?)/g;

/** Decodes HTML character references the way a browser would, or a little more eagerly. */
function decodeCharacterReferences(text: string): string {
  return text.replace(
    CHARACTER_REFERENCE,
    (reference, hex?: string, decimal?: string, name?: string, semicolon?: string) => {
      if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
      if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
      if (name === undefined) return reference;
      if (semicolon === ';') {
        const character = decodeNamedCharacterReference(name);
        if (character !== false) return character;
      }
      // Without a `;`, browsers still decode the longest name that matches (`&ampx` is `&x`).
      for (let length = name.length; length >= 2; length--) {
        const character = decodeNamedCharacterReference(name.slice(0, length));
        if (character !== false) return character + name.slice(length) + (semicolon ?? '');
      }
      return reference;
    },
  );
}

/** Browsers turn out-of-range and surrogate code points into the replacement character. */
function fromCodePoint(codePoint: number): string {
  const valid = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
  return valid ? String.fromCodePoint(codePoint) : '\ufffd';
}

/**
 * HTML elements that run code, load other documents, or change the page beyond the briefing
 * (its base URL, metadata, styles or parsing). SVG and MathML are here because both can
 * carry script and event handlers of their own.
 */
const DANGEROUS_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'form',
  'base',
  'meta',
  'link',
  'frame',
  'frameset',
  'applet',
  'portal',
  'noscript',
  'template',
  'svg',
  'math',
  'param',
  'noembed',
  'noframes',
  'plaintext',
  'xmp',
  'html',
  'head',
  'body',
  'title',
]);

/** Why each attribute is refused outright, whatever its value, completing "it …". */
const DANGEROUS_ATTRIBUTES = new Map([
  ['style', 'can restyle or cover the rest of the page'],
  ['srcdoc', 'embeds a whole HTML document, scripts included'],
  ['formaction', 'can send a form, or run code, anywhere'],
  ['set:html', 'inserts its value into the page as raw HTML'],
  ['dangerouslysetinnerhtml', 'inserts its value into the page as raw HTML'],
]);

/** Attributes whose value is a URL the browser will follow, load or send data to. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'cite',
  'background',
  'srcset',
  'ping',
  'codebase',
  'manifest',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'icon',
]);

/**
 * What this walker refuses in its own words, so the allow-list of raw HTML
 * (`reading/html-policy.ts`) does not report the same element or attribute twice.
 */
export const REFUSED_BY_SAFE_MODE = {
  element: (name: string): boolean => DANGEROUS_ELEMENTS.has(name),
  attribute: (name: string): boolean => name.startsWith('on') || DANGEROUS_ATTRIBUTES.has(name),
  url: (value: string): boolean => dangerousScheme(value) !== undefined,
};

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Visits every node, remembering the nearest known position for nodes built without one. */
function walk(
  node: Nodes,
  inherited: Position,
  allowedComponents: ReadonlySet<string>,
  findings: UnsafeFinding[],
): void {
  const position = node.position ?? inherited;
  switch (node.type) {
    case 'mdxjsEsm':
      findings.push({
        message:
          `Imports and exports are not allowed in safe mode: "${excerpt(node.value)}" would run as code when the site is built; ` +
          `remove it (components such as <Claim> need no import)` +
          (!LOOKS_LIKE_ESM.test(node.value)
            ? '; if it is a sentence, reword it so that it does not start with "import " or "export ", which MDX reads as code.'
            : '.'),
        position,
      });
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isCommentOnly(node.value)) {
        findings.push({
          message:
            `JavaScript expressions are not allowed in safe mode: "{${excerpt(node.value)}}" would run as code when the site is built; ` +
            `write the text itself, or a {/* comment */}.`,
          position,
        });
      }
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, position, allowedComponents, findings);
      break;
    case 'link':
    case 'image':
    case 'definition':
      checkMarkdownUrl(node.url, position, findings);
      break;
    default:
      break;
  }
  if ('children' in node) {
    for (const child of node.children) walk(child, position, allowedComponents, findings);
  }
}

/** An expression holding only comments renders nothing, and is how editors leave notes. */
function isCommentOnly(source: string): boolean {
  return (
    source
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/[^\n]*/g, '')
      .trim() === ''
  );
}

function checkElement(
  element: JsxElement,
  position: Position,
  allowedComponents: ReadonlySet<string>,
  findings: UnsafeFinding[],
): void {
  const { name } = element;
  if (name === null) {
    findings.push({
      message:
        'Fragments are not allowed in safe mode: "<>…</>" groups JSX, which briefings never need; ' +
        'remove the "<>" and "</>" and keep what is between them.',
      position,
    });
  } else if (isComponent(name)) {
    if (!allowedComponents.has(name)) {
      const allowed = [...allowedComponents].map((component) => `<${component}>`).join(', ');
      findings.push({
        message:
          `The component <${name}> is not allowed in safe mode: components run code the site defines, and only ` +
          `${allowed === '' ? 'none' : allowed} may be used in briefings; remove it, or write its content as Markdown.`,
        position,
      });
    }
  } else if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) {
    findings.push({
      message:
        `The HTML element <${name}> is not allowed in safe mode: it can run code or change the page outside the briefing; ` +
        'remove it, and use Markdown or plain HTML such as <abbr> or <sup> for the content.',
      position,
    });
  }
  for (const attribute of element.attributes) {
    const finding = checkAttribute(attribute, name ?? '', attribute.position ?? position);
    if (finding) findings.push(finding);
  }
}

/**
 * JSX treats a tag as a reference to code unless it is a plain lower-case name: `<Foo>`,
 * `<foo.bar>` and `<_foo>` all look up a variable. Namespaced names such as `<svg:a>` are
 * refused too, since no briefing needs them.
 */
function isComponent(name: string): boolean {
  return !/^[a-z]/.test(name) || name.includes('.') || name.includes(':');
}

/** Reports the single most useful problem with an attribute: removing it fixes the rest. */
function checkAttribute(
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
  elementName: string,
  position: Position,
): UnsafeFinding | undefined {
  const on = elementName === '' ? 'a fragment' : `<${elementName}>`;
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return {
      message:
        `Spread attributes are not allowed in safe mode: "{${excerpt(attribute.value)}}" on ${on} would run as code when the site is built; ` +
        'write each attribute out as name="value".',
      position,
    };
  }

  const name = attribute.name.toLowerCase();
  const { value } = attribute;
  if (name.startsWith('on')) {
    return {
      message:
        `Event handler attributes are not allowed in safe mode: "${attribute.name}" on ${on} would run as code in the reader's browser; ` +
        'remove the attribute.',
      position,
    };
  }
  const danger = DANGEROUS_ATTRIBUTES.get(name);
  if (danger !== undefined) {
    return {
      message: `The attribute "${attribute.name}" on ${on} is not allowed in safe mode: it ${danger}; remove the attribute.`,
      position,
    };
  }
  if (value !== null && value !== undefined && typeof value !== 'string') {
    return {
      message:
        `Attribute values written as expressions are not allowed in safe mode: "${attribute.name}={${excerpt(value.value)}}" on ${on} ` +
        `would run as code when the site is built; write the value as text in quotes, like ${attribute.name}="…".`,
      position,
    };
  }
  if (typeof value === 'string' && URL_ATTRIBUTES.has(name)) {
    for (const url of urlsIn(name, value)) {
      const scheme = dangerousScheme(url);
      if (scheme !== undefined) {
        return {
          message:
            `The URL "${excerpt(revealControlCharacters(url))}" in ${attribute.name} on ${on} is not allowed in safe mode: ${scheme}: ${SCHEME_RISKS[scheme] ?? 'is unsafe'}; ` +
            'use an https:// address or a relative link instead.',
          position,
        };
      }
    }
  }
  return undefined;
}

/** Completes "javascript: …" in messages, so editors learn why a harmless-looking link is refused. */
const SCHEME_RISKS: Readonly<Record<string, string>> = {
  javascript: 'links run code in the reader’s browser',
  vbscript: 'links run code in the reader’s browser',
  data: 'URLs can carry a whole page or script rather than point to one',
};

/** `srcset` and `ping` hold several URLs, and any one of them can be the dangerous one. */
function urlsIn(attributeName: string, value: string): string[] {
  if (attributeName === 'srcset') return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
  if (attributeName === 'ping') return value.trim().split(/\s+/);
  return [value];
}

function checkMarkdownUrl(url: string, position: Position, findings: UnsafeFinding[]): void {
  const scheme = dangerousScheme(url);
  if (scheme === undefined) return;
  findings.push({
    message:
      `The link target "${excerpt(revealControlCharacters(url))}" is not allowed in safe mode: ${scheme}: ${SCHEME_RISKS[scheme] ?? 'is unsafe'}; ` +
      'link to an https:// address or a relative path instead.',
    position,
  });
}

/** Shows hidden tabs and newlines as `\t` and `\n`, so the editor can see what disguised the scheme. */
function revealControlCharacters(url: string): string {
  return url.replace(/\p{Cc}/gu, (character) => {
    if (character === '\t') return '\\t';
    if (character === '\n') return '\\n';
    if (character === '\r') return '\\r';
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

const EXCERPT_LENGTH = 60;

/** Keeps messages to a line even when the offending code is long. */
function excerpt(code: string): string {
  const oneLine = code.replace(/\s+/g, ' ').trim();
  return oneLine.length > EXCERPT_LENGTH ? `${oneLine.slice(0, EXCERPT_LENGTH - 1)}…` : oneLine;
}
