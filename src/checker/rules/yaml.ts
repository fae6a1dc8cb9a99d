import { defineRule, reportReadProblems } from './define-rule.ts';
import { lines, WIRE_SOURCE_LINES, wireOnly } from './example-files.ts';

export const yaml = defineRule({
  id: 'yaml',
  severity: 'error',
  summary:
    'malformed YAML or frontmatter; duplicate keys; YAML tags and alias bombs; nesting past 64 levels; a source file that is not UTF-8',
  examples: {
    fails: wireOnly(lines('title: UN experts: hackers stole', ...WIRE_SOURCE_LINES.slice(1))),
    passes: wireOnly(lines('title: "UN experts: hackers stole"', ...WIRE_SOURCE_LINES.slice(1))),
  },
  check({ briefings, sources }, report) {
    // A briefing that is not UTF-8 is reported by mdx-syntax, as the body decides how it is read.
    for (const source of sources.values())
      reportReadProblems(report, source.file.path, [source.notUtf8, ...source.document.errors]);
    for (const briefing of briefings) {
      reportReadProblems(report, briefing.file.path, [
        briefing.frontmatterProblem,
        ...(briefing.document?.errors ?? []),
      ]);
    }
  },
});
