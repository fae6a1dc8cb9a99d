// @ts-check
import mdx from '@astrojs/mdx';
import corroborate from './src/integration/corroborate.ts';

/**
 * Typed as Astro's `defineConfig` would type it, which only returns its argument. `astro/config` is
 * not imported: `npm run check` imports this file for the checker's options, and loading
 * `astro/config` (Astro's config schemas, font providers, image services) took 0.7 s of a 1.6 s
 * cached check at 1,000 briefings.
 * @type {import('astro').AstroUserConfig}
 */
export default {
  // Where the site is published. Hosts set these at build time (see "Deploying" in the README):
  // SITE_URL=https://example.org BASE_PATH=/briefings-desk/ npm run build
  site: process.env.SITE_URL || 'https://briefings.example.org',
  base: process.env.BASE_PATH || '/',
  // Lossless white-space removal; the default 'jsx' mode drops spaces between inline elements.
  compressHTML: true,
  build: {
    // Scripts and styles stay in files: a strict Content-Security-Policy allows no inline script.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Every MDX module carries Astro's own "use astro:head-inject" directive, and the bundler
        // warns once per briefing that it may drop it; Astro handles it. A thousand identical
        // lines would bury the warnings an editor needs to see.
        onLog(level, log, handler) {
          if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
        },
      },
    },
  },
  // Shiki's highlighting is inline styles, which the Content-Security-Policy refuses; briefings
  // rarely hold code, and plain <pre> blocks read well enough.
  markdown: { syntaxHighlight: false },
  security: {
    // No inline script anywhere; WebAssembly compilation only for Pagefind's search engine.
    csp: { scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] } },
  },
  experimental: {
    // Rebuilds copy every page whose content and code are unchanged from the last build instead of
    // rendering it again; each page's cacheKey (src/data/cache-keys.ts) names the content it shows.
    incrementalBuild: true,
  },
  integrations: [
    // Checker severities: corroborate({ rules: { 'archive-missing': 'off' }, safeMode: true }).
    corroborate(),
    mdx(),
  ],
};
