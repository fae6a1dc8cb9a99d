import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Point } from './diagnostic.ts';

/**
 * The checker parses MDX itself, with the grammar editors write against, so positions and
 * verdicts never depend on which processor Astro renders with.
 *
 * GFM is left out on purpose: it costs 40% of the parse and changes nothing the rules look at.
 * Tables, footnotes and strikethrough only regroup text; the links, JSX and expressions inside
 * them parse the same without it, and its autolinks are http(s) only.
 */
const mdxParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).freeze();

export type MdxParseResult = { tree: Root } | { error: { point: Point; message: string } };

/** Advice for the MDX traps editors fall into most: prose that MDX reads as code. */
const SYNTAX_HINTS: [RegExp, string][] = [
  [/`!`/, 'HTML comments do not work in MDX: write {/* comment */} instead'],
  [/expression|acorn|`\{`|`\}`/i, 'a literal { or } in prose must be escaped as \\{ or \\}'],
  [
    /before name|`<`|tag|closing|opening/i,
    'a literal < in prose must be escaped as \\< or written &lt;; every <Claim> needs its </Claim>',
  ],
  [/import|export|esm/i, 'a paragraph may not start with "import" or "export" followed by a space in MDX: reword it'],
];

export function parseMdx(text: string): MdxParseResult {
  try {
    return { tree: mdxParser.parse(text) };
  } catch (error) {
    const place = (error as { place?: unknown }).place;
    const start: unknown = place && typeof place === 'object' && 'start' in place ? place.start : place;
    const point: Point =
      start && typeof start === 'object' && 'line' in start && 'column' in start
        ? { line: Number(start.line), column: Number(start.column) }
        : { line: 1, column: 1 };
    const reason = String((error as { reason?: unknown }).reason ?? (error instanceof Error ? error.message : error));
    const hint = SYNTAX_HINTS.find(([pattern]) => pattern.test(reason))?.[1];
    return { error: { point, message: `${reason.replace(/\.$/, '')}${hint ? `; ${hint}` : ''}` } };
  }
}
