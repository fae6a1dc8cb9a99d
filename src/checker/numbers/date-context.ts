/**
 * Whether a plain figure is part of a date ("16 September", "September 16, 2019", "August 2019"). Dates in a
 * headline are not quantities, so the headline rule needs to tell them apart from counts.
 */

/**
 * Month names and their usual abbreviations, capitalised only: lower-case "may" and "march" are verbs far more
 * often than months.
 */
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

/** A month (and optionally a day) ending just before the figure: "September 16", "September 16, 2019". */
const MONTH_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${MONTHS})\\.?,?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?$`, 'u');

/** A month starting just after the figure: "16 September", "16 of September". */
const MONTH_AFTER_RE = new RegExp(`^\\s+(?:of\\s+)?(?:${MONTHS})(?![\\p{L}])`, 'u');

/** How far to look either side; enough for "September 16, " and bounded so the check costs the same anywhere. */
const WINDOW = 24;

/**
 * True when a month name is next to the figure spanning `start`..`end`, either side. The caller decides which
 * figures can be date parts (plain days and years); this only looks at the neighbours.
 */
export function isNextToMonth(text: string, start: number, end: number): boolean {
  return (
    MONTH_BEFORE_RE.test(text.slice(Math.max(0, start - WINDOW), start)) ||
    MONTH_AFTER_RE.test(text.slice(end, end + WINDOW))
  );
}
