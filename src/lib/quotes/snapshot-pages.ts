import { foldText, matchQuote, type FoldedText } from './quote-match.ts';

/**
 * A snapshot of a paged document marks where each page begins with a line of its own, `[page 12]`
 * (content-format.md, "Snapshots and captures"). The marks locate quotes; they are not part of the
 * text a quote is compared with, so a quote may run from one page onto the next.
 */
const PAGE_MARK_LINE = /^[ \t]*\[page (\d{1,6})\][ \t]*$/;

/** The line that starts page `number` in a snapshot. */
export function pageMark(number: number): string {
  return `[page ${number}]`;
}

/** A page of a snapshot: its number and where its text starts in the unmarked text. */
export interface SnapshotPage {
  number: number;
  start: number;
}

/** A snapshot without its page marks, and where each marked page starts in what is left. */
export interface UnmarkedSnapshot {
  /** The snapshot's text with each page-mark line left empty, for quote comparison. */
  text: string;
  /** The marked pages in order; empty for a snapshot that marks no pages. */
  pages: SnapshotPage[];
}

/** Takes the page marks out of a snapshot, remembering where each page starts. */
export function unmarkPages(snapshot: string): UnmarkedSnapshot {
  if (!snapshot.includes('[page ')) return { text: snapshot, pages: [] };
  const pages: SnapshotPage[] = [];
  const lines = snapshot.split('\n');
  let text = '';
  lines.forEach((line, index) => {
    const mark = PAGE_MARK_LINE.exec(line);
    if (mark) pages.push({ number: Number(mark[1]), start: text.length });
    else text += line;
    if (index < lines.length - 1) text += '\n';
  });
  return { text, pages };
}

/** The page an offset of the unmarked text lies on, or undefined before the first mark. */
export function pageAt(pages: readonly SnapshotPage[], offset: number): number | undefined {
  let found: number | undefined;
  for (const page of pages) {
    if (page.start > offset) break;
    found = page.number;
  }
  return found;
}

/** The pages a locator names: `p. 12`, `pp. 12-13`, `page 12`, `pages 12–13`; undefined for any other locator. */
export function locatorPages(locator: string): { first: number; last: number } | undefined {
  const match = /^(?:pp?\.?|pages?)\s*(\d{1,6})(?:\s*[-–—]\s*(\d{1,6}))?$/i.exec(locator.trim());
  if (!match) return undefined;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  return last >= first ? { first, last } : undefined;
}

/** A paged snapshot folded page by page once, so many quotes can be placed on their pages. */
export interface PagedSnapshot {
  unmarked: UnmarkedSnapshot;
  /** Each page's text folded on its own, in the order of `unmarked.pages`. */
  folded: FoldedText[];
}

export function pagedSnapshot(unmarked: UnmarkedSnapshot): PagedSnapshot {
  const { text, pages } = unmarked;
  const folded = pages.map((page, index) => foldText(text.slice(page.start, pages[index + 1]?.start ?? text.length)));
  return { unmarked, folded };
}

/**
 * The pages a quote is found on: one page, or two when it runs over a page break; empty when it
 * is on no page or on none of two neighbours (it then fails `quote-mismatch`, or spans more).
 */
export function quotePages(quote: string, paged: PagedSnapshot): number[] {
  const { pages, text } = paged.unmarked;
  const found: number[] = [];
  paged.folded.forEach((page, index) => {
    if (matchQuote(quote, page).found) found.push(pages[index]!.number);
  });
  if (found.length > 0) return found;
  for (let index = 0; index + 1 < pages.length; index++) {
    const end = pages[index + 2]?.start ?? text.length;
    if (matchQuote(quote, foldText(text.slice(pages[index]!.start, end))).found)
      return [pages[index]!.number, pages[index + 1]!.number];
  }
  return [];
}

/** The page a passage of the snapshot (white space collapsed, as diagnostics show it) starts on. */
export function passagePage(passage: string, unmarked: UnmarkedSnapshot): number | undefined {
  if (unmarked.pages.length === 0 || passage === '') return undefined;
  const words = passage.split(' ').slice(0, 6);
  // Find the passage's first words in the unmarked text, across any white space.
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const at = pattern.exec(unmarked.text)?.index;
  return at === undefined ? undefined : pageAt(unmarked.pages, at);
}
