import { z } from 'astro/zod';

/**
 * YAML parsers disagree on dates: `yaml` (the checker) keeps `2019-09-16` as a string, js-yaml
 * (Astro's loaders) turns it into a Date, and both read a bare `2019` as a number. Normalise all
 * three to the string the editor wrote, so one schema serves the checker and the site.
 */
function normaliseDateInput(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when year, month and day name a day that exists (no 2019-02-30). */
export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isRealPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  return day === undefined || isRealDate(Number(year), Number(month), Number(day));
}

/** A calendar date written `YYYY-MM-DD`. */
export const isoDateSchema = z.preprocess(
  normaliseDateInput,
  z
    .string()
    .regex(FULL_DATE, { message: 'expected a date written YYYY-MM-DD', abort: true })
    .refine((text) => isRealPartialDate(text), 'expected a calendar date that exists'),
);

/** A date that may name only a year or a month: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDateSchema = z.preprocess(
  normaliseDateInput,
  z
    .string()
    .regex(PARTIAL_DATE, { message: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
    .refine((text) => isRealPartialDate(text), 'expected a calendar date that exists'),
);
