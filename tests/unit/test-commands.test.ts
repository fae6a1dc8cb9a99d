import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../vitest.config.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

/** What would make a test slow or need more than Node: a browser, an Astro build, a dev server. */
const HEAVY =
  /playwright-core|launchBrowser|testBrowser|buildSite|runBuild|scripts\/build\.ts|astro\/bin\/astro\.mjs|useSession/;

function projectFiles(name: string): string[] {
  const project = (config.test?.projects ?? []).find(
    (entry): entry is { test: { name: string; include: string[] } } =>
      typeof entry === 'object' && (entry as { test?: { name?: string } }).test?.name === name,
  );
  if (!project) throw new Error(`no vitest project named ${name}`);
  return project.test.include.flatMap((pattern) => globSync(pattern, { cwd: PROJECT_ROOT }));
}

describe('the test commands', () => {
  it('keeps npm run test:quick free of browsers and builds, so the edit-test loop stays fast', () => {
    const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts['test:quick']).toBe('vitest run --project unit');
    const files = projectFiles('unit');
    expect(files.length).toBeGreaterThan(20);
    const self = relative(PROJECT_ROOT, import.meta.filename);
    const heavy = files.filter((file) => file !== self && HEAVY.test(readFileSync(join(PROJECT_ROOT, file), 'utf8')));
    expect(heavy, 'move these to tests/site/ or tests/hardening/site/').toEqual([]);
  });

  it('runs every test file in one project or the other', () => {
    const listed = new Set([...projectFiles('unit'), ...projectFiles('site')]);
    const all = globSync('tests/**/*.test.ts', { cwd: PROJECT_ROOT }).filter((file) => !file.includes('node_modules'));
    expect(all.filter((file) => !listed.has(file)).map((file) => relative('.', file))).toEqual([]);
  });
});
