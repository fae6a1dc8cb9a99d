import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { MDX_FEATURES } from '../reading/parse-body.ts';
import { checkInProcess, type CheckSummary } from '../checker/check-in-process-fs.ts';
import { formatDiagnostic, formatSummary } from '../checker/format.ts';
import { recheckReport } from '../checker/recheck-report.ts';
import { validateCheckOptions, type CorroborateOptions } from '../checker/options.ts';
import { INTEGRATION_NAME } from '../checker/options-fs.ts';
import { devChecks, type DevChecks } from './dev-checks.ts';
import { devDiagnosticsMiddleware, type DevCheck } from './dev-diagnostics.ts';
import { warmUpOnFirstView } from './dev-warm-up.ts';
import { collectGarbageWhenQuiet, type IdleCollection } from './idle-collection.ts';
import { announceLateWrites } from './late-writes.ts';
import { loadedModules, UnannouncedSaves } from './unannounced-saves.ts';
import { SaveChecks } from './save-checks.ts';
import { frontmatterGuard } from './frontmatter-guard.ts';
import { rebaseHeadersFile } from './headers-file.ts';
import { claimCardPlacement, renderGuard } from './render-guard.ts';
import { lastBuildBundleCount, serveLastSearchIndex, writeSearchIndexes } from './search-index.ts';
import { shardModule } from './shard-module.ts';
import { asFolder } from '../lib/paths.ts';
import { searchBundlesOf, WHOLE_SITE } from '../lib/shard.ts';
import { requireSite, siteUrls } from '../outputs/site-urls.ts';
import { SITE } from '../site.ts';
import { writeClaimsFile } from './claims-export.ts';

export type { CorroborateOptions };

/**
 * The `/claims.json` route under the site's `src/`, which `astro dev` and sharded builds render
 * (see `writeClaimsFile`); a site whose `src/pages/` has none publishes no claims export.
 */
const CLAIMS_ROUTE = 'pages/_claims.json.ts';

/**
 * The error a failed check throws into Astro. The diagnostics are already printed line by line;
 * a stack trace would only bury them, and Astro prints none for an error without one.
 */
export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}

/**
 * Makes the renderer read briefings as the checker does: Sätteri with the checker's features, the
 * claim-card placement, and in safe mode the renderer's own guard. Astro's processor object is
 * meant to be extended in place by integrations; `@astrojs/mdx` renders with this same object.
 */
function configureRenderer(config: AstroConfig, safeMode: boolean): void {
  const processor = config.markdown.processor as {
    name: string;
    options: { features?: object; mdastPlugins?: unknown[]; hastPlugins?: unknown[] };
  };
  if (processor.name !== 'satteri') {
    throw new Error(
      `corroborate() needs Astro's default Markdown processor (Sätteri), but markdown.processor is "${processor.name}": ` +
        'the checker reads briefings exactly as Sätteri renders them; remove markdown.processor from astro.config.mjs',
    );
  }
  if (config.markdown.gfm === false) {
    throw new Error(
      'corroborate() needs GFM (tables, footnotes, autolinks), which briefings may use and the checker reads; remove markdown.gfm: false from astro.config.mjs',
    );
  }
  processor.options.features = { ...processor.options.features, ...MDX_FEATURES };
  processor.options.mdastPlugins = [...(processor.options.mdastPlugins ?? []), ...(safeMode ? [renderGuard] : [])];
  processor.options.hastPlugins = [...(processor.options.hastPlugins ?? []), claimCardPlacement];
}

/** How many bundles the site's search index is in (`searchBundlesOf`). */
function bundleCount(options: CorroborateOptions): number {
  return searchBundlesOf(options.shard ?? WHOLE_SITE, options.searchBundles);
}

/**
 * Runs the content checker before Astro renders anything: in `astro build` any error stops the
 * build before a page is written; in `astro dev` problems are printed and re-checked on save.
 */
