/**
 * `npm run build:merge`: assembles the folders of a sharded build (`npm run build -- --shard K/N`,
 * one per machine) into one site, whose search covers every shard. Nothing is put in place unless
 * every shard is there and they agree (see scripts/support/shards.ts); the previous output stays
 * as it was until the merged site replaces it whole.
 *
 *   npm run build:merge -- [--outDir dist] <shard 1 folder> <shard 2 folder> ...
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { replaceFolder } from './support/replace-folder.ts';
import { mergeShards } from './support/shards.ts';

const { values, positionals } = parseArgs({
  options: { outDir: { type: 'string', default: 'dist' } },
  allowPositionals: true,
});
const outDir = resolve(values.outDir);
await mkdir(dirname(outDir), { recursive: true });
const staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}-merging-`));
const problems = await mergeShards(
  positionals.map((folder) => resolve(folder)),
  staging,
).catch((error: unknown) => [(error as Error).message]);

if (problems.length) {
  for (const problem of problems) process.stderr.write(`merge failed: ${problem}\n`);
  process.stderr.write(`The previous ${basename(outDir)}/ is unchanged.\n`);
  await rm(staging, { recursive: true, force: true });
  process.exit(1);
}
await replaceFolder(staging, outDir);
process.stdout.write(`merged ${String(positionals.length)} shards into ${basename(outDir)}/\n`);
