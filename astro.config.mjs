// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import corroborate from './src/integration/corroborate.ts';

export default defineConfig({
  site: 'https://briefings.example.org',
  // Lossless white-space removal; the default 'jsx' mode drops spaces between inline elements.
  compressHTML: true,
  integrations: [
    // Checker severities: corroborate({ rules: { 'archive-missing': 'off' }, safeMode: true }).
    corroborate(),
    mdx(),
  ],
});
