import type { z } from 'astro/zod';
import type { FieldPath } from './yaml-document.ts';
import { suggest } from './suggest.ts';

/** A schema problem worded for an editor, with the path it concerns. */
export interface SchemaProblem {
  path: FieldPath;
  /** True when the position should be the key (an unknown field), not the value. */
  atKey: boolean;
  message: string;
}

/** Renders a path as an editor would read it: `claims[0].citations[1].source`. */
export function fieldName(path: FieldPath): string {
  let name = '';
  for (const step of path) name += typeof step === 'number' ? `[${step}]` : `${name ? '.' : ''}${String(step)}`;
  return name || '(the whole file)';
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  date: 'a date',
};

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `${typeof value === 'number' ? 'the number' : 'the value'} ${value.toString()}`;
  }
  return 'an unexpected value';
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/** Zod keeps wrappers (optional, default, preprocess pipes) around the schema that describes a field. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType; out?: z.core.$ZodType };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType)
      current = def.innerType;
    else if (def.type === 'pipe' && def.out) current = def.out;
    else return current;
  }
}

/** The schema of the field at `path`, to read its description and known keys. */
function schemaAt(root: z.core.$ZodType, path: FieldPath): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = root;
  for (const step of path) {
    if (!current) return undefined;
    const def = unwrap(current)._zod.def as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
    };
    if (def.type === 'object' && typeof step === 'string') current = def.shape?.[step];
    else if (def.type === 'array') current = def.element;
    else return undefined;
  }
  return current;
}

function describedAs(root: z.core.$ZodType, path: FieldPath): string {
  const schema = schemaAt(root, path) as { description?: string } | undefined;
  return schema?.description ? ` (${schema.description.replace(/\.$/, '')})` : '';
}

function knownKeys(root: z.core.$ZodType, path: FieldPath): string[] {
  const schema = schemaAt(root, path);
  const def = schema ? (unwrap(schema)._zod.def as { type: string; shape?: Record<string, unknown> }) : undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/**
 * Turns zod's issues into messages that say what is wrong, what was expected and how to fix it,
 * using the fields' own descriptions so the message teaches the format.
 */
export function describeSchemaIssues(
  root: z.core.$ZodType,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const described = new Set<string>();
  for (const issue of issues) {
    const path = issue.path;
    const field = fieldName(path);
    // Zod can report one value twice ("yesterday" is neither YYYY-MM-DD nor a day that exists);
    // the first issue is the cause, and a second line at the same place only adds noise.
    if (issue.code !== 'unrecognized_keys') {
      if (described.has(field)) continue;
      described.add(field);
    }
    const value = valueAt(data, path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const keys = knownKeys(root, path);
        for (const key of issue.keys) {
          const nearest = suggest(key, keys);
          const where = path.length ? ` in ${fieldName(path)}` : '';
          problems.push({
            path: [...path, key],
            atKey: true,
            message:
              `unknown field "${key}"${where}` +
              (nearest ? `; did you mean "${nearest}"?` : `; expected one of: ${keys.join(', ')}`) +
              ' (a misspelt field would otherwise be silently ignored)',
          });
        }
        break;
      }
      case 'invalid_type': {
        if (value === undefined) {
          problems.push({ path, atKey: false, message: `missing required field "${field}"${describedAs(root, path)}` });
        } else {
          const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
          const hint = issue.expected === 'array' ? '; write [a, b] or one "- item" per line' : '';
          problems.push({
            path,
            atKey: false,
            message: `"${field}" should be ${expected}, not ${describeValue(value)}${hint}`,
          });
        }
        break;
      }
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        if (value === undefined) {
          const description = describedAs(root, path);
          const values = allowed.every((option) => description.includes(option))
            ? ''
            : `; expected one of: ${allowed.join(', ')}`;
          problems.push({ path, atKey: false, message: `missing required field "${field}"${description}${values}` });
          break;
        }
        const nearest = typeof value === 'string' ? suggest(value, allowed) : undefined;
        problems.push({
          path,
          atKey: false,
          message:
            `"${field}" is ${describeValue(value)}; expected one of: ${allowed.join(', ')}` +
            (nearest ? `. Did you mean "${nearest}"?` : ''),
        });
        break;
      }
      case 'invalid_union': {
        // Each alternative says what it expected; together they say what the field may be.
        const expected = issue.errors.flatMap((branch) =>
          branch.flatMap((inner) =>
            inner.code === 'invalid_type' && inner.path.length === 0
              ? [TYPE_WORDS[inner.expected] ?? inner.expected]
              : [],
          ),
        );
        const message =
          expected.length === issue.errors.length
            ? `"${field}" should be ${[...new Set(expected)].join(' or ')}, not ${describeValue(value)}`
            : `"${field}" is ${describeValue(value)}: ${issue.message}`;
        problems.push({ path, atKey: false, message });
        break;
      }
      case 'too_small': {
        const message =
          issue.origin === 'array'
            ? `"${field}" needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}${describedAs(root, path)}`
            : `"${field}" ${issue.message}`;
        problems.push({ path, atKey: false, message });
        break;
      }
      default:
        problems.push({ path, atKey: false, message: `"${field}" is ${describeValue(value)}: ${issue.message}` });
    }
  }
  return problems;
}
