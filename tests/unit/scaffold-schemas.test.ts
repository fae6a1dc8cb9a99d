import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editorSchemaFiles } from '../../scripts/scaffold/editor-schema-files.ts';
import { EDITOR_SCHEMA_PATHS } from '../../src/outputs/editor-schemas.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

/** A validator for one committed editor schema, as VS Code's YAML extension would apply it. */
function validator(path: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  return ajv.compile(JSON.parse(readFileSync(join(PROJECT_ROOT, path), 'utf8')) as object);
}

function contentFiles(folder: string, extension: string): string[] {
  const directory = join(PROJECT_ROOT, 'content', folder);
  return readdirSync(directory)
    .filter((name) => name.endsWith(extension))
    .map((name) => readFileSync(join(directory, name), 'utf8'));
}

describe('the editor schemas', () => {
  it('are committed exactly as npm run schemas writes them from src/schemas', async () => {
    for (const [path, text] of await editorSchemaFiles(PROJECT_ROOT)) {
      const committed = readFileSync(join(PROJECT_ROOT, path), 'utf8');
      expect(committed, `${path} is out of date with src/schemas; run npm run schemas`).toBe(text);
    }
  });

  it('carry the descriptions of the schema fields, for hover help in the editor', () => {
    const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, EDITOR_SCHEMA_PATHS.source), 'utf8')) as {
      properties: Record<string, { description?: string }>;
    };
    expect(schema.properties['publisher']?.description).toBe('The outlet or organisation that published it.');
  });

  it('accept every source of the sample publication, and a bare year as its date', () => {
    const valid = validator(EDITOR_SCHEMA_PATHS.source);
    for (const text of contentFiles('sources', '.yaml'))
      expect(valid(parse(text)), JSON.stringify(valid.errors)).toBe(true);
    expect(valid({ title: 'A report', publisher: 'UN', kind: 'official-report', published: 2019 })).toBe(true);
  });

  it('reject a misspelt field and a kind outside the list', () => {
    const valid = validator(EDITOR_SCHEMA_PATHS.source);
    expect(valid({ title: 'A report', publisher: 'UN', kind: 'official-report', publised: '2019' })).toBe(false);
    expect(valid.errors?.[0]).toMatchObject({
      keyword: 'additionalProperties',
      params: { additionalProperty: 'publised' },
    });
    expect(valid({ title: 'A report', publisher: 'UN', kind: 'blog' })).toBe(false);
  });

  it('accept the frontmatter of every sample briefing, and a bare `status: false`', () => {
    const valid = validator(EDITOR_SCHEMA_PATHS.briefing);
    for (const text of contentFiles('briefings', '.mdx')) {
      const frontmatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as unknown;
      expect(valid(frontmatter), JSON.stringify(valid.errors)).toBe(true);
    }
    const claim = { id: 'a', text: 'A claim.', status: false, citations: [{ source: 'b', stance: 'disputes' }] };
    expect(valid({ title: 'T', summary: 'S.', published: '2024-01-02', claims: [claim] })).toBe(true);
    expect(valid({ title: 'T', summary: 'S.', published: '2024-01-02', claims: [] })).toBe(false);
  });
});
