/**
 * The baseline a build is compared with: a bare Astro site on the same Astro and @astrojs/mdx, with
 * default settings (the default Sätteri processor), that renders the same briefing files, one page
 * each, with `<Claim>` as a plain `<span>`. No checks, no search index, no source or listing pages.
 * It reads the corpus's own `content/briefings/`, so an edit to a briefing reaches both builds.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { baselineDir, corpusDir } from './paths.ts';

const CONFIG = `// The bare Astro baseline of the benchmarks: default settings and MDX, nothing else.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()] });
`;

const collections = (briefings: string): string => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  briefings: defineCollection({ loader: glob({ pattern: '*.mdx', base: '${briefings}' }) }),
};
`;

const CLAIM = `<span><slot /></span>
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
import Claim from '../../components/Claim.astro';

export async function getStaticPaths() {
  const entries = await getCollection('briefings');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <h1>{entry.data.title}</h1>
    <Content components={{ Claim }} />
  </body>
</html>
`;

/** Writes the baseline site for the corpus of `n` and `seed`; returns its root. */
export function writeBaseline(n: number, seed: number): string {
  const root = baselineDir(n, seed);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages/briefings'), { recursive: true });
  mkdirSync(join(root, 'src/components'), { recursive: true });
  writeFileSync(join(root, 'astro.config.mjs'), CONFIG);
  const briefings = relative(root, join(corpusDir(n, seed), 'content/briefings'));
  writeFileSync(join(root, 'src/content.config.mjs'), collections(briefings));
  writeFileSync(join(root, 'src/components/Claim.astro'), CLAIM);
  writeFileSync(join(root, 'src/pages/briefings/[slug].astro'), PAGE);
  return root;
}
