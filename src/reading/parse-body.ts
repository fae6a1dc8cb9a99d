import type { Root } from 'mdast';
import { mdxToMdast, type Features } from 'satteri';
import { locateAttributes } from './attribute-positions.ts';
import { blankFrontmatter, findFrontmatter } from './frontmatter.ts';

/**
 * The Markdown features the site renders briefings with: Astro's MDX defaults (GFM's tables,
 * footnotes, autolinks and strikethrough; smart punctuation). The integration configures the
 * renderer with this very object, so the checker's parse and the build's cannot drift apart.
 */
export const MDX_FEATURES = { gfm: true, smartPunctuation: true } as const satisfies Features;

/** A place in a file, 1-based, in UTF-16 code units like every position the checker reports. */
export interface BodyPoint {
  line: number;
  column: number;
}

export type BodyParseResult = { tree: Root } | { error: { point: BodyPoint; message: string } };

/**
 * Parses a briefing's body with the parser the site compiles it with (Sätteri), from the text the
 * renderer receives: the file with its frontmatter blanked, so positions are the file's own. The
 * tree is the one the build turns into code: what the checker judges is what is published.
 */
export function parseBody(text: string): BodyParseResult {
  const frontmatter = findFrontmatter(text);
  const body = blankFrontmatter(text, frontmatter.kind === 'found' ? frontmatter.span : undefined);
  let tree: Root;
  try {
    tree = mdxToMdast(body, { position: true, features: MDX_FEATURES }) as Root;
  } catch (error) {
    return { error: parserError(error) };
  }
  locateAttributes(tree, body);
  return { tree };
}

/** Sätteri reports `line:column: reason (rule)`; the rule names its grammar, not a fix. */
function parserError(error: unknown): { point: BodyPoint; message: string } {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([\w:-]+\))?$/.exec(text.trim());
  if (!match) return { point: { line: 1, column: 1 }, message: text };
  const reason = match[3]!.replace(/\.$/, '');
  return { point: { line: Number(match[1]), column: Number(match[2]) }, message: reason };
}
