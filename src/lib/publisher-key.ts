/**
 * The form in which two publisher names are compared, so that one outlet counts once however its name is
 * typed: `SC Media UK`, `SC Media UK.`, `sc media  uk` and `SC Mеdia UK` (with a Cyrillic е) are one publisher.
 * Case, punctuation, white space and invisible characters are folded, and look-alike characters are mapped
 * to one prototype by Unicode's confusables data (the TR39 skeleton: NFD, map, NFD).
 */
import unhomoglyph from 'unhomoglyph';

/** Punctuation, white space, separators and format characters: none of them makes a name another outlet. */
const IGNORED = /[\p{P}\p{Z}\s\p{Cf}]/gu;

/** The TR39 skeleton of a string: decomposed, each confusable mapped to its prototype, decomposed again. */
function skeleton(text: string): string {
  return unhomoglyph(text.normalize('NFD')).normalize('NFD');
}

/**
 * The key two publisher names are equal under when readers would take them for the same outlet. The key is for
 * comparing only; it is not meant to be shown ("m" becomes "rn", as the confusables data says it looks).
 */
export function publisherKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    // Skeleton before and after lower-casing: capitals and small letters have look-alikes of their own.
    key = skeleton(skeleton(name.normalize('NFKC')).toLowerCase()).replace(IGNORED, '');
    if (KEYS.size >= MAX_REMEMBERED) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}

/**
 * Keys already computed: a publication names a few hundred publishers tens of thousands of times, and the
 * confusables mapping is one regular expression of thousands of alternatives.
 */
const KEYS = new Map<string, string>();
const MAX_REMEMBERED = 10_000;
