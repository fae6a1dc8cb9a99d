/**
 * The qualifier a text puts on a figure ("up to two billion", "more than 10,000", "about $2bn"), and which
 * claim qualifiers a quote's qualifier supports. The editor contract's Figures section is the reference:
 * qualifiers follow from the quote, and the qualifier nearest the figure wins.
 */
import { matchAt } from './text-scan.ts';

/** A claim's or a quote's qualifier; a figure with none is `exactly`. */
export type QualifierId = 'exactly' | 'about' | 'up-to' | 'at-least' | 'more-than' | 'less-than';

/**
 * The words that qualify a figure written right before it, longest first so that "no more than" is not read
 * as "more than", nor "an estimated" as a bare "estimated". Negated comparisons flip ("no more than" is at most,
 * "not less than" at least), as newsrooms use them.
 */
const QUALIFIER_WORDS: readonly (readonly [string, QualifierId])[] = [
  ['no more than', 'up-to'],
  ['not more than', 'up-to'],
  ['no fewer than', 'at-least'],
  ['not fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['in excess of', 'more-than'],
  ['upwards of', 'more-than'],
  ['more than', 'more-than'],
  ['over', 'more-than'],
  ['as much as', 'up-to'],
  ['as many as', 'up-to'],
  ['up to', 'up-to'],
  ['at most', 'up-to'],
  ['at least', 'at-least'],
  ['less than', 'less-than'],
  ['fewer than', 'less-than'],
  ['under', 'less-than'],
  ['an estimated', 'about'],
  ['approximately', 'about'],
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['some', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['close to', 'about'],
];

/**
 * A qualifier ending exactly where the figure starts, white space between: group n+1 matches
 * `QUALIFIER_WORDS[n]`. Searched backwards by matching the reversed text would be clever; a bounded window
 * and an anchored expression is simpler and just as linear.
 */
const QUALIFIER_BEFORE_RE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${QUALIFIER_WORDS.map(([words]) => `(${words.replaceAll(' ', '\\s+')})`).join('|')})\\s+$`,
  'iu',
);

/** Longest qualifier with its spaces, plus the character before it. */
const WINDOW = 24;

/** Qualifier words after a figure: "two billion or more" is at least, "35 or fewer" is up to. */
const QUALIFIER_AFTER_RE = /\s+or\s+(more|fewer|less)(?![\p{L}\p{N}])/iuy;

/**
 * The qualifier the text puts on the figure that spans `start`..`end`: the words right before it ("up to",
 * "more than", "an estimated"), else "or more"/"or less" right after it, else `exactly`. Only the words next to
 * the figure count, so in "estimated at up to two billion" the nearest qualifier, "up to", wins.
 */
export function qualifierAround(text: string, start: number, end: number): QualifierId {
  const before = QUALIFIER_BEFORE_RE.exec(text.slice(Math.max(0, start - WINDOW), start));
  if (before) {
    for (let group = 1; group < before.length; group += 1) {
      const entry = QUALIFIER_WORDS[group - 1];
      if (before[group] !== undefined && entry) return entry[1];
    }
  }
  const after = matchAt(QUALIFIER_AFTER_RE, text, end)?.[1]?.toLowerCase();
  if (after === 'more') return 'at-least';
  if (after === 'fewer' || after === 'less') return 'up-to';
  return 'exactly';
}

/**
 * The claim qualifiers a quote's qualifier supports: a bare figure supports exactly, about, up to and at
 * least; "up to X" only up to; "more than X" more than and at least; "at least X" at least; "less than X" less
 * than and up to; "about X" only about.
 */
const SUPPORTED: Readonly<Record<QualifierId, readonly QualifierId[]>> = {
  exactly: ['exactly', 'about', 'up-to', 'at-least'],
  'up-to': ['up-to'],
  'more-than': ['more-than', 'at-least'],
  'at-least': ['at-least'],
  'less-than': ['less-than', 'up-to'],
  about: ['about'],
};

/** True when a quote that qualifies its figure with `quoted` supports a claim qualified `claimed`. */
export function qualifierSupports(quoted: QualifierId, claimed: QualifierId): boolean {
  return SUPPORTED[quoted].includes(claimed);
}

/** How a qualifier reads in a message: "up to", "more than", "exactly". */
export function qualifierWords(qualifier: QualifierId): string {
  return qualifier.replaceAll('-', ' ');
}
