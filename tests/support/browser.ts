import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from '../../scripts/support/browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site tests' Chromium, started once by `tests/site/global-setup.ts`. */
    browserEndpoint: string;
  }
}

/**
 * The site tests' Chromium: one browser for the whole run, which each file connects to (its
 * contexts are its own), since starting Chromium in every file cost more than a second each.
 * Outside a run with that browser (a file run alone), one of its own.
 */
export function testBrowser(): Promise<Browser> {
  const endpoint = inject('browserEndpoint') as string | undefined;
  return endpoint ? chromium.connect(endpoint) : launchBrowser();
}
