import { format, resolveConfig } from 'prettier';
import { editorSchemas } from '../../src/outputs/editor-schemas.ts';

/**
 * The editor schema files as they are committed: generated from the zod schemas, then formatted
 * by Prettier with the project's settings, so `prettier --check` and the staleness test agree.
 */
export async function editorSchemaFiles(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [path, schema] of editorSchemas()) {
    const options = await resolveConfig(`${root}/${path}`);
    files.set(path, await format(JSON.stringify(schema), { ...options, filepath: path }));
  }
  return files;
}
