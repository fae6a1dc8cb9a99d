/** Letters that Unicode decomposition does not reduce to ASCII, written as English readers spell them. */
const SPELLED_OUT: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  '&': ' and ',
};

/** How long a slug may grow: file names and addresses stay readable. */
export const MAX_SLUG_LENGTH = 60;

/** Lower-case words of a text, folded to ASCII letters and digits; apostrophes join words. */
export function asciiWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[ßæœøłđðþı&]/g, (character) => SPELLED_OUT[character] ?? character)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ʼ]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Words joined by hyphens, cut at a word boundary so the slug stays under `maxLength`. */
export function joinSlug(words: readonly string[], maxLength = MAX_SLUG_LENGTH): string {
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) return slug || word.slice(0, maxLength);
    slug = next;
  }
  return slug;
}

/**
 * A slug from a title, as the contract wants file names: "Ça coûte 2,5 M€ à l'État" becomes
 * `ca-coute-2-5-m-a-letat`. Empty when the title has no Latin letters or digits at all.
 */
export function slugFromTitle(title: string, maxLength = MAX_SLUG_LENGTH): string {
  return joinSlug(asciiWords(title), maxLength);
}

/** Second-level labels under a country code that name no one (`bbc.co.uk`, `abc.net.au`). */
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go', 'gv', 'mil']);

/** Path segments that say nothing about the document. */
const GENERIC_SEGMENTS = new Set(['article', 'articles', 'news', 'story', 'stories', 'post', 'posts', 'index', 'amp']);

/**
 * A source id suggested by an address: the site's name, then the most descriptive segment of the
 * path (the one with most words, which is usually the article's own slug). An editor can always
 * choose another with `--id`.
 */
export function sourceIdFromUrl(url: URL, maxLength = MAX_SLUG_LENGTH): string {
  const labels = url.hostname.toLowerCase().split('.').filter(Boolean);
  if (labels.length > 1) labels.pop();
  if (labels.length > 1 && GENERIC_SECOND_LEVEL.has(labels.at(-1)!)) labels.pop();
  const site = asciiWords(labels.at(-1) ?? '');
  const segments = url.pathname
    .split('/')
    .map((segment) => asciiWords(decodeSegment(segment).replace(/\.(s?html?|stm|php|aspx?|jsp|pdf)$/i, '')))
    // Numbers alone (dates, database keys) and generic words say nothing a reader would recognise.
    .filter((words) => words.some((word) => /[a-z]/.test(word)))
    .filter((words) => !(words.length === 1 && GENERIC_SEGMENTS.has(words[0]!)));
  let best: string[] = [];
  for (const words of segments) if (words.length >= best.length) best = words;
  return joinSlug([...site, ...best], maxLength);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
