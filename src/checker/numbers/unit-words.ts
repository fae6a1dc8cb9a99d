/**
 * The words after a figure, and matching them against a claim's plain unit ("people", "BTC", "exchanges"). A
 * quote rarely repeats the claim's unit word exactly, so matching forgives case, plural and a few aliases.
 */
import { HYPHENS, matchAt } from './text-scan.ts';

/** A word after white space or a hyphen ("10-year"); apostrophes inside are kept ("people's" stays one word). */
const NEXT_WORD_RE = new RegExp(`(?:\\s+|[${HYPHENS}])(\\p{L}[\\p{L}\\p{M}'\\u2019]*)`, 'uy');

/**
 * Function words that end the noun phrase after a figure: the unit is before them ("5 people in Seoul"), never
 * after ("$81m from Bangladesh Bank" has no unit word).
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'after', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'before', 'but', 'by', 'during', 'for', 'from', 'had',
  'has', 'have', 'he', 'her', 'his', 'i', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'our', 'over', 'per',
  'she', 'since', 'than', 'that', 'the', 'their', 'they', 'this', 'those', 'these', 'to', 'under', 'was', 'we',
  'were', 'which', 'while', 'who', 'will', 'with', 'would',
]); // prettier-ignore

/** How many words after a figure may hold its unit: a unit and up to two modifiers ("stolen customer accounts"). */
const MAX_FOLLOWING_WORDS = 3;

/** The words after a figure, as `NumberMention` reports them. */
export interface FollowingWords {
  /** The lower-cased word right after the figure, whatever it is; absent when punctuation or the end follows. */
  unitWord?: string;
  /** Up to three lower-cased words after the figure, stopping before punctuation or a function word. */
  words: string[];
}

/** Reads the words after a mention that ends at `pos`. */
export function readFollowingWords(text: string, pos: number): FollowingWords {
  const words: string[] = [];
  let unitWord: string | undefined;
  let p = pos;
  while (words.length < MAX_FOLLOWING_WORDS) {
    const match = matchAt(NEXT_WORD_RE, text, p);
    const word = match?.[1]?.toLowerCase();
    if (match === null || word === undefined) break;
    unitWord ??= word;
    if (STOP_WORDS.has(word)) break;
    words.push(word);
    p += match[0].length;
  }
  return unitWord === undefined ? { words } : { unitWord, words };
}

/** Unit words that name the same thing: ticker symbols and their names, and the irregular plural of person. */
const ALIASES: Readonly<Record<string, string>> = {
  btc: 'bitcoin',
  xbt: 'bitcoin',
  eth: 'ether',
  ethereum: 'ether',
  person: 'people',
};

const ES_PLURAL_RE = /(?:ss|x|ch|sh|z)es$/;
const POSSESSIVE_RE = /['\u2019]s$/;

/** A crude English singular, applied to both sides of a comparison, so "accounts" meets "account". */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && ES_PLURAL_RE.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The form two unit words are compared in: lower case, singular, aliases resolved. */
export function canonicalUnitWord(word: string): string {
  const lower = word.toLowerCase().replace(POSSESSIVE_RE, '');
  const one = singular(lower);
  return ALIASES[one] ?? ALIASES[lower] ?? one;
}

/**
 * True when the unit's words (already canonical) appear in a row among the words after a figure, starting at any
 * of them: "accounts" is found in "customer accounts", "user accounts" in "user accounts".
 */
export function unitWordsFollow(unitWords: readonly string[], following: readonly string[]): boolean {
  if (unitWords.length === 0) return false;
  const canonical = following.map(canonicalUnitWord);
  for (let offset = 0; offset + unitWords.length <= canonical.length; offset += 1) {
    if (unitWords.every((word, i) => canonical[offset + i] === word)) return true;
  }
  return false;
}
