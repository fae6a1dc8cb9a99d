/**
 * Finds the known id an editor most likely meant when they wrote an unknown one, so a
 * diagnostic can say "did you mean …?" instead of leaving them to search the sources.
 *
 * A suggestion is only offered when the unknown id is plausibly a typo or a truncation of
 * the known one: a wrong guess is worse than none, because editors tend to accept it.
 * Ties are broken alphabetically so the same input always gives the same message.
 *
 * @param unknown - the id the editor wrote, which matched nothing.
 * @param known - every id that would have been accepted in its place.
 * @returns the nearest known id, or `undefined` when nothing is close enough.
 */
export function suggest(unknown: string, known: Iterable<string>): string | undefined {
  return nearestId(unknown, known).suggestion;
}

/**
 * Longest id compared by edit distance. The distance costs the product of the two lengths, so without a
 * cap twenty 3,000-character ids would take tens of seconds; real ids are far shorter than this.
 */
export const MAX_SUGGEST_LENGTH = 64;
/** Most known ids compared for one unknown id; a publication with more is searched only this far. */
export const MAX_SUGGEST_CANDIDATES = 20_000;

/** The nearest known id, and whether a cap cut the search short (see {@link suggestionCapNote}). */
export interface NearestId {
  suggestion?: string;
  /** True when the unknown id, or some known one, was too long to compare, or there were too many known ids. */
  capped: boolean;
}

/** Like {@link suggest}, and says whether a cap cut the search short, so a message can say so. */
export function nearestId(unknown: string, known: Iterable<string>): NearestId {
  const wanted = unknown.toLowerCase();
  if (wanted.length === 0) return { capped: false };
  // Roughly one slip per three characters still reads as the same word; beyond that the
  // "nearest" id is merely the least different, not what the editor meant.
  const maxTypos = Math.max(1, Math.floor(wanted.length / 3));
  let capped = wanted.length > MAX_SUGGEST_LENGTH;

  let best: string | undefined;
  let bestDistance = Infinity;
  let compared = 0;
  for (const candidate of known) {
    if (candidate === unknown) continue;
    if (++compared > MAX_SUGGEST_CANDIDATES) {
      capped = true;
      break;
    }
    const lowered = candidate.toLowerCase();
    const truncation = isTruncation(wanted, lowered);
    let distance: number;
    if (wanted.length > MAX_SUGGEST_LENGTH || lowered.length > MAX_SUGGEST_LENGTH) {
      // Too long to compare letter by letter: only a truncation can still be suggested.
      if (lowered.length > MAX_SUGGEST_LENGTH) capped = true;
      if (!truncation) continue;
      distance = Math.abs(wanted.length - lowered.length);
    } else if (Math.abs(wanted.length - lowered.length) > maxTypos && !truncation) {
      // The difference in length is already more edits than a typo makes.
      continue;
    } else {
      distance = damerauLevenshtein(wanted, lowered);
      if (distance > maxTypos && !truncation) continue;
    }
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best === undefined ? { capped } : { suggestion: best, capped };
}

/**
 * What a message adds when no id was suggested because a cap cut the search short, or an empty string:
 * "(ids longer than 64 characters are not compared for a suggestion)".
 */
export function suggestionCapNote(nearest: NearestId): string {
  return nearest.capped && nearest.suggestion === undefined
    ? ` (no suggestion: ids longer than ${MAX_SUGGEST_LENGTH} characters, and more than ${MAX_SUGGEST_CANDIDATES} ids, are not compared)`
    : '';
}

/** Shortest part two ids must share before one is taken as a truncation of the other. */
const MIN_SHARED_LENGTH = 3;

/**
 * Whether one id is a cut-down form of the other: editors often cite `un-poe-2019` for
 * `un-poe-2019-midterm`, or add a qualifier to an id that does not carry one.
 */
function isTruncation(unknown: string, known: string): boolean {
  if (unknown.length >= MIN_SHARED_LENGTH && (known.startsWith(unknown) || known.endsWith(unknown))) return true;
  return known.length >= MIN_SHARED_LENGTH && unknown.startsWith(known);
}

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of neighbouring
 * characters as one edit each, since a swapped pair is the commonest typing slip.
 * This is the optimal-string-alignment form, which is what typo matching needs.
 */
function damerauLevenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;

  const width = b.length + 1;
  // Three rolling rows: the swap rule looks two rows back.
  let previousPrevious = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);

  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, (previousPrevious[j - 2] ?? 0) + 1);
      }
      current[j] = distance;
    }
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return previous[b.length] ?? 0;
}
