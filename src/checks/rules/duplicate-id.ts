import type { Rule } from '../model.ts';
import { briefingPoint } from './locate.ts';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  check({ briefings }, report) {
    for (const briefing of briefings) {
      const first = new Map<string, number>();
      for (const entry of briefing.claims) {
        if (entry.id === undefined) continue;
        const earlier = first.get(entry.id);
        if (earlier === undefined) {
          first.set(entry.id, entry.index);
          continue;
        }
        const earlierLine = briefingPoint(briefing, ['claims', earlier, 'id']).line;
        report({
          file: briefing.file.path,
          point: briefingPoint(briefing, ['claims', entry.index, 'id']),
          message: `claim id "${entry.id}" is already used by the claim on line ${earlierLine}; give each claim of a briefing its own id`,
        });
      }
    }
  },
};
