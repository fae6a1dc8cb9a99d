import { foldText, type FoldedText } from './quote-match.ts';
import { unmarkPages, type UnmarkedSnapshot } from './snapshot-pages.ts';

/** A snapshot read for its quotes: its text without page marks (with where each page starts), folded. */
export interface SnapshotForQuotes {
  pages: UnmarkedSnapshot;
  folded: FoldedText;
}

/**
 * How much snapshot text stays remembered, in characters: a briefing cites up to a hundred
 * snapshots of a few thousand characters, and each character remembered costs about six bytes
 * (the text, its folded copy, their offsets), so at most about 25 MB.
 */
export const REMEMBERED_CHARACTERS = 4_000_000;

/** The last snapshots read, by their text, least recently used first. */
const remembered = new Map<string, SnapshotForQuotes>();
let rememberedCharacters = 0;

/**
 * Reads a snapshot for its quotes, remembering the last ones read by their text. `astro dev`
 * checks a saved briefing's quotes, and renders its page, against the same snapshots on every
 * save: folding them was a sixth of a save's check and of the page's render. Keyed by the text
 * itself, a snapshot that changed is read afresh; the result is shared, so callers never change it.
 */
export function snapshotForQuotes(text: string): SnapshotForQuotes {
  const known = remembered.get(text);
  if (known) {
    // Used again: move it to the end, the most recently used.
    remembered.delete(text);
    remembered.set(text, known);
    return known;
  }
  const pages = unmarkPages(text);
  const read = { pages, folded: foldText(pages.text) };
  remembered.set(text, read);
  rememberedCharacters += text.length;
  for (const oldest of remembered.keys()) {
    if (rememberedCharacters <= REMEMBERED_CHARACTERS) break;
    remembered.delete(oldest);
    rememberedCharacters -= oldest.length;
  }
  return read;
}
