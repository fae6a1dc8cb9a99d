import { spawn } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, TEST_OUTPUT } from '../support/paths.ts';
import { fixtureSiteRoot } from '../support/sites.ts';

describe('astro dev', () => {
  it('reports a content error on save without crashing, and says so when it is fixed', async () => {
    // A copy of the fixture publication, whose config points at the project's src/ from the same depth.
    const root = join(TEST_OUTPUT, 'sites', 'dev', 'reader');
    await rm(root, { recursive: true, force: true });
    await cp(fixtureSiteRoot(PROJECT_ROOT, 'reader'), root, { recursive: true });
    const config = await readFile(join(root, 'astro.config.mjs'), 'utf8');
    await writeFile(join(root, 'astro.config.mjs'), config.replaceAll('../../../../', `${PROJECT_ROOT}/`));

    const server = spawn(
      process.execPath,
      [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0'],
      {
        cwd: root,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
      },
    );
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const waitFor = async (pattern: RegExp, from: number) => {
      await expect.poll(() => pattern.test(output.slice(from)), { timeout: 30_000, interval: 200 }).toBe(true);
      return output.length;
    };

    try {
      let mark = await waitFor(/watching for file changes/, 0);
      const file = join(root, 'content/briefings/crowded-claims.mdx');
      const good = await readFile(file, 'utf8');
      await writeFile(file, good.replace('status: disputed', 'status: bogus'));
      mark = await waitFor(
        /content\/briefings\/crowded-claims\.mdx:34:13: error \[schema\] "claims\[2\]\.status"/,
        mark,
      );
      await writeFile(file, good);
      await waitFor(/1 problem fixed/, mark);
      expect(server.exitCode).toBeNull();
    } finally {
      server.kill();
    }
  });
});
