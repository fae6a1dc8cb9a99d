import { sourceSchema } from '../schemas/index.ts';
import type { LoadedSource } from './model.ts';
import { validateFields } from './validate-fields.ts';
import type { TextFile } from './text-file.ts';
import { parseYamlDocument } from './yaml-document.ts';

/** Parses and validates one source file; its YAML errors and schema problems are kept for `yaml` and `schema`. */
export function loadSource(id: string, file: TextFile): LoadedSource {
  const document = parseYamlDocument(file);
  if (document.errors.length > 0) return { id, file, document, data: {}, schemaProblems: [] };

  if (document.value === undefined || document.value === null) {
    const empty = {
      point: { line: 1, column: 1 },
      message: 'the source file is empty; a source needs at least title, publisher and kind',
    };
    return { id, file, document, data: {}, schemaProblems: [empty] };
  }
  const { data, problems } = validateFields(sourceSchema, document.value, document);
  return { id, file, document, data, schemaProblems: problems };
}
