/**
 * A snapshot's text folded for quote comparison, with what is needed to show the editor
 * the snapshot's own wording when a quote is not found.
 */
export interface FoldedText {
  /** The text with case, white space, quote marks and dashes folded, as quotes are compared. */
  folded: string;
  /** The text as given, so a miss can be answered with the snapshot's own wording. */
  original: string;
  /** For each UTF-16 unit of `folded`, the offset in `original` of the character it came from. */
  origins: Int32Array;
  /**
   * Offsets in `folded` where a paragraph of the snapshot ends (a blank line follows), in order: an ellipsis
   * may only leave out text inside one paragraph.
   */
  paragraphEnds: Int32Array;
}

/**
 * Folds a snapshot once so that every quote citing it can be matched with a plain search.
 *
 * @param text - the archived text of a source, plain or Markdown.
 */
export function foldText(text: string): FoldedText {
  const origins: number[] = [];
  const folded = fold(text, origins);
  const originArray = Int32Array.from(origins);
  const paragraphEnds: number[] = [];
  for (const blank of text.matchAll(PARAGRAPH_BREAK)) {
    const end = foldedOffsetOf(originArray, blank.index);
    if (end > 0 && end < folded.length && end !== paragraphEnds.at(-1)) paragraphEnds.push(end);
  }
  return { folded, original: text, origins: originArray, paragraphEnds: Int32Array.from(paragraphEnds) };
}

/** A blank line: the end of a paragraph in plain text and Markdown. */
const PARAGRAPH_BREAK = /\n[ \t\r\f\v]*\n/g;

/** The first offset in `folded` whose character comes from `original` at or after `offset`. */
function foldedOffsetOf(origins: Int32Array, offset: number): number {
  let low = 0;
  let high = origins.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((origins[middle] ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether a quote occurs in a snapshot and, when it does not, what the snapshot says instead. */
export type QuoteMatch =
  | { found: true }
  | {
      found: false;
      /**
       * The passage of the snapshot most like the quote, in the snapshot's own words, about
       * as long as the quote, with white space collapsed; empty for an empty snapshot, and
       * when `problem` says why no passage was looked for.
       */
      closest: string;
      /**
       * Why the quote cannot be assembled from the snapshot even where its words are there: too
       * few words, a fragment of one word, or fragments from different paragraphs or out of order.
       * Says where the fragments were found. Absent for a plain miss.
       */
      problem?: string;
      /**
       * Present when a cap cut the search for the closest passage short: the quote was longer than
       * the search compares, and only its first words were compared.
       */
      capped?: string;
    };

/** Fewest words of the source a quote must hold, so that it says something and can be found. */
export const MIN_QUOTE_WORDS = 3;
/** Fewest words each fragment joined by an ellipsis must hold. */
export const MIN_FRAGMENT_WORDS = 2;
/**
 * Most words of a quote the closest-passage search compares: the search grows with the square of
 * the quote's length, and a longer quote's first words already say where it was meant to come from.
 */
export const MAX_COMPARED_WORDS = 250;

/**
 * A word: a run of letters, marks and digits, except that in scripts written without spaces (Chinese,
 * Japanese, Thai) each character counts as a word, so a quote in them is not one long "word".
 */
const WORD =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}])[\p{L}\p{M}\p{N}])+/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

/** A fragment as messages show it: short ones whole, long ones by their first words. */
function showFragment(fragment: string): string {
  const words = fragment.split(' ');
  return words.length <= 8 ? fragment : `${words.slice(0, 6).join(' ')} …`;
}

/**
 * Checks that a quote occurs in a snapshot, forgiving the differences that do not change
 * its words: case, white space, curly or straight quote marks, kinds of dash, and quote
 * marks the editor put around the whole quote. An ellipsis (`...` or `…`, also `[...]`)
 * stands for omitted text, so the parts around it must occur in order.
 *
 * @param quote - the quote as the editor wrote it in the citation.
 * @param snapshot - the snapshot, folded once by {@link foldText}.
 */
