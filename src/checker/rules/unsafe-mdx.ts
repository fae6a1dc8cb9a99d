import { defineRule } from './define-rule.ts';
import { briefingOnWire, MARKED_BODY, theftBriefing } from './example-files.ts';

export const unsafeMdx = defineRule({
  id: 'unsafe-mdx',
  severity: 'error',
  summary: 'code in MDX, in safe mode (the default)',
  examples: {
    fails: briefingOnWire(theftBriefing({ body: `${MARKED_BODY} <script>alert(1)</script>` })),
    passes: briefingOnWire(theftBriefing()),
  },
  check({ briefings, options }, report) {
    if (options.safeMode === false) return;
    for (const briefing of briefings) {
      for (const finding of briefing.body?.unsafe ?? []) {
        const start = finding.position.start;
        report({
          file: briefing.file.path,
          point: { line: start.line, column: start.column },
          message: asDiagnosticText(finding.message),
        });
      }
    }
  },
});

/** Diagnostics read as one clause after the rule id: lower-case start, no closing full stop. */
function asDiagnosticText(message: string): string {
  const trimmed = message.replace(/\.$/, '');
  return /^[A-Z][a-z]*\b(?![-.])/.test(trimmed) && !/^[A-Z][a-z]*[A-Z]/.test(trimmed)
    ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1)
    : trimmed;
}
