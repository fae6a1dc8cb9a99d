/** Where a briefing's YAML frontmatter sits in its text. */
export interface FrontmatterSpan {
  /** Offset of the YAML's first character (after the opening `---` line). */
  start: number;
  /** Offset just past the YAML's last character (before the closing `---` line). */
  end: number;
}

export type FrontmatterResult =
  { kind: 'found'; span: FrontmatterSpan } | { kind: 'missing' } | { kind: 'unclosed' } | { kind: 'toml' };

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*\r?$/m;

/**
 * Finds the frontmatter without the MDX parser, so a body that fails to parse still gets its
 * frontmatter checked and every problem is reported in one run.
 */
export function findFrontmatter(text: string): FrontmatterResult {
  if (text.startsWith('+++')) return { kind: 'toml' };
  const opening = OPENING.exec(text);
  if (!opening) return { kind: 'missing' };
  const start = opening[0].length;
  const rest = text.slice(start);
  // An empty frontmatter has its closing fence right away.
  const closing = rest.startsWith('---') && /^---[ \t]*(\r?\n|$)/.test(rest) ? { index: 0 } : CLOSING.exec(rest);
  if (!closing) return { kind: 'unclosed' };
  return { kind: 'found', span: { start, end: start + closing.index } };
}
