import { z } from 'astro/zod';

/** The form of every id and slug in the publication: lower-case words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A lower-case, hyphenated identifier such as `un-poe-2019-midterm`. */
export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, 'expected lower-case letters and digits joined by single hyphens, like "un-estimate"');
