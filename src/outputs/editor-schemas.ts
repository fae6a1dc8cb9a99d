import { briefingSchema, claimSchema, partialDateSchema, sourceSchema } from '../schemas/index.ts';
import { jsonSchemaDocument, type JsonSchema } from './json-schema.ts';

/**
 * Where the editor schemas are committed, relative to the project root. VS Code's YAML extension
 * applies the source schema to content/sources/*.yaml through `.vscode/settings.json` and the
 * modeline `npm run new:source` writes; the frontmatter schema serves tools that read YAML
 * frontmatter, and documents it (VS Code checks MDX frontmatter only through Astro's extension).
 */
export const EDITOR_SCHEMA_PATHS = {
  briefing: 'schema/briefing-frontmatter.schema.json',
  source: 'schema/source.schema.json',
} as const;

const statusSchema = claimSchema.shape.status;

/**
 * The content schemas accept a little more than their JSON form says, because YAML reads some
 * values as other types than the editor meant and the schemas normalise them: a bare year
 * (`published: 2019`) is a number, and `status: false` a boolean. Without this an editor would
 * see a warning the checker never gives.
 */
function acceptYamlScalars({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  if (zodSchema === partialDateSchema && jsonSchema['anyOf'] === undefined) {
    const text = { type: jsonSchema['type'], pattern: jsonSchema['pattern'] };
    delete jsonSchema['type'];
    delete jsonSchema['pattern'];
    jsonSchema['anyOf'] = [text, { type: 'integer', minimum: 1000, maximum: 9999, description: 'A year on its own.' }];
  }
  if (zodSchema === statusSchema && Array.isArray(jsonSchema['enum']) && !jsonSchema['enum'].includes(false)) {
    jsonSchema['type'] = ['string', 'boolean'];
    jsonSchema['enum'] = [...(jsonSchema['enum'] as unknown[]), false];
  }
}

/** The JSON Schemas of what editors write, by the path they are committed at. */
export function editorSchemas(): Map<string, JsonSchema> {
  return new Map([
    [
      EDITOR_SCHEMA_PATHS.briefing,
      jsonSchemaDocument(
        briefingSchema,
        {
          title: 'Corroborate briefing frontmatter',
          description:
            'The frontmatter of content/briefings/<slug>.mdx. Generated from src/schemas by npm run schemas; do not edit.',
        },
        'input',
        acceptYamlScalars,
      ),
    ],
    [
      EDITOR_SCHEMA_PATHS.source,
      jsonSchemaDocument(
        sourceSchema,
        {
          title: 'Corroborate source',
          description:
            'A source file, content/sources/<id>.yaml. Generated from src/schemas by npm run schemas; do not edit.',
        },
        'input',
        acceptYamlScalars,
      ),
    ],
  ]);
}
