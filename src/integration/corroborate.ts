import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { MDX_FEATURES } from '../reading/parse-body.ts';
import { checkInProcess, type CheckSummary } from '../checks/check-in-process-fs.ts';
import { checkProjectAt } from '../checks/check-project-fs.ts';
import { formatDiagnostic, formatSummary } from '../checks/format.ts';
import { validateCheckOptions, type CheckOptions } from '../checks/options.ts';
import { INTEGRATION_NAME } from '../checks/options-fs.ts';
import { frontmatterGuard } from './frontmatter-guard.ts';
import { rebaseHeadersFile } from './headers-file.ts';
import { claimCardPlacement, renderGuard } from './render-guard.ts';
import { SEARCH_INDEX_DEFERRED, serveLastSearchIndex, writeSearchIndex } from './search-index.ts';

/** Options of `corroborate()` in `astro.config.mjs`; `npm run check` reads the same ones. */
export type CorroborateOptions = CheckOptions;

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

/** Lets re-checks while editing say only what changed since the last run. */
function describeChanges(before: ReadonlySet<string>, after: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  for (const line of after) if (!before.has(line)) lines.push(line);
  const fixed = [...before].filter((line) => !after.has(line)).length;
  if (fixed > 0) lines.push(`${fixed} problem${fixed === 1 ? '' : 's'} fixed`);
  return lines;
}

/**
 * Runs the content checker before Astro renders anything: in `astro build` any error stops the
 * build before a page is written; in `astro dev` problems are printed and re-checked on save.
 */
export default function corroborate(
  options: CorroborateOptions = {},
): AstroIntegration & { options: CorroborateOptions } {
  const problems = validateCheckOptions(options);
  if (problems.length) throw new Error(`invalid corroborate() options: ${problems.join('; ')}`);
  let root = process.cwd();
  let outDir = join(root, 'dist');
  let base = '/';
  let lastLines = new Set<string>();
  let pendingCheck: Promise<CheckSummary> | undefined;

  const runCheck = async () => {
    const result = await checkProjectAt(root, { options });
    return { result, lines: result.diagnostics.map(formatDiagnostic) };
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
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        configureRenderer(config, options.safeMode !== false);
        updateConfig({ vite: { plugins: [frontmatterGuard()] } });
        outDir = fileURLToPath(config.outDir);
        base = config.base;
        if (command === 'preview') return;
        if (command === 'build') {
          // The check runs in a process of its own while Astro reads the content; the build waits for
          // its verdict before it renders anything (astro:build:start).
          pendingCheck = checkInProcess(root, options);
          return;
        }
        const { result, lines } = await runCheck();
        lastLines = new Set(lines);
        print(logger, lines, formatSummary(result.diagnostics, result.fileCount));
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
        if (process.env[SEARCH_INDEX_DEFERRED]) return;
        const { pageCount } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`search index written: ${pageCount} pages`);
      },
      'astro:server:setup': ({ server, logger }) => {
        serveLastSearchIndex(server, outDir);
        const contentRoot = join(root, 'content') + sep;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const recheck = (path: string) => {
          if (!path.startsWith(contentRoot)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            runCheck()
              .then(({ result, lines }) => {
                const changes = describeChanges(lastLines, new Set(lines));
                lastLines = new Set(lines);
                const changed = relative(root, path).split(sep).join('/');
                print(
                  logger,
                  changes,
                  `re-checked after ${changed} changed: ${formatSummary(result.diagnostics, result.fileCount)}`,
                );
              })
              .catch((error: unknown) => {
                logger.error(`content check could not run: ${(error as Error).message}`);
              });
          }, 100);
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
      },
    },
  };
}
