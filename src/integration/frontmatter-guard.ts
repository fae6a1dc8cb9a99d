import type { Plugin } from 'vite';
import { findFrontmatter } from '../reading/frontmatter.ts';

/**
 * Hands the MDX compiler each briefing with its frontmatter as the checker reads it, and nothing
 * else to read there: the fences stay, the YAML between them becomes blank lines. The compiler
 * then compiles exactly the body the checker parsed (`reading/frontmatter.ts`), and its own YAML
 * reader sees no data at all, so no field can mean one thing to the checker and another to the
 * site (the site takes its data from the project's loader, which reads as the checker does).
 * A file whose frontmatter the two readings would split differently fails the build here.
 */
export function frontmatterGuard(): Plugin {
  return {
    name: 'corroborate-frontmatter-guard',
    // Before @astrojs/mdx's own transform, which is also `pre` and added after this one.
    enforce: 'pre',
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        const bom = code.startsWith('\uFEFF') ? '\uFEFF' : '';
        const text = code.slice(bom.length);
        const frontmatter = findFrontmatter(text);
        if (frontmatter.kind === 'found') {
          const { start, end } = frontmatter.span;
          const blank = text.slice(start, end).replace(/[^\r\n]/g, ' ');
          return { code: `${bom}${text.slice(0, start)}${blank}${text.slice(end)}`, map: null };
        }
        if (frontmatter.kind === 'ambiguous') {
          const before = text.slice(0, frontmatter.offset);
          const line = before.split('\n').length;
          const column = frontmatter.offset - (before.lastIndexOf('\n') + 1) + 1;
          throw Object.assign(new Error(`${line}:${column}: [yaml] ${frontmatter.message}`), {
            loc: { file: id, line, column },
          });
        }
        return undefined;
      },
    },
  };
}
