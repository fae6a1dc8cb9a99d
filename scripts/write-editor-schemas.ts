/**
 * `npm run schemas`: writes the JSON Schemas of briefing frontmatter and source files, generated
 * from the zod schemas in src/schemas, where VS Code's YAML extension finds them (`schema/`).
 * Run it after changing a schema; a unit test fails while the committed files are out of date.
 *
 *   npm run schemas -- [--check]    --check: change nothing, exit 1 if a file is out of date
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { editorSchemaFiles } from './scaffold/editor-schema-files.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

for (const [path, text] of await editorSchemaFiles(ROOT)) {
  const file = join(ROOT, path);
  const current = await readFile(file, 'utf8').catch(() => undefined);
  if (current === text) continue;
  if (values.check) {
    process.stderr.write(`${path} is out of date with src/schemas; run npm run schemas\n`);
    process.exitCode = 1;
  } else {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    process.stdout.write(`wrote ${path}\n`);
  }
}
