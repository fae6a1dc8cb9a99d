/** Where a briefing's YAML frontmatter sits in its text. */
export interface FrontmatterSpan {
  /** Offset of the YAML's first character (after the opening `---` line). */
  start: number;
  /** Offset just past the YAML's last character (before the closing `---` line). */
  end: number;
  /** Offset just past the closing `---`: everything from here on is the body. */
  bodyStart: number;
}

export type FrontmatterResult =
  | { kind: 'found'; span: FrontmatterSpan }
  | { kind: 'missing' }
  | { kind: 'unclosed' }
  | { kind: 'toml' }
  /** The site's renderer would end the frontmatter elsewhere: the file means two things. */
  | { kind: 'ambiguous'; offset: number; message: string };

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*\r?$/m;

/**
 * How Astro's MDX integration finds frontmatter (`@astrojs/internal-helpers/frontmatter`): any line
 * that starts with `---` closes it, and whatever follows the fence on that line is body. Kept
 * here only to refuse the files on which it and the strict reading below disagree; a test proves
 * it still matches Astro's own on generated files.
 */
const RENDERER_PATTERN = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/**
 * Finds the frontmatter as editors are told to write it: an opening line `---` and a closing
 * line holding only `---`. Run without the MDX parser, so a body that fails to parse still gets
 * its frontmatter checked.
 *
 * A file that the site's renderer would split elsewhere (a line starting with `---` followed by
 * other characters, a fence after a lone carriage return) is `ambiguous`: the checker would
 * validate one text as frontmatter while the renderer compiled another as code, so it is refused.
 */
export function findFrontmatter(text: string): FrontmatterResult {
  const strict = findStrictFrontmatter(text);
  const renderer = RENDERER_PATTERN.exec(text);
  if (strict.kind === 'found') {
    // The renderer's capture runs from just after the opening `---` to the newline before its
    // closing fence; it must be exactly the strict reading's.
    const agrees = renderer !== null && renderer.index === 0 && renderer[1] === text.slice(3, strict.span.end);
    if (agrees) return strict;
    const offset = renderer ? renderer.index + renderer[0].length - 3 : strict.span.end;
    return { kind: 'ambiguous', offset, message: ambiguity(text, offset) };
  }
  if (strict.kind === 'missing' && renderer !== null) {
    const offset = text.search(/---|\+\+\+/);
    return {
      kind: 'ambiguous',
      offset,
      message:
        'the site would read frontmatter that does not start on the first line; start the file with the line "---", with nothing before it',
    };
  }
  if (strict.kind === 'unclosed' && renderer !== null) {
    const offset = renderer.index + renderer[0].length - 3;
    return { kind: 'ambiguous', offset, message: ambiguity(text, offset) };
  }
  return strict;
}

function ambiguity(text: string, offset: number): string {
  const lineEnd = text.slice(offset).search(/\r?\n|$/);
  const line = JSON.stringify(text.slice(offset, offset + Math.min(lineEnd, 40)));
  return (
    `the line ${line} starts with "---" but is not a fence of its own: the site would end the frontmatter here and ` +
    'publish what follows as the body, unchecked; close the frontmatter with a line holding only "---", and start no other line of it with "---"'
  );
}

function findStrictFrontmatter(text: string): FrontmatterResult {
  if (text.startsWith('+++')) return { kind: 'toml' };
  const opening = OPENING.exec(text);
  if (!opening) return { kind: 'missing' };
  const start = opening[0].length;
  const rest = text.slice(start);
  // An empty frontmatter has its closing fence right away.
  const closing = rest.startsWith('---') && /^---[ \t]*(\r?\n|$)/.test(rest) ? { index: 0 } : CLOSING.exec(rest);
  if (!closing) return { kind: 'unclosed' };
  const end = start + closing.index;
  return { kind: 'found', span: { start, end, bodyStart: end + 3 } };
}

/**
 * The body exactly as the renderer compiles it: the file with its frontmatter, fences included,
 * turned into spaces (line breaks kept), so every line and column is the file's own.
 */
export function blankFrontmatter(text: string, span: FrontmatterSpan | undefined): string {
  if (!span) return text;
  return text.slice(0, span.bodyStart).replace(/[^\r\n]/g, ' ') + text.slice(span.bodyStart);
}
