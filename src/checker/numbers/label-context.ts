/**
 * Whether a plain figure names something rather than counting it: "resolution 2464", "Article 5", "Windows 10".
 * Such figures are still read (the text does say 2464), but flagged so the headline rule can pass over them.
 */

/**
 * Words after which a bare figure is a name or an ordinal position. Kept to words that are rarely followed by a
 * count: "Day 3" and "top 10" are left out because they do count something.
 */
const LABEL_WORDS = [
  'resolutions?', 'articles?', 'sections?', 'paragraphs?', 'chapters?', 'clauses?', 'pages?', 'pp', 'version',
  'windows', 'iphone', 'ios', 'android', 'flight', 'route', 'highway', 'level', 'phase', 'stage', 'category',
  'type', 'model', 'series', 'season', 'episode', 'part', 'volume', 'vol', 'item', 'rule', 'amendment', 'gate',
  'platform', 'floor', 'room', 'district', 'zone', 'sector', 'channel', 'track', 'exhibit', 'annex', 'appendix',
  'figure', 'fig', 'table', 'step', 'round', 'apollo', 'terminal', 'tier', 'grade', 'bill', 'act', 'directive',
]; // prettier-ignore

/** A label word and white space ending just before the figure. */
const LABEL_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${LABEL_WORDS.join('|')})\\.?\\s+$`, 'iu');

/** "No. 7" and "Nos. 7": capitalised and with the full stop, so "no 7 people" is not caught. */
const NUMERO_BEFORE_RE = /(?:^|[^\p{L}])Nos?\.\s*$/u;

/** How far to look back: the longest label word and its spaces. */
const WINDOW = 24;

/** True when the figure starting at `start` follows a label word such as "resolution", "Article" or "No.". */
export function followsLabel(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  return LABEL_BEFORE_RE.test(before) || NUMERO_BEFORE_RE.test(before);
}
