import { FILE_START } from './locate.ts';
import { defineRule } from './define-rule.ts';
import { lines, WIRE_SOURCE_LINES, wireOnly } from './example-files.ts';

export const archiveMissing = defineRule({
  id: 'archive-missing',
  severity: 'warn',
  summary: 'a source with a url and no archive copy',
  examples: {
    fails: wireOnly(lines(...WIRE_SOURCE_LINES, 'url: https://wire.example.org/2019/08/05/hackers')),
    passes: wireOnly(
      lines(
        ...WIRE_SOURCE_LINES,
        'url: https://wire.example.org/2019/08/05/hackers',
        'archive: { url: https://archive.ph/2xK9q, date: 2019-08-06 }',
      ),
    ),
  },
  check({ sources }, report) {
    for (const source of sources.values()) {
      if (source.data.url === undefined || source.data.archive !== undefined) continue;
      // An archive with a bad field is there all the same; the schema error says what to fix.
      if ((source.document.value as { archive?: unknown } | null | undefined)?.archive !== undefined) continue;
      report({
        file: source.file.path,
        point: FILE_START,
        message:
          'source has a url but no archive copy; pages move and vanish: save one (web.archive.org/save) and add archive: { url, date }',
      });
    }
  },
});
