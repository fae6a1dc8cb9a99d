import { rm } from 'node:fs/promises';
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
    await rm(outDir, { recursive: true, force: true });
    const result = buildSite(root, outDir);
    if (result.status !== 0) throw new Error(`building the ${name} site failed:\n${result.output}`);
    outputs[name] = outDir;
  }
  project.provide('siteOutputs', outputs);
}
