import type { z } from 'astro/zod';
import type { Finding } from './diagnostic.ts';
import { describeSchemaIssues } from './schema-issues.ts';
import type { YamlDocument } from './yaml-document.ts';

/**
 * Validates a strict object and reports every issue at its own position; then keeps each field
 * that is valid on its own, so one bad field does not hide the rest of the file from other rules.
 */
export function validateFields<Shape extends z.core.$ZodShape>(
  schema: z.ZodObject<Shape>,
  value: unknown,
  document: YamlDocument,
  file: string,
  report: (finding: Finding) => void,
  skip: readonly string[] = [],
): Partial<z.output<z.ZodObject<Shape>>> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = describeSchemaIssues(schema, result.error.issues, value).filter(
    (problem) => !skip.includes(String(problem.path[0])),
  );
  for (const problem of problems) {
    const point = problem.atKey ? document.locateKey(problem.path) : document.locate(problem.path);
    report({ rule: 'schema', file, point, message: problem.message });
  }
  const valid: Record<string, unknown> = {};
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, fieldSchema] of Object.entries(schema.shape)) {
      if (skip.includes(key)) continue;
      const field = (fieldSchema as z.ZodType).safeParse((value as Record<string, unknown>)[key]);
      if (field.success && field.data !== undefined) valid[key] = field.data;
    }
  }
  return valid as Partial<z.output<z.ZodObject<Shape>>>;
}
