import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * `_headers` path rules are written for a site at `/`. Under a sub-path the host sees the files
 * at `/briefings-desk/...`, so every rule must say so, or the policy and cache headers match
 * nothing.
 */
export function rebaseHeaderRules(text: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '') return text;
  return text.replace(/^\/(?=\S)/gm, `${prefix}/`);
}

/** Rewrites the built `_headers` for the site's base path, when there is one. */
export async function rebaseHeadersFile(outDir: string, base: string): Promise<void> {
  const path = join(outDir, '_headers');
  if (!existsSync(path)) return;
  await writeFile(path, rebaseHeaderRules(await readFile(path, 'utf8'), base));
}
