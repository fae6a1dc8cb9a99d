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
}

/**
 * Folds a snapshot once so that every quote citing it can be matched with a plain search.
 *
 * @param text - the archived text of a source, plain or Markdown.
 */
export function foldText(text: string): FoldedText {
  const origins: number[] = [];
  const folded = fold(text, origins);
  return { folded, original: text, origins: Int32Array.from(origins) };
}

/** Whether a quote occurs in a snapshot and, when it does not, what the snapshot says instead. */
export type QuoteMatch =
  | { found: true }
  | {
      found: false;
      /**
       * The passage of the snapshot most like the quote, in the snapshot's own words, about
       * as long as the quote, with white space collapsed; empty only for an empty snapshot.
       */
      closest: string;
    };

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
  const parts = splitAtEllipses(foldedQuote);
  if (parts.length === 0 || occursInOrder(parts, snapshot.folded)) return { found: true };

  // Editors often paste the quote with the quote marks that surrounded it in their draft.
  const unquoted = foldedQuote.replace(/^["']+|["']+$/g, '');
  if (unquoted !== foldedQuote) {
    const unquotedParts = splitAtEllipses(unquoted);
    if (unquotedParts.length === 0 || occursInOrder(unquotedParts, snapshot.folded)) return { found: true };
  }

  const wanted = splitAtEllipses(unquoted).join(' ');
  return { found: false, closest: closestPassage(wanted === '' ? foldedQuote : wanted, snapshot) };
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

/** Whether each part occurs after the previous one; taking the earliest match each time is never worse. */
function occursInOrder(parts: readonly string[], folded: string): boolean {
  let from = 0;
  for (const part of parts) {
    const at = folded.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
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
function closestPassage(quote: string, snapshot: FoldedText): string {
  const { folded } = snapshot;
  if (folded.length === 0) return '';
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
  const roughStart = best.start;
  for (let start = roughStart - coarseStep; start <= roughStart + coarseStep; start++) consider(start);

  return originalPassage(snapshot, best.start, best.start + length);
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
