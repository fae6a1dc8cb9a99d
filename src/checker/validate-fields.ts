import type { z } from 'astro/zod';
import type { ReadProblem } from './model.ts';
import { describeSchemaIssues } from './schema-issues.ts';
import type { YamlDocument } from './yaml-document.ts';

/**
 * Validates a strict object and describes every issue at its own position; then keeps each field
 * that is valid on its own, so one bad field does not hide the rest of the file from other rules.
 */
export function validateFields<Shape extends z.core.$ZodShape>(
  schema: z.ZodObject<Shape>,
  value: unknown,
  document: YamlDocument,
): { data: Partial<z.output<z.ZodObject<Shape>>>; problems: ReadProblem[] } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, problems: [] };
  const problems = describeSchemaIssues(schema, result.error.issues, value).map((problem) => ({
    point: problem.atKey ? document.locateKey(problem.path) : document.locate(problem.path),
    message: problem.message,
  }));
  const valid: Record<string, unknown> = {};
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, fieldSchema] of Object.entries(schema.shape)) {
      const field = (fieldSchema as z.ZodType).safeParse((value as Record<string, unknown>)[key]);
      if (field.success && field.data !== undefined) valid[key] = field.data;
    }
  }
  return { data: valid as Partial<z.output<z.ZodObject<Shape>>>, problems };
}
