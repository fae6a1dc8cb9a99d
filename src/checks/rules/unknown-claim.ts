import type { Rule } from '../model.ts';
import { suggest } from '../suggest.ts';
import { frontmatterWasRead } from './readable.ts';

export const unknownClaim: Rule = {
  id: 'unknown-claim',
  check({ briefings }, report) {
    for (const briefing of briefings) {
      if (!frontmatterWasRead(briefing)) continue;
      const ids = briefing.claims.flatMap((entry) => (entry.id === undefined ? [] : [entry.id]));
      for (const mark of briefing.marks) {
        const file = briefing.file.path;
        if (mark.nestedIn !== undefined) {
          report({
            file,
            point: mark.point,
            message: `<Claim${mark.id ? ` id="${mark.id}"` : ''}> is inside ${mark.nestedIn ? `<Claim id="${mark.nestedIn}">` : 'another <Claim>'}; claims cannot nest: close one before opening the next`,
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
              `<Claim id="${mark.id}"> names no claim of this briefing` +
              (nearest ? `; did you mean "${nearest}"?` : '; declare it in the frontmatter under claims:'),
          });
        }
      }
    }
  },
};
