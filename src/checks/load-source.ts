import { sourceSchema } from '../schemas/index.ts';
import type { Finding } from './diagnostic.ts';
import type { LoadedSource } from './model.ts';
import { validateFields } from './validate-fields.ts';
import type { TextFile } from './text-file.ts';
import { parseYamlDocument } from './yaml-document.ts';

/** Parses and validates one source file; reports `yaml` and `schema` problems as it goes. */
export function loadSource(id: string, file: TextFile, report: (finding: Finding) => void): LoadedSource {
  const document = parseYamlDocument(file);
  for (const error of document.errors)
    report({ rule: 'yaml', file: file.path, point: error.point, message: error.message });
  if (document.errors.length > 0) return { id, file, document, data: {} };

  if (document.value === undefined || document.value === null) {
    report({
      rule: 'schema',
      file: file.path,
      point: { line: 1, column: 1 },
      message: 'the source file is empty; a source needs at least title, publisher and kind',
    });
    return { id, file, document, data: {} };
  }
  const data = validateFields(sourceSchema, document.value, document, file.path, report);
  return { id, file, document, data };
}
