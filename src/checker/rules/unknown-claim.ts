import type { ClaimMark } from '../../reading/claim-marks.ts';
import { suggest } from '../suggest.ts';
import { frontmatterWasRead } from './readable.ts';
import { defineRule } from './define-rule.ts';
import { briefingOnWire, MARKED_BODY, theftBriefing } from './example-files.ts';

/** Why a `<Claim>` placed here would not be published as written, and how to fix it. */
function placementProblem(mark: ClaimMark, tag: string): string | undefined {
  switch (mark.placement) {
    case 'heading':
      return `${tag} is in a heading, where the page cannot show its sources; mark the claim in the text under the heading`;
    case 'html':
      return `${tag} is inside the HTML element <${mark.element ?? '?'}>, where the page cannot place its sources; move it out of the element into the text`;
    case 'unreferenced-footnote':
      return `${tag} is in footnote [^${mark.footnote ?? ''}], which nothing in the text refers to, so the site would not publish it; refer to the footnote with [^${mark.footnote ?? ''}] or move the claim into the text`;
    default:
      return undefined;
  }
}

export const unknownClaim = defineRule({
  id: 'unknown-claim',
  severity: 'error',
  summary: '`<Claim>` naming no claim, without an id, nested, empty, or where the page would not show it',
  examples: {
    fails: briefingOnWire(theftBriefing({ body: MARKED_BODY.replace('"theft"', '"thief"') })),
    passes: briefingOnWire(theftBriefing()),
  },
  check({ briefings }, report) {
    for (const briefing of briefings) {
      if (!frontmatterWasRead(briefing)) continue;
      const ids = briefing.claims.flatMap((entry) => (entry.id === undefined ? [] : [entry.id]));
      for (const mark of briefing.marks) {
        const file = briefing.file.path;
        const tag = `<Claim${mark.id !== undefined ? ` id="${mark.id}"` : ''}>`;
        if (mark.nestedIn !== undefined) {
          report({
            file,
            point: mark.point,
            message: `${tag} is inside ${mark.nestedIn ? `<Claim id="${mark.nestedIn}">` : 'another <Claim>'}; claims cannot nest: close one before opening the next`,
          });
        }
        if (mark.id === undefined) {
          report({
            file,
            point: mark.point,
            message: '<Claim> has no id; write <Claim id="..."> with the id of a claim in the frontmatter',
          });
        } else if (!ids.includes(mark.id)) {
          const nearest = suggest(mark.id, ids);
          report({
            file,
            point: mark.point,
            message:
              `${tag} names no claim of this briefing` +
              (nearest ? `; did you mean "${nearest}"?` : '; declare it in the frontmatter under claims:'),
          });
        }
        if (mark.empty) {
          report({
            file,
            point: mark.point,
            message: `${tag} marks no words, so the reader would have nothing to follow to its sources; wrap the words that make the claim: ${tag}...</Claim>`,
          });
        }
        const misplaced = placementProblem(mark, tag);
        if (misplaced) report({ file, point: mark.point, message: misplaced });
      }
    }
  },
});
