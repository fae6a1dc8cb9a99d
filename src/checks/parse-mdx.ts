import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Point } from './diagnostic.ts';
import { findFrontmatter } from './frontmatter.ts';
import { findDeepNode, findMdxHazard } from './parse-limits.ts';
import { textFile } from './text-file.ts';

/**
 * The checker parses MDX itself, with the grammar editors write against, so positions and
 * verdicts never depend on which processor Astro renders with.
 *
 * GFM is left out on purpose: it costs 40% of the parse and changes nothing the rules look at.
 * Tables, footnotes and strikethrough only regroup text; the links, JSX and expressions inside
 * them parse the same without it, and its autolinks are http(s) only.
 */
const mdxParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).freeze();
/** For a body without its frontmatter, where a `---` line can only be a thematic break. */
const bodyParser = unified().use(remarkParse).use(remarkMdx).freeze();

export type MdxParseResult = { tree: Root } | { error: { point: Point; message: string } };

/** Advice for the MDX traps editors fall into most: prose that MDX reads as code. */
const SYNTAX_HINTS: [RegExp, string][] = [
  [/`!`/, 'HTML comments do not work in MDX: write {/* comment */} instead'],
  // Before the expression hint: acorn reports both, and a paragraph starting "import " has no brace.
  [/import\/export/i, 'a paragraph may not start with "import" or "export" followed by a space in MDX: reword it'],
  [/expression|acorn|`\{`|`\}`/i, 'a literal { or } in prose must be escaped as \\{ or \\}'],
  [
    /before name|`<`|tag|closing|opening/i,
    'a literal < in prose must be escaped as \\< or written &lt;; every <Claim> needs its </Claim>',
  ],
];

export function parseMdx(text: string): MdxParseResult {
  const frontmatter = findFrontmatter(text);
  const hazard = findMdxHazard(text, frontmatter.kind === 'found' ? frontmatter.span.end : 0);
  if (hazard) return { error: { point: pointAt(text, hazard.offset), message: hazard.message } };
  // The frontmatter is often half the file, and the YAML parser reads it anyway: the body is
  // parsed after as many empty lines, so lines and columns stay the file's own, and offsets are
  // moved back by what the empty lines left out.
  const bodyStart = frontmatter.kind === 'found' ? text.indexOf('\n', frontmatter.span.end) + 1 : 0;
  const skipped = bodyStart > 0 ? pointAt(text, bodyStart).line - 1 : 0;
  try {
    const tree =
      bodyStart > 0
        ? moveOffsets(bodyParser.parse('\n'.repeat(skipped) + text.slice(bodyStart)), bodyStart - skipped)
        : mdxParser.parse(text);
    const deep = findDeepNode(tree);
    return deep ? { error: deep } : { tree };
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

function pointAt(text: string, offset: number): Point {
  return textFile('', text).pointAt(offset);
}

/** Moves every offset in a tree by `by` characters. */
function moveOffsets(tree: Root, by: number): Root {
  visit(tree, (node) => {
    if (node.position?.start.offset !== undefined) node.position.start.offset += by;
    if (node.position?.end.offset !== undefined) node.position.end.offset += by;
  });
  return tree;
}
