import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.ts';

/** The product's code: the site, the checker, the scripts and the configuration. */
const CODE = ['src/**/*.ts', 'src/**/*.astro', 'scripts/**/*.ts', 'astro.config.mjs'];

/** The environment variables a file reads, with where. */
function environmentReads(file: string): { name: string; file: string }[] {
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
  return [...text.matchAll(/process\.env(?:\[['"]([A-Za-z_]\w*)['"]\]|\.([A-Za-z_]\w*))(?!\s*=[^=])/g)].map(
    (match) => ({ name: match[1] ?? match[2] ?? '', file }),
  );
}

describe('the environment', () => {
  it('switches nothing the README does not document: every variable the product reads is in it', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const reads = globSync(CODE, { cwd: PROJECT_ROOT }).flatMap(environmentReads);
    // The reader itself must see what it looks for, or this test would pass on nothing.
    expect(reads.map(({ name }) => name)).toContain('SITE_URL');
    const undocumented = reads.filter(({ name }) => !readme.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
  });
});
