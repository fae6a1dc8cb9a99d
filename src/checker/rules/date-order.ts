import { isEntirelyAfter, isEntirelyBefore } from '../../lib/partial-date.ts';
import { briefingPoint, sourcePoint } from './locate.ts';
import { defineRule } from './define-rule.ts';
import { lines, WIRE_SOURCE, WIRE_SOURCE_LINES, wireOnly } from './example-files.ts';

export const dateOrder = defineRule({
  id: 'date-order',
  severity: 'error',
  summary: 'dates out of order or in the future',
  examples: {
    fails: wireOnly(lines(...WIRE_SOURCE_LINES, 'accessed: 2019-08-01')),
    passes: wireOnly(WIRE_SOURCE),
  },
  check({ briefings, sources, today }, report) {
    const future = (date: string): boolean => isEntirelyAfter(date, today);

    for (const source of sources.values()) {
      const { published, accessed, archive } = source.data;
      const file = source.file.path;
      const dated: [readonly PropertyKey[], string | undefined, string, string][] = [
        [['published'], published, 'published', ''],
        [['accessed'], accessed, 'accessed', 'a source cannot be read before it exists'],
        [['archive', 'date'], archive?.date, 'archive.date', 'a copy cannot predate its source'],
      ];
      for (const [path, date, name] of dated) {
        if (date !== undefined && future(date)) {
          report({
            file,
            point: sourcePoint(source, path),
            message: `${name} ${date} lies in the future (today is ${today}); correct the date`,
          });
        }
      }
      if (published === undefined) continue;
      for (const [path, date, name, reason] of dated.slice(1)) {
        if (date !== undefined && isEntirelyBefore(date, published)) {
          report({
            file,
            point: sourcePoint(source, path),
            message: `${name} ${date} is before the source was published (${published}); ${reason}: correct one of the dates`,
          });
        }
      }
    }

    for (const briefing of briefings) {
      const { published, updated, corrections } = briefing.data;
      const file = briefing.file.path;
      const at = (path: readonly PropertyKey[]) => briefingPoint(briefing, path);
      /**
       * A claim's history is dated by when the briefing first published each earlier status: the
       * first no earlier than the briefing, each no earlier than the one before, and none after the
       * briefing's last date (its current status was published on or after the last of them).
       */
      const checkHistory = (history: readonly { date: string }[], claimIndex: number) => {
        history.forEach((entry, entryIndex) => {
          const point = at(['claims', claimIndex, 'history', entryIndex, 'date']);
          const previous = history[entryIndex - 1];
          if (future(entry.date)) {
            report({
              file,
              point,
              message: `history date ${entry.date} lies in the future (today is ${today}); give the day the claim was first published with that status`,
            });
          } else if (entryIndex === 0 && published !== undefined && entry.date < published) {
            report({
              file,
              point,
              message: `history date ${entry.date} is before the briefing was published (${published}); a claim's first status dates from the briefing's publication or later: correct the date`,
            });
          } else if (previous !== undefined && entry.date < previous.date) {
            report({
              file,
              point,
              message: `history date ${entry.date} is before the entry above it (${previous.date}); list a claim's history oldest first`,
            });
          } else if (
            entryIndex === history.length - 1 &&
            published !== undefined &&
            entry.date > (updated ?? published)
          ) {
            report({
              file,
              point,
              message: `history date ${entry.date} is after the briefing's ${updated === undefined ? 'publication' : 'update'} (${updated ?? published}); the claim's current status was published later, so set updated to ${entry.date} or later`,
            });
          }
        });
      };
      if (published !== undefined && future(published)) {
        report({
          file,
          point: at(['published']),
          message: `published ${published} lies in the future (today is ${today}); give the day the briefing was first published`,
        });
      }
      if (updated !== undefined && future(updated)) {
        report({
          file,
          point: at(['updated']),
          message: `updated ${updated} lies in the future (today is ${today}); correct the date`,
        });
      }
      if (published !== undefined && updated !== undefined && updated < published) {
        report({
          file,
          point: at(['updated']),
          message: `updated ${updated} is before published ${published}; updated must be the same day or later`,
        });
      }
      corrections?.forEach((correction, index) => {
        if (future(correction.date)) {
          report({
            file,
            point: at(['corrections', index, 'date']),
            message: `correction date ${correction.date} lies in the future (today is ${today}); correct the date`,
          });
        } else if (published !== undefined && correction.date < published) {
          report({
            file,
            point: at(['corrections', index, 'date']),
            message: `correction date ${correction.date} is before the briefing was published (${published}); correct the date`,
          });
        }
      });

      for (const { claim, index } of briefing.claims) {
        checkHistory(claim?.history ?? [], index);
      }

      const lastDate = [published, updated]
        .filter((date) => date !== undefined)
        .sort()
        .at(-1);
      if (lastDate === undefined) continue;
      for (const { claim, index } of briefing.claims) {
        claim?.citations.forEach((citation, citationIndex) => {
          // The source a citation was seen through is cited too, and could not be read before it existed either.
          for (const field of ['source', 'via'] as const) {
            const id = citation[field];
            const sourcePublished = id === undefined ? undefined : sources.get(id)?.data.published;
            if (sourcePublished === undefined || !isEntirelyAfter(sourcePublished, lastDate)) continue;
            report({
              file,
              point: at(['claims', index, 'citations', citationIndex, field]),
              message:
                `${field === 'via' ? 'via source' : 'source'} "${id}" was published ${sourcePublished}, after this briefing's last date ${lastDate}; ` +
                'a briefing cannot cite what did not exist yet: set updated, or check the source date',
            });
          }
        });
      }
    }
  },
});
