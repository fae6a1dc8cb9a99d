import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/*
 * axe-core run in the page as it stands. Parsing axe takes most of an audit's time (about 0.9 s a
 * page here against 0.2 s for the rules themselves), so it is injected once per load, minified,
 * and every later audit of that load (the dark scheme, a focused marker) reuses it.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Which rules to run: WCAG tags, or named rules. */
export type AxeSelection = { tags: readonly string[] } | { rules: readonly string[] };

/**
 * Axe's violations on the page as it stands, as lines a person can act on: rule, where, and what
 * to fix. Pages here have no frames (safe mode refuses them); a page with one fails loudly rather
 * than leaving the frame unaudited.
 */
export async function axeViolations(page: Page, selection: AxeSelection): Promise<string[]> {
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames; audit them too before trusting this`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    runOnly:
      'tags' in selection
        ? { type: 'tag', values: [...selection.tags] }
        : { type: 'rule', values: [...selection.rules] },
    // Axe still runs every selected rule; it only stops collecting every passing node.
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(
        document,
        runOptions,
      ),
    options,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${violation.help} at ${node.target.join(' ')}; ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`,
    ),
  );
}
