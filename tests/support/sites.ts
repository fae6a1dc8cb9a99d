import { join } from 'node:path';
import { inject } from 'vitest';

/** The built sites the site tests share, built once by `tests/site/global-setup.ts`. */
export type SiteName = 'sample' | 'fixture';

declare module 'vitest' {
  export interface ProvidedContext {
    siteOutputs: Record<SiteName, string>;
  }
}

/** The output folder of a site built for the tests. */
export function builtSite(name: SiteName): string {
  return inject('siteOutputs')[name];
}

export function fixtureSiteRoot(root: string, name: string): string {
  return join(root, 'tests/fixtures/sites', name);
}
