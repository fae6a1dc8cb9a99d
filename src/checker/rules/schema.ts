import { defineRule, reportReadProblems } from './define-rule.ts';
import { briefingOnWire, theftBriefing } from './example-files.ts';
import { FILE_START, sourcePoint } from './locate.ts';

export const schema = defineRule({
  id: 'schema',
  severity: 'error',
  summary:
    'a field missing, mistyped, outside its values or unknown; a bad file name, names differing only in case, a symbolic link or a stray file',
  examples: {
    fails: briefingOnWire(theftBriefing({ status: 'confimed' })),
    passes: briefingOnWire(theftBriefing()),
  },
  check({ refusedFiles, briefings, sources, snapshots }, report) {
    for (const { path, message } of refusedFiles) report({ file: path, point: FILE_START, message });
    for (const source of sources.values()) {
      reportReadProblems(report, source.file.path, [source.badName, ...source.schemaProblems]);
      const snapshot = source.data.snapshot;
      if (snapshot !== undefined && !snapshots.has(snapshot)) {
        report({
          file: source.file.path,
          point: sourcePoint(source, ['snapshot']),
          message: `snapshot "${snapshot}" does not exist; save the source's text as content/snapshots/${snapshot} or remove the field`,
        });
      }
    }
    for (const briefing of briefings)
      reportReadProblems(report, briefing.file.path, [briefing.badName, ...briefing.schemaProblems]);
  },
});
