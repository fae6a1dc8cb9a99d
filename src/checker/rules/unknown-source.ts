import { SLUG_PATTERN } from '../../schemas/index.ts';
import { nearestId, suggestionCapNote } from '../suggest.ts';
import { briefingPoint } from './locate.ts';
import { defineRule } from './define-rule.ts';
import { briefingOnWire, theftBriefing } from './example-files.ts';

export const unknownSource = defineRule({
  id: 'unknown-source',
  severity: 'error',
  summary: 'a citation naming no source (with a "did you mean" for ids up to 64 characters)',
  examples: {
    fails: { files: { 'content/briefings/panel-report.mdx': theftBriefing() } },
    passes: briefingOnWire(theftBriefing()),
  },
  check({ briefings, sources, partial }, report) {
    // Only ids a citation may name: suggesting a badly named file's name would suggest another error.
    // The library's ids in the order a full check loads them, so a partial check suggests the same
    // id even where the number of ids compared is capped.
    const ids = [...new Set([...(partial?.sourceIds ?? []), ...sources.keys()])].filter((id) => SLUG_PATTERN.test(id));
    const exists = (id: string) => sources.has(id) || partial?.sourceIds.has(id) === true;
    for (const briefing of briefings) {
      for (const entry of briefing.claims) {
        entry.citations.forEach((citation, index) => {
          for (const field of ['source', 'via'] as const) {
            const id = citation[field];
            if (id === undefined || exists(id)) continue;
            const search = nearestId(id, ids);
            const nearest = search.suggestion;
            report({
              file: briefing.file.path,
              point: briefingPoint(briefing, ['claims', entry.index, 'citations', index, field]),
              message:
                `citation ${field} "${id}" does not exist` +
                (nearest
                  ? `; did you mean "${nearest}"?`
                  : `; add content/sources/${id}.yaml or cite an existing source${suggestionCapNote(search)}`),
            });
          }
        });
      }
    }
  },
});
