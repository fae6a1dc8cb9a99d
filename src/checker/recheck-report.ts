/**
 * What a re-check while editing prints (`npm run check -- --watch` and `astro dev` alike): not
 * the whole report again, only what the save changed. Both callers use this one function, so an
 * editor reads the same lines in either terminal.
 */
export function recheckReport(
  before: ReadonlySet<string>,
  after: readonly string[],
  changed: readonly string[],
  summary: string,
): string[] {
  const added = after.filter((line) => !before.has(line));
  const now = new Set(after);
  const fixed = [...before].filter((line) => !now.has(line)).length;
  const what = changed.length === 1 ? changed[0]! : plural(changed.length, 'file');
  return [
    `Re-checked after ${what} changed: ${plural(added.length, 'new problem')}, ${fixed} fixed`,
    ...added,
    summary,
  ];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
