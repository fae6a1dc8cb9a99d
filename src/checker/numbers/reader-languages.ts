/**
 * The languages whose figures the number reader reads: its number words, scales, qualifiers and
 * currency words are English ("two billion", "up to", "won"), so a figure written in Korean,
 * Russian or Chinese ("20억 달러", "2 млрд долларов", "20亿美元") is not read as the writer meant it.
 */
export const READER_LANGUAGES: readonly string[] = ['en'];

/**
 * Whether the number reader reads text in a language, given as a BCP 47 tag (`en`, `en-GB`,
 * `ko`); its primary subtag decides. An unknown language (no tag) is taken as read, since the
 * contract's sources are in English unless they say otherwise.
 */
export function readsLanguage(tag: string | undefined): boolean {
  if (tag === undefined) return true;
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return READER_LANGUAGES.includes(primary);
}
