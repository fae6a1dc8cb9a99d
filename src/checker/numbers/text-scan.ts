/**
 * Character tests and a sticky-match helper shared by the number reader. The reader walks a string once, so
 * these run per character: ASCII is answered with code comparisons before any Unicode regular expression.
 */

const UNICODE_LETTER = /\p{L}/u;
const UNICODE_MARK = /\p{M}/u;

/** Hyphen-like characters that join words ("sixty-five", "mid-2017") in edited and wire copy. */
export const HYPHENS = '-\u2010\u2011';

/** True for a letter in any script; combining marks are not letters (see `isWordChar`). */
export function isLetter(ch: string): boolean {
  if (ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return UNICODE_LETTER.test(ch);
}

/** True for an ASCII digit only: other scripts' digits are rare in English copy and have no agreed reading. */
export function isDigit(ch: string): boolean {
  if (ch === '') return false;
  const code = ch.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** True for anything that can continue a word or identifier: letters, marks, digits and the underscore. */
export function isWordChar(ch: string): boolean {
  if (ch === '') return false;
  if (isLetter(ch) || isDigit(ch) || ch === '_') return true;
  return ch.charCodeAt(0) >= 128 && UNICODE_MARK.test(ch);
}

/** True for any Unicode white space, including the no-break and thin spaces typesetters put inside figures. */
export function isSpace(ch: string): boolean {
  if (ch === '') return false;
  const code = ch.charCodeAt(0);
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** The offset just past any white space starting at `pos`. */
export function skipSpaces(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && isSpace(text.charAt(p))) p += 1;
  return p;
}

/** The offset just past the run of word characters starting at `pos` (at least one character on). */
export function skipWord(text: string, pos: number): number {
  let p = pos + 1;
  while (p < text.length && isWordChar(text.charAt(p))) p += 1;
  return p;
}

/**
 * Runs a sticky (`y`) regular expression at exactly `pos`. The expressions are module constants whose
 * `lastIndex` is set immediately before each synchronous `exec`, so no state survives between calls and
 * sharing them is safe; compiling them once is what keeps the reader fast over tens of thousands of quotes.
 */
export function matchAt(sticky: RegExp, text: string, pos: number): RegExpExecArray | null {
  sticky.lastIndex = pos;
  return sticky.exec(text);
}
