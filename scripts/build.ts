/**
 * `npm run build`: checks the content, builds the site, indexes it for search, and only then
 * puts it in place. The site is built into a fresh folder beside the output; a failure at any
 * stage (check, render, search index) leaves the previous output exactly as it was, and a success
 * replaces it whole. A reader never gets a half-written site.
 *
 *   npm run build -- [--root <project>] [--outDir <folder>]
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

// Builds read nothing from the network; Astro's anonymous usage report is a network call.
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// Astro lets environment variables override `import.meta.env`, so a BASE_URL or MODE left in the
// shell (test runners and some CI systems set them) would silently break every link. The base
// path is set with BASE_PATH, read by astro.config.mjs.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'])
  Reflect.deleteProperty(process.env, name);

const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, outDir: { type: 'string', default: 'dist' } },
});
const root = resolve(values.root);
const outDir = resolve(root, values.outDir);
const parent = dirname(outDir);
const staging = await mkdtemp(join(parent, `.${basename(outDir)}-building-`));

let built = false;
// A step that dies without settling its promise (Pagefind's backend process crashing, say) would
// otherwise end Node with status 13, no word, and the staging folder left behind.
let settled = false;
process.once('beforeExit', () => {
  if (settled) return;
  process.stderr.write(
    `build failed: a build step stopped without finishing (see any message above)\nThe previous ${basename(outDir)}/ is unchanged.\n`,
  );
  process.exitCode = 1;
  void rm(staging, { recursive: true, force: true });
});
try {
  const { build } = await import('astro');
  await build({ root, outDir: staging });
  built = true;
} catch (error) {
  // The content check has printed its diagnostics line by line already; anything else gets one
  // plain line, not a stack trace.
  if ((error as Error).name !== 'ContentCheckError') {
    process.stderr.write(`build failed: ${(error as Error).message}\n`);
  }
  process.stderr.write(`The previous ${basename(outDir)}/ is unchanged.\n`);
  process.exitCode = 1;
} finally {
  if (!built) await rm(staging, { recursive: true, force: true });
  settled = true;
}

if (built) {
  // Two renames: the old output steps aside, the new one takes its name, then the old one goes.
  const retired = `${staging}-previous`;
  if (existsSync(outDir)) await rename(outDir, retired);
  await rename(staging, outDir);
  await rm(retired, { recursive: true, force: true });
}
