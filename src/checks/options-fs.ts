import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateCheckOptions, type CheckOptions } from './options.ts';

/** The integration's name in `astro.config.mjs`, and the property holding its options. */
export const INTEGRATION_NAME = 'corroborate';

const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'];

/**
 * Reads the checker's options from the project's Astro config, where editors set them once for
 * the build and `npm run check` alike. The config module is only imported, never run by Astro,
 * so the check stays fast.
 */
export async function readCheckOptions(root: string): Promise<CheckOptions> {
  const file = CONFIG_FILES.map((name) => join(root, name)).find((path) => existsSync(path));
  if (!file) return {};
  let config: unknown;
  try {
    config = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  } catch (error) {
    throw new Error(`cannot load ${file} to read the checker's options`, { cause: error });
  }
  const integrations = (config as { integrations?: unknown[] } | undefined)?.integrations ?? [];
  const integration = integrations
    .flat(Infinity)
    .find(
      (entry): entry is { name: string; options?: unknown } =>
        (entry as { name?: unknown } | null)?.name === INTEGRATION_NAME,
    );
  const options = integration?.options ?? {};
  const problems = validateCheckOptions(options);
  if (problems.length) throw new Error(`invalid corroborate() options in ${file}: ${problems.join('; ')}`);
  return options;
}
