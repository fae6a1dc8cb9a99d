import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { BRIEFING_FOLDER, SOURCE_FOLDER, type CheckResult } from '../checker/check-project.ts';
import type { Diagnostic } from '../checker/diagnostic.ts';
import { formatDiagnostic, formatSummary } from '../checker/format.ts';
import { escapeHtml } from '../lib/html.ts';

/** What `astro dev` knows after its last check: what it found, and what each file cites. */
export interface DevCheck {
  result: Pick<CheckResult, 'diagnostics' | 'errorCount' | 'warningCount' | 'fileCount'>;
  /**
   * Every content file by path, with the source ids a briefing cites (none for a source): which
   * files a page is made from. Only a check with errors needs it, so a check without any leaves
   * it empty rather than copy it from the checking thread on every save.
   */
  cites: ReadonlyMap<string, readonly string[]>;
}

/**
 * The content files a page of the site is made from, by the page's path below the site's base:
 * a briefing page is its MDX file and every source it cites; a source page is its YAML file.
 */
function filesBehindPage(pathname: string, check: DevCheck): Set<string> | undefined {
  const briefing = /^briefings\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (briefing) {
    const path = `${BRIEFING_FOLDER}${briefing}.mdx`;
    const cites = check.cites.get(path);
    if (!cites) return undefined;
    return new Set([path, ...cites.map((id) => `${SOURCE_FOLDER}${id}.yaml`)]);
  }
  const source = /^sources\/([^/]+)\/?$/.exec(pathname)?.[1];
  const path = `${SOURCE_FOLDER}${source ?? ''}.yaml`;
  return source !== undefined && check.cites.has(path) ? new Set([path]) : undefined;
}

/**
 * The page `astro dev` serves instead of a briefing or source page whose content has errors: the
 * checker's own diagnostics, each with a link that opens the file at its line in the editor
 * (Vite's `/__open-in-editor`). Without it the page would fail inside a component, and the editor
 * would see a stack trace in the browser and the terminal instead of the line to fix.
 */
export function diagnosticsPage(diagnostics: readonly Diagnostic[], root: string, summary: string): string {
  const items = diagnostics.map((diagnostic) => {
    const location = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
    const editor = `/__open-in-editor?file=${encodeURIComponent(`${join(root, diagnostic.file)}:${diagnostic.line}:${diagnostic.column}`)}`;
    return (
      `<li class="${diagnostic.severity}"><a href="${escapeHtml(editor)}" data-open-in-editor>${escapeHtml(location)}</a>` +
      ` <strong>${diagnostic.severity} [${escapeHtml(diagnostic.rule)}]</strong> ${escapeHtml(diagnostic.message)}` +
      `<pre>${escapeHtml(formatDiagnostic(diagnostic))}</pre></li>`
    );
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content errors: ${escapeHtml(summary)}</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; background: #fff; }
li { margin-block: 1rem; } .error strong { color: #8e1c12; } .warning strong { color: #7a4606; }
pre { white-space: pre-wrap; background: #f3f1ec; padding: .5rem; font-size: .875rem; }
</style>
</head>
<body>
<main>
<h1>This page’s content has errors</h1>
<p>The checker found these problems in the files this page is made from; <code>npm run check</code> prints the same lines. Fix them and save: this page shows the briefing again once they are fixed.</p>
<ol>
${items.join('\n')}
</ol>
<p>${escapeHtml(summary)}</p>
</main>
<script type="module">
// Open the file in the editor without leaving this page (Vite's launch-editor endpoint).
for (const link of document.querySelectorAll('a[data-open-in-editor]')) {
  link.addEventListener('click', (event) => { event.preventDefault(); fetch(link.href); });
}
// Show the page itself as soon as a save has fixed its errors. A GET, not a HEAD: Astro's dev
// server answers only GET for pages, and a page still reloading its content may briefly 404.
setInterval(async () => {
  const answer = await fetch(location.href, { cache: 'no-store' }).catch(() => undefined);
  if (answer?.ok) location.reload();
}, 1000);
</script>
</body>
</html>`;
}

/**
 * A Connect middleware for `astro dev`: a briefing or source page whose files have errors is
 * answered with `diagnosticsPage` (status 500); every other request goes on to Astro.
 */
export function devDiagnosticsMiddleware(
  checked: () => Promise<DevCheck | undefined>,
  root: string,
  base: string,
): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  return (request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const page = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : undefined;
    if (page === undefined || !/^(briefings|sources)\/[^/]+\/?$/.test(page)) {
      next();
      return;
    }
    void checked().then((check) => {
      answer(check, page, request, response, next, root);
    });
  };
}

function answer(
  check: DevCheck | undefined,
  page: string,
  request: IncomingMessage,
  response: ServerResponse,
  next: () => void,
  root: string,
): void {
  if (!check || check.result.errorCount === 0) {
    next();
    return;
  }
  const files = filesBehindPage(page, check);
  const diagnostics = check.result.diagnostics.filter((diagnostic) => files?.has(diagnostic.file));
  if (!diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    next();
    return;
  }
  response.statusCode = 500;
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.end(
    request.method === 'HEAD'
      ? undefined
      : diagnosticsPage(diagnostics, root, formatSummary(diagnostics, files?.size ?? 0)),
  );
}
