import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Reads a script's arguments the way every command here does: `--help` prints the usage and
 * stops; a mistake is reported through `fail` with the usage under it (each script exits 2, the
 * contract's usage error). Returns nothing when the script has nothing more to do.
 */
export function readCommandLine<const T extends ParseArgsConfig>(
  config: T,
  usage: string,
  fail: (message: string) => void,
): ReturnType<typeof parseArgs<T>> | undefined {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`);
    return undefined;
  }
  if ((parsed.values as { help?: unknown }).help === true) {
    process.stdout.write(`${usage}\n`);
    return undefined;
  }
  return parsed;
}