export default function corroborate(
  options: CorroborateOptions = {},
): AstroIntegration & { options: CorroborateOptions } {
  const problems = validateCheckOptions(options);
  if ((options.shard?.count ?? 1) > 1 && options.searchBundles !== undefined)
    problems.push('"searchBundles" and "shard" cannot be combined: a sharded build writes one search bundle per shard');
  if (problems.length) throw new Error(`invalid corroborate() options in astro.config.mjs: ${problems.join('; ')}`);
  let root = process.cwd();
  let outDir = join(root, 'dist');
  let base = '/';
  let site: string | undefined;
  let publishesClaims = false;
  let lastLines = new Set<string>();
  /** The last check of `astro dev`, which decides whether a page shows its content's errors instead. */
  let lastCheck: DevCheck | undefined;
  let pendingCheck: Promise<CheckSummary> | undefined;

  // `astro dev` checks on every save what the save can have changed: the saved file, and the files
  // whose diagnostics depend on it (a source's citers, a snapshot's sources), reusing the rest from
  // the check before (`devChecks`).
  let checks: DevChecks | undefined;
  /** Collects the garbage of Astro's content store reloads while `astro dev` is quiet. */
  let idle: IdleCollection | undefined;
  const runCheck = async (changed?: readonly string[]) => {
    checks ??= devChecks({ root, options });
    const check = await checks.check(changed);
    return { check, lines: check.result.diagnostics.map(formatDiagnostic) };
  };

  const print = (logger: AstroIntegrationLogger, lines: readonly string[], summary: string) => {
    // The lines go out unadorned, exactly as `npm run check` prints them, so editors and
    // problem matchers read one format everywhere.
    for (const line of lines) process.stderr.write(`${line}\n`);
    logger.info(summary);
  };

  return {
    name: INTEGRATION_NAME,
    options,
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig, injectRoute }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        configureRenderer(config, options.safeMode !== false);
        // Read here, not when corroborate() is called: `npm run build` sets the options in between.
        // `astro dev` serves the last build's search index, so its pages search as many bundles as
        // that build wrote.
        const bundles = command === 'dev' ? lastBuildBundleCount(outDir) : bundleCount(options);
        updateConfig({
          vite: { plugins: [frontmatterGuard(), shardModule(options.shard ?? WHOLE_SITE, bundles)] },
        });
        base = config.base;
        site = config.site;
        // `/claims.json` of a site built whole is written from its evidence packs after the pages
        // (`astro:build:done`); the dev server and each shard render it as a route.
        const claimsRoute = new URL(CLAIMS_ROUTE, config.srcDir);
        publishesClaims = existsSync(claimsRoute);
        if (publishesClaims && (command === 'dev' || (options.shard?.count ?? 1) > 1))
          injectRoute({ pattern: '/claims.json', entrypoint: claimsRoute, prerender: true });
        if (command === 'preview') return;
        if (command === 'build') {
          // The check runs in a process of its own while Astro reads the content; the build waits for
          // its verdict before it renders anything (astro:build:start).
          pendingCheck = checkInProcess(root, options);
          return;
        }
        const { check, lines } = await runCheck();
        lastLines = new Set(lines);
        lastCheck = check;
        print(logger, lines, formatSummary(check.result.diagnostics, check.result.fileCount));
      },
      'astro:build:start': async ({ logger }) => {
        if (!pendingCheck) return;
        const result = await pendingCheck;
        const summary = formatSummary(result.diagnostics, result.fileCount);
        print(logger, result.diagnostics.map(formatDiagnostic), summary);
        if (result.errorCount > 0) {
          throw new ContentCheckError(
            `content check failed: ${summary}; nothing was built. Fix the errors above and build again.`,
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        await rebaseHeadersFile(fileURLToPath(dir), base);
        if (publishesClaims && (options.shard?.count ?? 1) === 1) {
          const urls = siteUrls(
            requireSite(site === undefined ? undefined : new URL(site), '/claims.json'),
            asFolder(base),
          );
          const { claims } = writeClaimsFile(fileURLToPath(dir), urls, { name: SITE.name, url: urls.root });
          logger.info(`claims export written: ${String(claims)} claims in claims.json`);
        }
        // `npm run build` indexes after Astro's process has ended (see `searchIndex`).
        if (options.searchIndex === false) return;
        const { pageCount } = await writeSearchIndexes(
          fileURLToPath(dir),
          options.shard ?? WHOLE_SITE,
          bundleCount(options),
        );
        logger.info(`search index written: ${pageCount} pages`);
      },
      'astro:server:setup': ({ server, logger }) => {
        serveLastSearchIndex(server, outDir);
        const contentRoot = join(root, 'content') + sep;
        // A save written in more than one piece is announced again once whole, so the check, the
        // content store and the page never keep only its first piece.
        announceLateWrites(server.watcher, (path) => path.startsWith(contentRoot));
        const saves = new SaveChecks(async (changed) => {
          try {
            const { check, lines } = await runCheck(changed);
            const summary = formatSummary(check.result.diagnostics, check.result.fileCount);
            const [heading = '', ...added] = recheckReport(lastLines, lines, changed, summary).slice(0, -1);
            lastLines = new Set(lines);
            lastCheck = check;
            logger.info(heading);
            print(logger, added, summary);
          } catch (error) {
            logger.error(`content check could not run: ${(error as Error).message}`);
          }
        });
        // The garbage of Astro's content store reloads is collected while the server is quiet.
        idle = collectGarbageWhenQuiet(server, join(root, '.astro'));
        server.middlewares.use(warmUpOnFirstView((briefing) => checks?.warmUp(briefing) ?? Promise.resolve(), base));
        // A briefing's page asked for while a save of its file is on its way to the server waits for it.
        const unannounced = new UnannouncedSaves(root, (file) => loadedModules(server, file));
        server.middlewares.use(unannounced.middleware(base));
        // A page asked for right after a save (Astro reloads it at once) is judged by that save's check.
        server.middlewares.use(devDiagnosticsMiddleware(() => saves.settled().then(() => lastCheck), root, base));
        const contentChanged = (path: string) => {
          if (!path.startsWith(contentRoot)) return;
          // In this order: a page that waited for the announcement then waits for the save's check.
          saves.saved(relative(root, path).split(sep).join('/'));
          unannounced.announced(path);
        };
        for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, contentChanged);
      },
      'astro:server:start': ({ logger }) => {
        // Once the server listens, while the editor opens a page: the first save's check then
        // runs as fast as the ones after it, and the start's garbage is collected before that save.
        idle?.leftGarbage();
        setImmediate(() => {
          checks?.warmUp().catch((error: unknown) => {
            logger.debug(`the check's warm-up failed, which only slows the first save: ${String(error)}`);
          });
        });
      },
    },
  };
}
