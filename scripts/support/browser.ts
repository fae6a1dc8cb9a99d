import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core (Playwright cannot download its own browsers
 * here). The flags keep it from reaching for the network, which this machine refuses.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumOptions());
}

/** How Chromium is started, here and by the site tests' shared browser server. */
export function chromiumOptions(): LaunchOptions {
  return {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
