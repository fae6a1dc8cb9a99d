/**
 * The architecture as a lint rule (see ARCHITECTURE.md, "Rules that keep it so"): imports flow one
 * way between the folders of `src/`, and the pure layers, which the checker and the scripts reuse
 * without starting Astro, import neither Node nor Astro. Written as an ESLint rule so a violation
 * fails `npm run lint` at the import that breaks it, not in review.
 */
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Rule } from 'eslint';

/** Each folder of `src/` and the folders its modules may import from (itself always included). */
export const LAYERS: Readonly<Record<string, readonly string[]>> = {
  schemas: [],
  reading: ['schemas'],
  lib: ['schemas', 'reading'],
  checker: ['schemas', 'reading', 'lib'],
  outputs: ['schemas', 'reading', 'lib'],
  data: ['schemas', 'reading', 'lib'],
  integration: ['schemas', 'reading', 'lib', 'checker', 'outputs'],
  client: ['schemas', 'lib'],
  components: ['schemas', 'reading', 'lib', 'outputs', 'data'],
  layouts: ['schemas', 'reading', 'lib', 'outputs', 'data', 'components', 'client', 'styles'],
  pages: ['schemas', 'reading', 'lib', 'outputs', 'data', 'components', 'layouts', 'client', 'styles'],
};

/** Layers that must run anywhere: in the checker, in scripts, in tests, without Astro or Node. */
export const PURE_LAYERS: ReadonlySet<string> = new Set(['schemas', 'reading', 'lib', 'checker', 'outputs']);

/** Modules of a pure layer that may reach the disk, processes or git: named `*-fs.ts`. */
const FS_MODULE = /-fs\.ts$/;

const NODE_BUILTINS = new Set(builtinModules);

/** The folder of `src/` a path lies in, or undefined outside `src/`. */
function layerOf(path: string, srcRoot: string): string | undefined {
  const inside = relative(srcRoot, path);
  if (inside.startsWith('..') || inside === '') return undefined;
  const [first] = inside.split(sep);
  return first && first in LAYERS ? first : undefined;
}

function isNodeModule(specifier: string): boolean {
  return specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0] ?? '');
}

export const layersRule: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports flow one way between the folders of src/; pure layers import no Node or Astro' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const srcRoot = resolve(context.cwd, 'src');
    const layer = layerOf(file, srcRoot);
    if (!layer) return {};
    const pure = PURE_LAYERS.has(layer) && !FS_MODULE.test(file);
    const check = (node: Rule.Node, specifier: unknown) => {
      if (typeof specifier !== 'string') return;
      if (pure && isNodeModule(specifier)) {
        context.report({
          node,
          message: `src/${layer}/ is pure, so it cannot import "${specifier}"; move the code that needs it into a *-fs.ts module, or into scripts/ or src/integration/`,
        });
        return;
      }
      if (pure && specifier.startsWith('astro:')) {
        context.report({
          node,
          message: `src/${layer}/ is pure, so it cannot import "${specifier}"; pass the data in from src/data/ or a page instead`,
        });
        return;
      }
      if (!specifier.startsWith('.')) return;
      const target = resolve(dirname(file), specifier);
      if (pure && FS_MODULE.test(target)) {
        context.report({
          node,
          message: `src/${layer}/ is pure, so it cannot import the disk-reading module "${specifier}"; have a script or the integration call it and pass its result in`,
        });
        return;
      }
      const targetLayer = layerOf(target, srcRoot);
      if (!targetLayer || targetLayer === layer || LAYERS[layer]?.includes(targetLayer)) return;
      context.report({
        node,
        message: `src/${layer}/ cannot import from src/${targetLayer}/ ("${specifier}"): imports flow one way (see ARCHITECTURE.md); src/${layer}/ may import from ${LAYERS[layer]?.length ? LAYERS[layer].map((name) => `src/${name}/`).join(', ') : 'no other folder'}`,
      });
    };
    return {
      ImportDeclaration(node) {
        check(node, node.source.value);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value);
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value);
      },
    };
  },
};

/** The rule as a plugin for eslint.config.mjs. */
export default { rules: { layers: layersRule } };
