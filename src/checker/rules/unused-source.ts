import { SLUG_PATTERN } from '../../schemas/index.ts';
import { FILE_START } from './locate.ts';
import { frontmatterWasRead } from './readable.ts';
import { defineRule } from './define-rule.ts';
import { briefingOnWire, theftBriefing, WIRE_SOURCE, wireOnly } from './example-files.ts';

export const unusedSource = defineRule({
  id: 'unused-source',
  severity: 'warn',
  summary: 'a source no briefing cites',
  examples: {
    fails: wireOnly(WIRE_SOURCE),
    passes: briefingOnWire(theftBriefing()),
  },
  check({ briefings, sources, partial }, report) {
    // What an unreadable briefing cites is unknown, so no source can be called unused until it is fixed.
    if (partial?.unreadElsewhere === true || !briefings.every(frontmatterWasRead)) return;
    const cited = new Set<string>(partial?.citedElsewhere);
    for (const briefing of briefings) {
      for (const entry of briefing.claims) {
        for (const citation of entry.citations) {
          if (citation.source !== undefined) cited.add(citation.source);
          if (citation.via !== undefined) cited.add(citation.via);
        }
      }
    }
    for (const source of sources.values()) {
      // A file whose name is not an id cannot be cited at all; its schema error says to rename it.
      if (cited.has(source.id) || !SLUG_PATTERN.test(source.id)) continue;
      report({
        file: source.file.path,
        point: FILE_START,
        message: `source "${source.id}" is cited by no briefing; cite it (source: ${source.id}) or delete the file`,
      });
    }
  },
});
