import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build-site.ts';
import { PROJECT_ROOT, TEST_OUTPUT } from '../support/paths.ts';
import { fixtureSiteRoot, type SiteName } from '../support/sites.ts';

/** Builds the sample publication and the reader fixture once for all site tests. */
export default async function setup(project: TestProject): Promise<void> {
  const sites: Record<SiteName, string> = { sample: PROJECT_ROOT, fixture: fixtureSiteRoot(PROJECT_ROOT, 'reader') };
  const outputs = {} as Record<SiteName, string>;
  for (const [name, root] of Object.entries(sites) as [SiteName, string][]) {
    const outDir = join(TEST_OUTPUT, name);
    // Built aside and swapped in at once: another run sharing the folder (several people test in
    // one checkout) never serves a half-written site, only the old build or the new one.
    const staging = join(TEST_OUTPUT, `.${name}-building-${process.pid}`);
    const retired = join(TEST_OUTPUT, `.${name}-retired-${process.pid}`);
    await rm(staging, { recursive: true, force: true });
    const result = buildSite(root, staging);
    if (result.status !== 0) {
      await rm(staging, { recursive: true, force: true });
      throw new Error(`building the ${name} site failed:\n${result.output}`);
    }
    await rename(outDir, retired).catch(() => undefined);
    await rename(staging, outDir);
    await rm(retired, { recursive: true, force: true });
    outputs[name] = outDir;
  }
  project.provide('siteOutputs', outputs);
}
