import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateCheckOptions, type CheckOptions, type CorroborateOptions } from './options.ts';

/** The integration's name in `astro.config.mjs`, and the property holding its options. */
export const INTEGRATION_NAME = 'corroborate';

const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'];

/** The project's Astro config as its module exports it, and the file it came from. */
export interface AstroConfigModule {
  file: string;
  config: { integrations?: unknown[] } & Record<string, unknown>;
}

/**
 * Imports the project's Astro config the way Node imports any module (Node 24 reads TypeScript),
 * without starting Astro; `undefined` when the project has none.
 */
export async function importAstroConfig(root: string): Promise<AstroConfigModule | undefined> {
  const file = CONFIG_FILES.map((name) => join(root, name)).find((path) => existsSync(path));
  if (!file) return undefined;
  let config: unknown;
  try {
    config = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  } catch (error) {
    throw new Error(`cannot load ${file} to read the checker's options`, { cause: error });
  }
  return { file, config: (config ?? {}) as AstroConfigModule['config'] };
}

/** The `corroborate()` integration of a config, with the options it was given. */
export function findCorroborate(
  config: AstroConfigModule['config'],
): { name: string; options?: CorroborateOptions } | undefined {
  return (config.integrations ?? [])
    .flat(Infinity)
    .find(
      (entry): entry is { name: string; options?: CorroborateOptions } =>
        (entry as { name?: unknown } | null)?.name === INTEGRATION_NAME,
    );
}

/**
 * Reads the checker's options from the project's Astro config, where editors set them once for
 * the build and `npm run check` alike. The config module is only imported, never run by Astro,
 * so the check stays fast.
 */
export async function readCheckOptions(root: string): Promise<CheckOptions> {
  const loaded = await importAstroConfig(root);
  if (!loaded) return {};
  const options: unknown = findCorroborate(loaded.config)?.options ?? {};
  const problems = validateCheckOptions(options);
  if (problems.length) throw new Error(`invalid corroborate() options in ${loaded.file}: ${problems.join('; ')}`);
  return options as CheckOptions;
}
