import type { Rule } from '../model.ts';
import { FILE_START } from './locate.ts';

export const archiveMissing: Rule = {
  id: 'archive-missing',
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
};
