import { z } from 'astro/zod';

/** A JSON Schema document, as zod writes it (draft 2020-12). */
export type JsonSchema = Record<string, unknown>;

/** What a published schema says about itself. */
export interface SchemaHeading {
  /** The schema's own address, so a file's `$schema` can name it. */
  $id?: string;
  title: string;
  description: string;
}

/**
 * A zod schema as a JSON Schema document with a heading. `io` says which side of the schema to
 * describe: `output` for the exports (what a consumer reads), `input` for the editor schemas
 * (what an editor may type, before defaults and normalisation).
 */
export function jsonSchemaDocument(
  schema: z.ZodType,
  heading: SchemaHeading,
  io: 'input' | 'output',
  override?: (context: { zodSchema: unknown; jsonSchema: JsonSchema }) => void,
): JsonSchema {
  const { $schema, ...body } = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    ...(override && {
      override: (context) => {
        override(context);
      },
    }),
  }) as JsonSchema;
  return { $schema, ...heading, ...body };
}
