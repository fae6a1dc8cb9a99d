import type { Rule } from '../model.ts';
import { FILE_START } from './locate.ts';

export const unusedSource: Rule = {
  id: 'unused-source',
  check({ briefings, sources }, report) {
    const cited = new Set<string>();
    for (const briefing of briefings) {
      for (const entry of briefing.claims) {
        for (const citation of entry.citations) {
          if (citation.source !== undefined) cited.add(citation.source);
          if (citation.via !== undefined) cited.add(citation.via);
        }
      }
    }
    for (const source of sources.values()) {
      if (cited.has(source.id)) continue;
      report({
        file: source.file.path,
        point: FILE_START,
        message: `source "${source.id}" is cited by no briefing; cite it (source: ${source.id}) or delete the file`,
      });
    }
  },
};