export function matchQuote(quote: string, snapshot: FoldedText): QuoteMatch {
  const foldedQuote = fold(quote).trim();
  // Editors often paste the quote with the quote marks that surrounded it in their draft.
  const unquoted = foldedQuote.replace(/^["']+|["']+$/g, '');
  const parts = splitAtEllipses(unquoted);

  const words = parts.reduce((sum, part) => sum + countWords(part), 0);
  if (words < MIN_QUOTE_WORDS) {
    return {
      found: false,
      closest: '',
      problem:
        `the quote has ${words} word${words === 1 ? '' : 's'} of the source, and a quote needs at least ${MIN_QUOTE_WORDS} ` +
        '(an ellipsis stands for words left out, not for the quote): quote the passage itself',
    };
  }
  if (parts.length > 1) {
    const short = parts.find((part) => countWords(part) < MIN_FRAGMENT_WORDS);
    if (short !== undefined) {
      return {
        found: false,
        closest: '',
        problem:
          `the fragment "${short}" has one word; each fragment an ellipsis joins needs at least ${MIN_FRAGMENT_WORDS}, ` +
          'so that the quote cannot be assembled from words scattered through the source: quote more of the passage around it',
      };
    }
  }

  const candidates = unquoted === foldedQuote ? [parts] : [splitAtEllipses(foldedQuote), parts];
  for (const candidate of candidates) {
    if (candidate.length === 1 ? snapshot.folded.includes(candidate[0]!) : withinOneParagraph(candidate, snapshot))
      return { found: true };
  }

  if (parts.length > 1) {
    const places = parts.map((part) => snapshot.folded.indexOf(part));
    const missing = places.findIndex((at) => at < 0);
    if (missing < 0) {
      const where = parts
        .map((part, index) => `"${showFragment(part)}" at line ${lineOf(snapshot, places[index] ?? 0)}`)
        .join(', ');
      return {
        found: false,
        closest: '',
        problem:
          `its fragments are in the snapshot, but not in order within one paragraph (${where}); ` +
          'an ellipsis may only leave out words inside one paragraph: quote each passage in a citation of its own',
      };
    }
    const part = parts[missing] ?? '';
    const search = closestPassage(part, snapshot);
    return {
      found: false,
      closest: search.passage,
      problem: `its fragment "${showFragment(part)}" is not in the snapshot; the closest passage is "${search.passage}"`,
      ...(search.capped === undefined ? {} : { capped: search.capped }),
    };
  }

  const search = closestPassage(parts.join(' ') || foldedQuote, snapshot);
  return { found: false, closest: search.passage, ...(search.capped === undefined ? {} : { capped: search.capped }) };
}

/** The 1-based line of the snapshot that a folded offset falls on. */
function lineOf(snapshot: FoldedText, foldedOffset: number): number {
  const offset = snapshot.origins[foldedOffset] ?? 0;
  let line = 1;
  for (let at = snapshot.original.indexOf('\n'); at >= 0 && at < offset; at = snapshot.original.indexOf('\n', at + 1))
    line++;
  return line;
}

/**
 * Whether the parts occur in order inside one paragraph. In each paragraph where the first part
 * occurs, taking the earliest match of each next part is never worse; when that fails, the search
 * moves on to the next paragraph, so every paragraph is tried once.
 */
function withinOneParagraph(parts: readonly string[], snapshot: FoldedText): boolean {
  const { folded, paragraphEnds } = snapshot;
  const [first, ...rest] = parts;
  if (first === undefined) return true;
  let from = 0;
  while (from <= folded.length) {
    const at = folded.indexOf(first, from);
    if (at < 0) return false;
    const paragraphEnd = paragraphEndAfter(paragraphEnds, at, folded.length);
    let next = at + first.length;
    let resumeAt = paragraphEnd;
    let inOrder = true;
    for (const part of rest) {
      const found = folded.indexOf(part, next);
      if (found < 0) return false;
      if (found + part.length > paragraphEnd) {
        // No paragraph before the one holding `found` has this part after `next`: resume there, so
        // each search moves forward and the whole stays linear in the snapshot's length.
        resumeAt = Math.max(paragraphEnd, paragraphStartOf(paragraphEnds, found));
        inOrder = false;
        break;
      }
      next = found + part.length;
    }
    if (inOrder) return true;
    from = resumeAt;
  }
  return false;
}

/** The start of the paragraph holding the folded offset `at`: the last paragraph end at or before it, else 0. */
function paragraphStartOf(paragraphEnds: Int32Array, at: number): number {
  let low = 0;
  let high = paragraphEnds.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((paragraphEnds[middle] ?? 0) <= at) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? 0 : (paragraphEnds[low - 1] ?? 0);
}

/** The end of the paragraph holding the folded offset `at`: the first paragraph end after it, else the text's end. */
function paragraphEndAfter(paragraphEnds: Int32Array, at: number, length: number): number {
  let low = 0;
  let high = paragraphEnds.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((paragraphEnds[middle] ?? 0) <= at) low = middle + 1;
    else high = middle;
  }
  return paragraphEnds[low] ?? length;
}

/** Single quote marks, apostrophes and primes that editors and typesetters use interchangeably. */
const SINGLE_QUOTES = ['‘', '’', '‚', '‛', '′', '`', '´', '‹', '›'];
/** Double quote marks, double primes and guillemets. */
const DOUBLE_QUOTES = ['“', '”', '„', '‟', '″', '«', '»'];
/** Hyphens, dashes and the minus sign, which look alike to readers and differ between style guides. */
const DASHES = ['‐', '‑', '‒', '–', '—', '―', '−', '﹘', '﹣', '－'];

const PUNCTUATION_FOLDS = new Map<string, string>([
  ...SINGLE_QUOTES.map((mark): [string, string] => [mark, "'"]),
  ...DOUBLE_QUOTES.map((mark): [string, string] => [mark, '"']),
  ...DASHES.map((dash): [string, string] => [dash, '-']),
]);

const PUNCTUATION = new RegExp(`[${[...SINGLE_QUOTES, ...DOUBLE_QUOTES, ...DASHES].join('')}]`, 'g');

/** Characters that take no space on the page, such as soft hyphens and zero-width joiners. */
const INVISIBLE = /\p{Cf}/gu;

/** A combining mark, which must be normalised together with the letter before it. */
const COMBINING_MARK = /\p{M}/uy;

const WHITE_SPACE = /\s/g;

/**
 * Folds text for comparison, recording for each folded unit where in the text it came from.
 * ASCII, which is most of any English snapshot, is folded inline; anything else is folded
 * one letter-with-its-accents at a time so that NFKC can compose `e` + `◌́` into `é`.
 */
function fold(text: string, origins?: number[]): string {
  let folded = '';
  let spaceOrigin = -1;
  const clusterFolds = new Map<string, string>();

  const append = (character: string, origin: number): void => {
    if (spaceOrigin >= 0) {
      if (folded !== '') {
        folded += ' ';
        origins?.push(spaceOrigin);
      }
      spaceOrigin = -1;
    }
    folded += character;
    origins?.push(origin);
  };

  let index = 0;
  while (index < text.length) {
    const start = index;
    const code = text.charCodeAt(index);
    index += code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
    while (index < text.length && text.charCodeAt(index) >= 0x300) {
      const afterMark = endOfMarkAt(text, index);
      if (afterMark < 0) break;
      index = afterMark;
    }

    if (code < 0x80 && index === start + 1) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        if (spaceOrigin < 0) spaceOrigin = start;
      } else if (code >= 0x41 && code <= 0x5a) {
        append(String.fromCharCode(code + 0x20), start);
      } else {
        append(code === 0x60 ? "'" : text.charAt(start), start);
      }
      continue;
    }

    const cluster = text.slice(start, index);
    let clusterFold = clusterFolds.get(cluster);
    if (clusterFold === undefined) {
      clusterFold = foldCluster(cluster);
      clusterFolds.set(cluster, clusterFold);
    }
    // By UTF-16 unit, not by character, so that `origins` stays as long as `folded`.
    for (let unit = 0; unit < clusterFold.length; unit++) {
      if (clusterFold[unit] === ' ') {
        if (spaceOrigin < 0) spaceOrigin = start;
      } else {
        append(clusterFold.charAt(unit), start);
      }
    }
  }
  return folded;
}

