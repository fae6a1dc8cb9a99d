import type { Root } from 'mdast';
import { findFrontmatter } from '../reading/frontmatter.ts';
import { parseBody } from '../reading/parse-body.ts';
import type { Point } from './diagnostic.ts';
import { findDeepNode, findMdxHazard } from './parse-limits.ts';
import { textFile } from './text-file.ts';

export type MdxParseResult = { tree: Root } | { error: { point: Point; message: string } };

/** Advice for the MDX traps editors fall into most: prose that MDX reads as code. */
const SYNTAX_HINTS: [RegExp, string][] = [
  [/`!`/, 'HTML comments do not work in MDX: write {/* comment */} instead'],
  // Before the expression hint: a paragraph starting "import " has no brace.
  [
    /import\/export|import or export/i,
    'a paragraph may not start with "import" or "export" followed by a space in MDX: reword it',
  ],
  [/expression|acorn|`\{`|`\}`/i, 'a literal { or } in prose must be escaped as \\{ or \\}'],
  [
    /before name|`<`|tag|closing|opening/i,
    'a literal < in prose must be escaped as \\< or written &lt;; every <Claim> needs its </Claim>',
  ],
];

/**
 * Parses a briefing's body with the site's own parser (`reading/parse-body.ts`), after refusing
 * the inputs whose nesting or delimiter floods no briefing needs and no parser should be fed.
 */
export function parseMdx(text: string): MdxParseResult {
  const frontmatter = findFrontmatter(text);
  const hazard = findMdxHazard(text, frontmatter.kind === 'found' ? frontmatter.span.end : 0);
  if (hazard) return { error: { point: textFile('', text).pointAt(hazard.offset), message: hazard.message } };
  const parsed = parseBody(text);
  if ('error' in parsed) {
    const { point, message } = parsed.error;
    const hint = SYNTAX_HINTS.find(([pattern]) => pattern.test(message))?.[1];
    return { error: { point, message: `${message}${hint ? `; ${hint}` : ''}` } };
  }
  const deep = findDeepNode(parsed.tree);
  return deep ? { error: deep } : { tree: parsed.tree };
}
