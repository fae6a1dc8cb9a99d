import { foldText, type FoldedText } from './quote-match.ts';
import { snapshotForQuotes } from './snapshot-for-quotes.ts';

/**
 * A W3C Web Annotation `TextQuoteSelector`: the quoted passage exactly as the snapshot words it,
 * with the text just before and after it, so other tools can find it again in the source.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where a quote sits in a snapshot, and how to point a browser at it. */
export interface QuoteAnchor {
  selector: TextQuoteSelector;
  /** The Text Fragment directive, `:~:text=...`, to put after `#` in the source's address. */
  fragment: string;
}

/** How much context a selector carries on each side; the Web Annotation model suggests about 32. */
const CONTEXT_LENGTH = 32;
/** Words of context a Text Fragment adds on each side when the quote alone is ambiguous. */
const FRAGMENT_CONTEXT_WORDS = 3;

/** An ellipsis, as `quote-mismatch` reads one: three dots, spaced or not, or `…`, maybe in brackets. */
const ELLIPSIS = /\s*\[?\s*(?:\.\s?){2,}\.\s*\]?\s*/;

/** A folded quote's parts between its ellipses. */
function splitParts(folded: string): string[] {
  return folded
    .split(ELLIPSIS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Percent-encodes a Text Fragment term: `-`, `,` and `&` are the directive's own syntax. */
function term(text: string): string {
  return encodeURIComponent(collapse(text)).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/** Context worth naming holds a word; a lone full stop does not tell two places apart. */
const HAS_WORD = /[\p{L}\p{N}]/u;
/** A blank line: where a paragraph ends, which a browser's Text Fragment context cannot cross. */
const PARAGRAPH_BREAK = /\n[ \t\r\f\v]*\n/;

/** The text before a quote within its own paragraph. */
function sameParagraphBefore(text: string): string {
  const parts = text.split(PARAGRAPH_BREAK);
  return parts[parts.length - 1] ?? '';
}
/** The text after a quote within its own paragraph. */
function sameParagraphAfter(text: string): string {
  return text.split(PARAGRAPH_BREAK)[0] ?? '';
}

function lastWords(text: string, count: number): string {
  return collapse(text).split(' ').slice(-count).join(' ');
}
function firstWords(text: string, count: number): string {
  return collapse(text).split(' ').slice(0, count).join(' ');
}

/**
 * Anchors a quote in its snapshot: the selector takes the snapshot's own words (so a quote typed
 * with straight quotes still anchors to the curly ones), and the Text Fragment names the quote,
 * or for a quote with an ellipsis its first and last fragments, adding the words before and after
 * only when the quote alone occurs more than once. Undefined when the quote is not in the snapshot
 * (which `quote-mismatch` reports).
 *
 * @param quote - the citation's quote, as the editor wrote it.
 * @param snapshot - the source's snapshot; `[page N]` lines are not part of its text.
 */
export function anchorQuote(quote: string, snapshot: string | PreparedSnapshot): QuoteAnchor | undefined {
  const { text, folded } = typeof snapshot === 'string' ? prepareSnapshot(snapshot) : snapshot;
  const foldedQuote = foldText(quote).folded.trim();
  // As the checker reads it: as written, else without quote marks put around the whole quote.
  let parts = splitParts(foldedQuote);
  let spans = locate(folded.folded, parts);
  if (spans === undefined) {
    parts = splitParts(foldedQuote.replace(/^["']+|["']+$/g, ''));
    spans = locate(folded.folded, parts);
  }
  if (spans === undefined || parts.length === 0) return undefined;
  const original = (foldedOffset: number): number =>
    foldedOffset >= folded.folded.length ? text.length : (folded.origins[foldedOffset] ?? text.length);
  const first = spans[0]!;
  const last = spans[spans.length - 1]!;
  const start = original(first.start);
  const end = original(last.end - 1) + 1;
  const exact = text.slice(start, end);
  const prefix = text.slice(Math.max(0, start - CONTEXT_LENGTH), start);
  const suffix = text.slice(end, end + CONTEXT_LENGTH);

  const ambiguous = occursTwice(folded.folded, parts);
  // Browsers match a Text Fragment's context within the block the quote is in, so the words
  // around it are taken from its own paragraph only (the selector keeps the full context).
  const before = sameParagraphBefore(text.slice(Math.max(0, start - CONTEXT_LENGTH * 4), start));
  const after = sameParagraphAfter(text.slice(end, end + CONTEXT_LENGTH * 4));
  const startText = text.slice(start, original(first.end - 1) + 1);
  const endText = spans.length > 1 ? text.slice(original(last.start), end) : undefined;
  const directive = [
    ambiguous && HAS_WORD.test(before) ? `${term(lastWords(before, FRAGMENT_CONTEXT_WORDS))}-` : undefined,
    term(startText),
    endText === undefined ? undefined : term(endText),
    ambiguous && HAS_WORD.test(after) ? `-${term(firstWords(after, FRAGMENT_CONTEXT_WORDS))}` : undefined,
  ].filter((piece): piece is string => piece !== undefined);
  return {
    selector: { type: 'TextQuoteSelector', exact, prefix, suffix },
    fragment: `:~:text=${directive.join(',')}`,
  };
}

/** A snapshot read once for anchoring: its text without page marks, folded as quotes are compared. */
export interface PreparedSnapshot {
  text: string;
  folded: FoldedText;
}

/** Reads a snapshot once, so every quote anchored in it shares the work. */
export function prepareSnapshot(snapshot: string): PreparedSnapshot {
  const { pages, folded } = snapshotForQuotes(snapshot);
  return { text: pages.text, folded };
}

/**
 * Anchors quotes in a library of snapshots by file name, preparing each snapshot at most once
 * however many quotes it backs; undefined for an unknown snapshot or a quote not in it.
 */
export function snapshotAnchorer(
  snapshots: Pick<ReadonlyMap<string, string>, 'get'>,
): (quote: string, snapshot: string) => QuoteAnchor | undefined {
  const prepared = new Map<string, PreparedSnapshot>();
  return (quote, name) => {
    let entry = prepared.get(name);
    if (!entry) {
      const text = snapshots.get(name);
      if (text === undefined) return undefined;
      entry = prepareSnapshot(text);
      prepared.set(name, entry);
    }
    return anchorQuote(quote, entry);
  };
}

/** Where each part occurs, in order, taking the earliest place each time; undefined if one does not. */
function locate(folded: string, parts: readonly string[]): { start: number; end: number }[] | undefined {
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const part of parts) {
    const at = folded.indexOf(part, from);
    if (at < 0) return undefined;
    spans.push({ start: at, end: at + part.length });
    from = at + part.length;
  }
  return spans;
}

/** Whether the quote's parts also occur, in order, somewhere after their first occurrence. */
function occursTwice(folded: string, parts: readonly string[]): boolean {
  const first = folded.indexOf(parts[0]!);
  let from = first + 1;
  for (const part of parts) {
    const at = folded.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/**
 * The address that opens a source at a quote: the archive copy's when there is one (it shows
 * what was cited), else the source's own. Only http(s) addresses are given; the fragment
 * replaces any fragment the address had.
 */
export function quoteLink(anchor: QuoteAnchor, address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  url.hash = '';
  return `${url.href}#${anchor.fragment}`;
}
