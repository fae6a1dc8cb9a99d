/**
 * `npm run new -- "Title"`: starts a briefing at content/briefings/<slug>.mdx, the slug made from
 * the title. The file has today's date, a claim to fill in, and the modeline that gives VS Code
 * the frontmatter's schema. An existing file is never overwritten.
 *
 * Exit status: 0 created, 1 the file already exists, 2 the command could not run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { todayUtc } from '../src/checker/project-files-fs.ts';
import { SLUG_PATTERN } from '../src/schemas/index.ts';
import { slugFromTitle } from './scaffold/slug.ts';
import { briefingTemplate } from './scaffold/templates.ts';
import { readCommandLine } from './support/command-line.ts';

const USAGE = `Usage: npm run new -- "Title of the briefing" [options]

Creates content/briefings/<slug>.mdx with the slug made from the title.

Options:
  --slug <slug>   the file name and address to use instead (lower-case words joined by hyphens)
  --root <dir>    project root (default: the current directory)
  -h, --help      show this help`;

function fail(message: string, status = 2): void {
  process.stderr.write(`new: ${message}\n`);
  process.exitCode = status;
}

async function main(): Promise<void> {
  const parsed = readCommandLine(
    {
      options: {
        slug: { type: 'string' },
        root: { type: 'string', default: '.' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    },
    USAGE,
    fail,
  );
  if (!parsed) return;
  const { values, positionals } = parsed;
  const title = positionals.join(' ').trim();
  if (!title) {
    fail(`give the briefing's title\n\n${USAGE}`);
    return;
  }
  const slug = values.slug ?? slugFromTitle(title);
  if (!SLUG_PATTERN.test(slug)) {
    fail(
      values.slug === undefined
        ? `cannot make a file name from "${title}" (it has no Latin letters or digits); name it with --slug <slug>`
        : `--slug must be lower-case letters and digits joined by single hyphens, like "un-estimate", not "${slug}"`,
    );
    return;
  }
  const relativePath = `content/briefings/${slug}.mdx`;
  const path = join(resolve(values.root), relativePath);
  try {
    await mkdir(join(resolve(values.root), 'content/briefings'), { recursive: true });
    await writeFile(path, briefingTemplate(title, todayUtc()), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      fail(
        `${relativePath} already exists and was left as it is; choose another title, or another file name with --slug <slug>`,
        1,
      );
    } else {
      fail(`cannot write ${relativePath}: ${(error as Error).message}`);
    }
    return;
  }
  process.stdout.write(
    `Created ${relativePath}\nFill in the summary, the claim and its source; npm run check lists what is still missing.\n`,
  );
}

await main();
