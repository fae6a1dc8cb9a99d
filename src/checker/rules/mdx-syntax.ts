import { defineRule, reportReadProblems } from './define-rule.ts';
import { briefingOnWire, MARKED_BODY, theftBriefing } from './example-files.ts';

export const mdxSyntax = defineRule({
  id: 'mdx-syntax',
  severity: 'error',
  summary: "MDX that does not parse; nesting or emphasis past the parser's safe limits; a briefing that is not UTF-8",
  examples: {
    fails: briefingOnWire(theftBriefing({ body: MARKED_BODY.replace('</Claim>', '') })),
    passes: briefingOnWire(theftBriefing()),
  },
  check({ briefings }, report) {
    for (const briefing of briefings) {
      reportReadProblems(report, briefing.file.path, [briefing.notUtf8, briefing.syntaxError]);
    }
  },
});