/** Where the combining mark at `index` ends (marks can take two UTF-16 units), or -1 if there is none. */
function endOfMarkAt(text: string, index: number): number {
  COMBINING_MARK.lastIndex = index;
  return COMBINING_MARK.test(text) ? COMBINING_MARK.lastIndex : -1;
}

/** Folds one letter with its accents; quote marks are mapped before NFKC, which would split `″` and `´`. */
function foldCluster(cluster: string): string {
  const foldPunctuation = (text: string): string =>
    text.replace(PUNCTUATION, (mark) => PUNCTUATION_FOLDS.get(mark) ?? mark);
  const normalised = foldPunctuation(foldPunctuation(cluster).normalize('NFKC').toLowerCase()).replace(INVISIBLE, '');
  return normalised.replace(WHITE_SPACE, ' ');
}

/** Three dots, spaced or not, optionally in square brackets; `…` arrives here as `...` after NFKC. */
const ELLIPSIS = /\s*\[?\s*(?:\.\s?){2,}\.\s*\]?\s*/;

/** The parts of a folded quote between its ellipses; a leading or trailing ellipsis adds no part. */
function splitAtEllipses(foldedQuote: string): string[] {
  return foldedQuote
    .split(ELLIPSIS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A word this common says nothing about where the quote came from. */
const MAX_ANCHOR_OCCURRENCES = 400;
/** How far a passage's ends may be moved out to avoid cutting a word in half. */
const MAX_WORD_EXTENSION = 40;
/** How many promising places are scored closely. */
const CANDIDATE_PLACES = 6;
/** Upper bound on windows scored when the quote shares no word with the snapshot. */
const MAX_SCAN_WINDOWS = 2000;

/**
 * Finds the passage of the snapshot most like the quote. Words of the quote, and their
 * stems so that "lies" still finds "lie", vote for where the quote would start; the places
 * with most votes are then scored by shared character trigrams, which rewards passages
 * that differ from the quote only by a few letters or words.
 */
function closestPassage(whole: string, snapshot: FoldedText): { passage: string; capped?: string } {
  const { folded } = snapshot;
  if (folded.length === 0) return { passage: '' };
  const { text: quote, capped } = firstWords(whole, MAX_COMPARED_WORDS);
  const length = Math.min(quote.length, folded.length);
  const lastStart = folded.length - length;
  const quoteTrigrams = trigramProfile(quote);

  const bucketSize = Math.max(8, Math.round(length / 4));
  const votes = voteForStarts(quote, folded, bucketSize);
  const places = [...votes.keys()]
    .map((bucket) => ({
      bucket,
      weight: (votes.get(bucket - 1) ?? 0) + (votes.get(bucket) ?? 0) + (votes.get(bucket + 1) ?? 0),
    }))
    .sort((a, b) => b.weight - a.weight || a.bucket - b.bucket)
    .slice(0, CANDIDATE_PLACES);

  let best = { start: 0, score: -1 };
  const consider = (start: number): void => {
    const clamped = Math.max(0, Math.min(lastStart, start));
    const candidate = similarity(quoteTrigrams, folded.slice(clamped, clamped + length));
    if (candidate > best.score) best = { start: clamped, score: candidate };
  };

  const coarseStep = Math.max(1, Math.floor(bucketSize / 4));
  if (places.length > 0) {
    for (const { bucket } of places) {
      for (let start = (bucket - 1) * bucketSize; start <= (bucket + 2) * bucketSize; start += coarseStep)
        consider(start);
    }
  } else {
    const step = Math.max(coarseStep, Math.ceil(lastStart / MAX_SCAN_WINDOWS));
    for (let start = 0; start <= lastStart; start += step) consider(start);
  }
  // The fine search moves one character at a time near the best place, at most MAX_FINE_WINDOWS of them.
  const roughStart = best.start;
  const fineStep = Math.max(1, Math.ceil((2 * coarseStep + 1) / MAX_FINE_WINDOWS));
  for (let start = roughStart - coarseStep; start <= roughStart + coarseStep; start += fineStep) consider(start);

  const passage = originalPassage(snapshot, best.start, best.start + length);
  return capped
    ? {
        passage,
        capped: `the quote is longer than ${MAX_COMPARED_WORDS} words, so the search for the closest passage compared only its first ${MAX_COMPARED_WORDS}`,
      }
    : { passage };
}

/** Most windows scored one character apart around the best coarse place. */
const MAX_FINE_WINDOWS = 64;

/** The text up to the end of its `limit`-th word, and whether anything was cut. */
function firstWords(text: string, limit: number): { text: string; capped: boolean } {
  let count = 0;
  for (const word of text.matchAll(WORD)) {
    count++;
    if (count === limit) {
      const end = word.index + word[0].length;
      return { text: text.slice(0, end), capped: HAS_WORD.test(text.slice(end)) };
    }
  }
  return { text, capped: false };
}

/**
 * Each occurrence of a quote word in the snapshot votes for the quote starting where that
 * word's offset in the quote would put it. Rare and long words weigh most.
 */
function voteForStarts(quote: string, folded: string, bucketSize: number): Map<number, number> {
  const anchors = new Map<string, number[]>();
  const addAnchor = (anchor: string, offset: number): void => {
    if (anchor.length < 2) return;
    const offsets = anchors.get(anchor);
    if (offsets) offsets.push(offset);
    else anchors.set(anchor, [offset]);
  };
  for (const word of quote.matchAll(/[\p{L}\p{N}]+/gu)) {
    addAnchor(word[0], word.index);
    if (word[0].length >= 4) addAnchor(word[0].slice(0, Math.max(3, word[0].length - 2)), word.index);
  }

  const votes = new Map<number, number>();
  for (const [anchor, offsets] of anchors) {
    const occurrences: number[] = [];
    for (let at = folded.indexOf(anchor); at >= 0; at = folded.indexOf(anchor, at + 1)) {
      occurrences.push(at);
      if (occurrences.length > MAX_ANCHOR_OCCURRENCES) break;
    }
    if (occurrences.length === 0 || occurrences.length > MAX_ANCHOR_OCCURRENCES) continue;
    const weight = anchor.length / occurrences.length;
    for (const at of occurrences) {
      for (const offset of offsets) {
        const bucket = Math.floor((at - offset) / bucketSize);
        votes.set(bucket, (votes.get(bucket) ?? 0) + weight);
      }
    }
  }
  return votes;
}

/** The quote's three-character pieces, numbered so that windows can be scored without allocating maps. */
interface TrigramProfile {
  ids: Map<string, number>;
  counts: Int32Array;
  total: number;
  /** Scratch space for {@link similarity}, all zero between calls. */
  used: Int32Array;
}

/** Padded with a space at each end, so that even a one-letter text has a trigram. */
function trigramProfile(text: string): TrigramProfile {
  const padded = ` ${text} `;
  const ids = new Map<string, number>();
  const counts: number[] = [];
  for (let index = 0; index + 3 <= padded.length; index++) {
    const trigram = padded.slice(index, index + 3);
    const id = ids.get(trigram);
    if (id === undefined) {
      ids.set(trigram, counts.length);
      counts.push(1);
    } else {
      counts[id] = (counts[id] ?? 0) + 1;
    }
  }
  return {
    ids,
    counts: Int32Array.from(counts),
    total: Math.max(0, padded.length - 2),
    used: new Int32Array(counts.length),
  };
}

/** Dice similarity of trigram multisets: 1 for the same text, 0 for nothing in common. */
function similarity(quote: TrigramProfile, passage: string): number {
  const { ids, counts, used } = quote;
  const padded = ` ${passage} `;
  const touched: number[] = [];
  let shared = 0;
  for (let index = 0; index + 3 <= padded.length; index++) {
    const id = ids.get(padded.slice(index, index + 3));
    if (id === undefined) continue;
    const usedSoFar = used[id] ?? 0;
    if (usedSoFar >= (counts[id] ?? 0)) continue;
    if (usedSoFar === 0) touched.push(id);
    used[id] = usedSoFar + 1;
    shared++;
  }
  for (const id of touched) used[id] = 0;
  return (2 * shared) / (quote.total + Math.max(0, padded.length - 2));
}

/**
 * The snapshot's own text for a folded range, widened to the white space around it (so a
 * word keeps its quote marks and punctuation) and collapsed to one line.
 */
function originalPassage(snapshot: FoldedText, foldedStart: number, foldedEnd: number): string {
  const { original, origins, folded } = snapshot;
  let start = origins[foldedStart] ?? 0;
  let end = foldedEnd < folded.length ? (origins[foldedEnd] ?? original.length) : original.length;
  const isWordAt = (index: number): boolean => !/\s/.test(original.charAt(index));

  const earliest = Math.max(0, start - MAX_WORD_EXTENSION);
  while (start > earliest && isWordAt(start - 1) && isWordAt(start)) start--;
  const latest = Math.min(original.length, end + MAX_WORD_EXTENSION);
  while (end < latest && end > 0 && isWordAt(end - 1) && isWordAt(end)) end++;

  return original.slice(start, end).replace(/\s+/g, ' ').trim();
}
