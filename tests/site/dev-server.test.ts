import { spawn } from 'node:child_process';
import { cp, mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testBrowser } from '../support/browser.ts';
import { buildEnvironment } from '../support/build-site.ts';
import { PROJECT_ROOT, TEST_OUTPUT } from '../support/paths.ts';
import { builtSite, fixtureSiteRoot } from '../support/sites.ts';

/**
 * Saves `text` to `path` as an editor saves a long file: the file emptied and written in two
 * pieces, 20 ms apart. Vite's watcher announces the first write and drops the same file's changes
 * for 50 ms after it, so this is the save that once left the dev server holding half a file.
 */
async function save(path: string, text: string): Promise<void> {
  const file = await open(path, 'w');
  try {
    const half = Math.floor(text.length / 2);
    await file.write(text.slice(0, half));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await file.write(text.slice(half));
  } finally {
    await file.close();
  }
}

describe('astro dev', () => {
  it('reports a content error on save, shows it on the page instead of a stack trace, and says when it is fixed', async () => {
    // A copy of the fixture publication, whose config points at the project's src/ from the same depth.
    const root = join(TEST_OUTPUT, 'sites', 'dev', 'reader');
    await rm(root, { recursive: true, force: true });
    await cp(fixtureSiteRoot(PROJECT_ROOT, 'reader'), root, { recursive: true });
    const config = await readFile(join(root, 'astro.config.mjs'), 'utf8');
    await writeFile(join(root, 'astro.config.mjs'), config.replaceAll('../../../../', `${PROJECT_ROOT}/`));
    // The last build left its search index in two bundles (a publication of over 5,000 pages).
    for (const bundle of ['pagefind', 'pagefind-2']) {
      await mkdir(join(root, 'dist', bundle), { recursive: true });
      await writeFile(join(root, 'dist', bundle, 'pagefind-entry.json'), `{"bundle":"${bundle}"}`);
    }

    const server = spawn(
      process.execPath,
      [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0'],
      {
        cwd: root,
        // Without Vitest's variables: Astro's dev server serves no pages when it sees VITEST.
        env: buildEnvironment(),
      },
    );
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Fails with what the server printed, so a miss under load says what came instead.
    const waitFor = async (pattern: RegExp, from: number) => {
      try {
        await expect.poll(() => pattern.test(output.slice(from)), { timeout: 30_000, interval: 200 }).toBe(true);
      } catch {
        throw new Error(`the dev server did not print ${String(pattern)}; it printed:\n${output.slice(from)}`);
      }
      return output.length;
    };

    try {
      let mark = await waitFor(/watching for file changes/, 0);
      const file = join(root, 'content/briefings/crowded-claims.mdx');
      const good = await readFile(file, 'utf8');
      await save(file, good.replace('status: disputed', 'status: bogus'));
      mark = await waitFor(
        /content\/briefings\/crowded-claims\.mdx:34:13: error \[schema\] "claims\[2\]\.status"/,
        mark,
      );
      // The first half of the mend may be checked on its own (and reported, unclosed frontmatter
      // and all); the whole of it is checked too, and the terminal ends on the fix.
      await save(file, good);
      const mended = mark;
      mark = await waitFor(/\[corroborate\] 2 problems \(0 errors, 2 warnings\) in 2 files/, mark);
      expect(output.slice(mended)).toMatch(
        /Re-checked after content\/briefings\/crowded-claims\.mdx changed: \d+ new problems?, [1-9]\d* fixed/,
      );
      const local = /Local\s+(http:\/\/localhost:\d+\/)/.exec(output)?.[1];
      expect(local, output).toBeDefined();

      // Search in the dev server uses every bundle of the last build, not only the first.
      const second = await fetch(`${local}pagefind-2/pagefind-entry.json`);
      expect(await second.json()).toEqual({ bundle: 'pagefind-2' });

      // The dev server renders /claims.json as a route; a site built whole writes it from its
      // evidence packs once its pages are written. Same content, same file, once Astro's content
      // store has taken in the fix: it writes the store half a second after the last change and
      // only then reloads it for pages, so frontmatter reaches them after the check has spoken.
      const built = await readFile(join(builtSite('fixture'), 'claims.json'), 'utf8');
      await expect
        .poll(
          async () => {
            const claims = await fetch(`${local}claims.json`);
            return claims.ok ? await claims.text() : `status ${String(claims.status)}`;
          },
          { timeout: 30_000, interval: 250 },
        )
        .toBe(built);
      expect((await fetch(`${local}pagefind-3/pagefind-entry.json`)).status).toBe(404);
      expect((await fetch(`${local}pagefind-2/..%2f..%2fastro.config.mjs`)).status).toBe(404);
      const home = await (await fetch(local ?? '')).text();
      expect(home).toContain('data-merge-bundles="/pagefind-2/"');

      // A mistyped <Claim id>: the page shows the checker's lines, not a component's stack trace.
      await save(file, good.replace('<Claim id="tonnes">', '<Claim id="tonnse">'));
      const reported = /crowded-claims\.mdx:74:(\d+): error \[unknown-claim\]/;
      mark = await waitFor(reported, mark);
      const column = reported.exec(output)?.[1] ?? '';
      const browser = await testBrowser();
      try {
        const page = await browser.newPage();
        const answer = await page.goto(`${local}briefings/crowded-claims/`);
        expect(answer?.status()).toBe(500);
        expect(await page.locator('h1').textContent()).toBe('This page’s content has errors');
        const item = page.locator('li', { hasText: '[unknown-claim]' }).first();
        expect(await item.textContent()).toContain(`content/briefings/crowded-claims.mdx:74:${column}`);
        expect(await item.textContent()).toContain('did you mean "tonnes"?');
        const editor = await item.locator('a').getAttribute('href');
        expect(decodeURIComponent(editor ?? '')).toBe(
          `/__open-in-editor?file=${join(root, 'content/briefings/crowded-claims.mdx')}:74:${column}`,
        );
        // The terminal says what npm run check says, and never prints a stack trace.
        expect(output.slice(mark)).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
        expect(output).not.toContain('Claim.astro');

        // Fixed and saved, the page shows the briefing again without the editor reloading it.
        await save(file, good);
        await expect
          .poll(
            () =>
              page
                .locator('[data-claim="tonnes"]')
                .count()
                .catch(() => 0),
            { timeout: 30_000 },
          )
          .toBe(1);
        expect(await page.title()).not.toMatch(/^Content errors/);
      } finally {
        await browser.close();
      }
      expect(server.exitCode).toBeNull();
    } finally {
      server.kill();
    }
  });
});
