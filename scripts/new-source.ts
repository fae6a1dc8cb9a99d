/**
 * `npm run new:source -- <url>` starts content/sources/<id>.yaml for an address, with an id
 * suggested from its host and path. `npm run new:source -- page.html` does the same for a saved
 * web page and fills in what the page says about itself: title, publisher, date, address. An
 * existing file is never overwritten.
 *
 * Exit status: 0 created, 1 the file already exists, 2 the command could not run.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { todayUtc } from '../src/checks/project-files-fs.ts';
import { httpUrl } from '../src/lib/safe-url.ts';
import { SLUG_PATTERN } from '../src/schemas/index.ts';
import { pageMetadata, type PageMetadata } from './scaffold/page-metadata.ts';
import { slugFromTitle, sourceIdFromUrl } from './scaffold/slug.ts';
import { sourceTemplate } from './scaffold/templates.ts';
import { readCommandLine } from './support/command-line.ts';

const USAGE = `Usage: npm run new:source -- <url | saved-page.html> [options]

Creates content/sources/<id>.yaml. Given a saved web page, fills in its title, publisher,
date and address from the page's metadata.

Options:
  --id <id>       the id to use instead of the suggested one (lower-case words joined by hyphens)
  --root <dir>    project root (default: the current directory)
  -h, --help      show this help`;

function fail(message: string, status = 2): void {
  process.stderr.write(`new:source: ${message}\n`);
  process.exitCode = status;
}

/** The fields still to be written, for the closing message. */
function missing(metadata: PageMetadata): string[] {
  return [
    ...(metadata.title === undefined ? ['title'] : []),
    ...(metadata.publisher === undefined ? ['publisher'] : []),
    ...(metadata.kind === undefined ? ['kind'] : []),
  ];
}

async function main(): Promise<void> {
  const parsed = readCommandLine(
    {
      options: {
        id: { type: 'string' },
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
  if (positionals.length !== 1) {
    fail(`give one address or one saved HTML file\n\n${USAGE}`);
    return;
  }
  const target = positionals[0]!;
  const root = resolve(values.root);

  let metadata: PageMetadata;
  let from: string;
  const address = httpUrl(target);
  if (address !== undefined) {
    metadata = { url: address };
    from = 'the address';
  } else {
    let html: string;
    try {
      html = await readFile(resolve(target), 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      fail(`"${target}" is neither an http(s) address nor a readable file (${reason})`);
      return;
    }
    metadata = pageMetadata(html);
    from = basename(target);
  }

  const id =
    values.id ??
    (metadata.url !== undefined
      ? sourceIdFromUrl(new URL(metadata.url))
      : slugFromTitle(metadata.title ?? basename(target).replace(/\.[^.]*$/, '')));
  if (!SLUG_PATTERN.test(id)) {
    fail(
      values.id === undefined
        ? `cannot suggest an id for "${target}"; name the source with --id <id>`
        : `--id must be lower-case letters and digits joined by single hyphens, like "ap-un-report-leak", not "${id}"`,
    );
    return;
  }
  const relativePath = `content/sources/${id}.yaml`;
  try {
    await mkdir(join(root, 'content/sources'), { recursive: true });
    await writeFile(join(root, relativePath), sourceTemplate(metadata, todayUtc()), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      fail(`${relativePath} already exists and was left as it is; choose another id with --id <id>`, 1);
    } else {
      fail(`cannot write ${relativePath}: ${(error as Error).message}`);
    }
    return;
  }
  const known = (['title', 'publisher', 'published', 'url'] as const).filter((key) => metadata[key] !== undefined);
  const todo = missing(metadata);
  process.stdout.write(
    [
      `Created ${relativePath}${known.length ? ` (${known.join(', ')} from ${from})` : ''}`,
      todo.length ? `Fill in: ${todo.join(', ')}. npm run check lists what is still missing.` : 'Check every field.',
      `Cite it as: source: ${id}`,
      '',
    ].join('\n'),
  );
}

await main();
