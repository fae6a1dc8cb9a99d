import { findClaimMarks, publishedClaimIds } from './claim-marks.ts';
import { parseBody } from './parse-body.ts';

/**
 * The ids of the claims a briefing's body publishes, in the order a reader meets them, read with
 * the parser the site renders with. A body that does not parse marks nothing: the checker has
 * refused it, and the build never renders it.
 */
export function readClaimMarks(text: string): string[] {
  const parsed = parseBody(text);
  return 'tree' in parsed ? publishedClaimIds(findClaimMarks(parsed.tree)) : [];
}
