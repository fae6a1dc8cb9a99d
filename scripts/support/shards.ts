/**
 * The folders of a sharded build: each shard's output carries a marker naming its part, and the
 * merge assembles them into one site, refusing anything that does not add up.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { searchBundle, type Shard } from '../../src/lib/shard.ts';
import { filesUnder } from './files.ts';

/** The file that marks a folder as one shard's output; the merged site does not keep it. */
export const SHARD_MARKER = '.corroborate-shard.json';

/** Marks a built folder as the given shard. */
export async function writeShardMarker(folder: string, shard: Shard): Promise<void> {
  await writeFile(join(folder, SHARD_MARKER), `${JSON.stringify(shard)}\n`);
}

/** The shard a folder holds, or why it holds none. */
async function readShardMarker(folder: string): Promise<Shard | { problem: string }> {
  let text: string;
  try {
    text = await readFile(join(folder, SHARD_MARKER), 'utf8');
  } catch {
    return {
      problem: `${folder} is not a shard's output (it has no ${SHARD_MARKER}); build one with npm run build -- --shard K/N --outDir ${folder}`,
    };
  }
  const shard = JSON.parse(text) as Partial<Shard>;
  if (!Number.isInteger(shard.index) || !Number.isInteger(shard.count))
    return { problem: `${join(folder, SHARD_MARKER)} does not name a shard; build the folder again` };
  return shard as Shard;
}

/** Whether two files hold the same bytes. */
async function sameBytes(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([readFile(a), readFile(b)]);
  return left.equals(right);
}

/**
 * Copies every shard's output into `into` (an empty folder) and returns the problems, none when
 * the site is whole: every shard from 1 to N present once, built for the same N, each with its
 * search bundle, and any file that several shards wrote (the site-wide pages, scripts and styles)
 * byte for byte the same in each, which holds when every shard was built from the same commit.
 */
export async function mergeShards(folders: readonly string[], into: string): Promise<string[]> {
  const problems: string[] = [];
  const shards: { folder: string; shard: Shard }[] = [];
  for (const folder of folders) {
    const read = await readShardMarker(folder);
    if ('problem' in read) problems.push(read.problem);
    else shards.push({ folder, shard: read });
  }
  if (problems.length) return problems;
  const count = shards[0]?.shard.count ?? 0;
  if (shards.length === 0) return ['no shard folders given; expected npm run build:merge -- <shard folder>...'];
  for (const { folder, shard } of shards)
    if (shard.count !== count)
      problems.push(
        `${folder} is shard ${String(shard.index)} of ${String(shard.count)}, but the others are of ${String(count)}; build every shard with the same N`,
      );
  for (let index = 1; index <= count; index++) {
    const holding = shards.filter(({ shard }) => shard.index === index);
    if (holding.length === 0)
      problems.push(
        `shard ${String(index)} of ${String(count)} is missing; build it with npm run build -- --shard ${String(index)}/${String(count)}`,
      );
    if (holding.length > 1)
      problems.push(
        `shard ${String(index)} of ${String(count)} is given twice: ${holding.map(({ folder }) => folder).join(', ')}`,
      );
  }
  if (problems.length) return problems;

  const writtenBy = new Map<string, number>();
  for (const { folder, shard } of shards) {
    const files = filesUnder(folder);
    if (!files.includes(`${searchBundle(shard.index)}pagefind-entry.json`))
      problems.push(`${folder} has no search bundle ${searchBundle(shard.index)}; build the shard again`);
    for (const file of files) {
      if (file === SHARD_MARKER) continue;
      const target = join(into, file);
      const first = writtenBy.get(file);
      if (first === undefined) {
        writtenBy.set(file, shard.index);
        await mkdir(dirname(target), { recursive: true });
        await copyFile(join(folder, file), target, constants.COPYFILE_FICLONE);
      } else if (!(await sameBytes(target, join(folder, file)))) {
        problems.push(
          `${file} differs between shard ${String(first)} and shard ${String(shard.index)}; every shard renders it from the whole publication, so build every shard from the same commit`,
        );
      }
    }
  }
  return problems;
}
