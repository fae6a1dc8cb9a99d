/**
 * Label widths without a browser. The map is laid out at build time, so text is measured with
 * per-character widths of a wide sans-serif face (DejaVu Sans, the widest fallback of the
 * site's UI fonts), rounded up: a label may end a little short
 * of its box, never past it.
 */

/** The map's font size in SVG user units; the picture is never drawn narrower than its own width. */
export const FONT_SIZE = 12.5;

/** Distance between baselines, in user units. */
export const LINE_HEIGHT = 15;

const NARROW = "iljtfrI.,:;'!|()[] ";
const WIDE = 'mwMW@%&—';

/** The width of a character as a fraction of the font size: generous, so labels never overflow. */
function characterWidth(character: string): number {
  if (NARROW.includes(character)) return 0.36;
  if (WIDE.includes(character)) return 0.98;
  if (/[A-Z0-9]/.test(character)) return 0.74;
  if (/[a-z]/.test(character)) return 0.62;
  return 0.85;
}

/** The width a text takes at the map's font size, in user units; `bold` adds the weight's width. */
export function textWidth(text: string, bold = false): number {
  let width = 0;
  for (const character of text) width += characterWidth(character);
  return width * FONT_SIZE * (bold ? 1.1 : 1);
}

/** Shortens a text at a character to fit `width`, marking the cut with an ellipsis. */
function shorten(text: string, width: number, bold: boolean): string {
  let kept = text;
  while (kept.length > 0 && textWidth(`${kept}…`, bold) > width) kept = kept.slice(0, -1);
  return `${kept.trimEnd()}…`;
}

/**
 * Wraps a text into at most `maxLines` lines of at most `width` user units, breaking at spaces;
 * a word too long for a line is cut, and text left over shortens the last line with an ellipsis.
 */
export function wrapText(text: string, width: number, maxLines: number, bold = false): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, bold) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) {
    const rest = lines.slice(maxLines - 1).join(' ');
    lines.splice(maxLines - 1, lines.length, shorten(rest, width, bold));
  }
  return lines.map((line) => (textWidth(line, bold) <= width ? line : shorten(line, width, bold)));
}
