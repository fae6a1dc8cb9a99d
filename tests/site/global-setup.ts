import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumOptions } from '../../scripts/support/browser.ts';
import { buildSiteAsync } from '../support/build-site.ts';
import { PROJECT_ROOT, TEST_OUTPUT } from '../support/paths.ts';
import { fixtureSiteRoot, type SiteName } from '../support/sites.ts';

/**
 * Builds the sample publication and the reader fixture once for all site tests, and starts the
 * one Chromium they all drive (`tests/support/browser.ts`); stops it when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const sites: Record<SiteName, string> = { sample: PROJECT_ROOT, fixture: fixtureSiteRoot(PROJECT_ROOT, 'reader') };
  // Both at once: each build keeps about one core busy, and they share nothing but the sources.
  const built = await Promise.all(
    (Object.entries(sites) as [SiteName, string][]).map(
      async ([name, root]) => [name, await buildAndSwap(name, root)] as const,
    ),
  );
  const outputs = Object.fromEntries(built) as Record<SiteName, string>;
  project.provide('siteOutputs', outputs);
  const browser = await chromium.launchServer(chromiumOptions());
  project.provide('browserEndpoint', browser.wsEndpoint());
  return () => browser.close();
}

/**
 * Builds a site aside and swaps it in at once: another run sharing the folder (several people test
 * in one checkout) never serves a half-written site, only the old build or the new one.
 */
async function buildAndSwap(name: SiteName, root: string): Promise<string> {
  const outDir = join(TEST_OUTPUT, name);
  const staging = join(TEST_OUTPUT, `.${name}-building-${process.pid}`);
  const retired = join(TEST_OUTPUT, `.${name}-retired-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  const result = await buildSiteAsync(root, staging);
  if (result.status !== 0) {
    await rm(staging, { recursive: true, force: true });
    throw new Error(`building the ${name} site failed:\n${result.output}`);
  }
  await rename(outDir, retired).catch(() => undefined);
  await rename(staging, outDir);
  await rm(retired, { recursive: true, force: true });
  return outDir;
}
