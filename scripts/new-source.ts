/**
 * `npm run new:source -- <url | page.html | report.pdf>` captures a source: it writes
 * content/sources/<id>.yaml, filled in with what the document says about itself (title,
 * publisher, date, address), the snapshot content/snapshots/<id>.txt (a page's main text, or a
 * PDF's text page by page) and the source's `capture` record, which hashes both. An address is
 * fetched, and the Internet Archive is asked for a copy (`archive`); when it cannot be reached the
 * command says so and carries on. `--keep-original` keeps the page or PDF beside the snapshot.
 * An existing file is never overwritten.
 *
 * Exit status: 0 created, 1 the file already exists, 2 the command could not run.
 */
import { access, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { captureDocument, captureRecord, looksLikePdf, type Capture } from './capture/capture.ts';
import { fetchDocument, FetchProblem } from './capture/fetch-document.ts';
import { DEFAULT_ARCHIVE_ENDPOINT, savePageNow, type ArchiveCopy } from './capture/save-page-now.ts';
import { todayUtc } from '../src/checker/project-files-fs.ts';
import { httpUrl } from '../src/lib/safe-url.ts';
import { SLUG_PATTERN } from '../src/schemas/index.ts';
import type { PageMetadata } from './scaffold/page-metadata.ts';
import { slugFromTitle, sourceIdFromUrl } from './scaffold/slug.ts';
import { sourceTemplate } from './scaffold/templates.ts';
import { readCommandLine } from './support/command-line.ts';

const USAGE = `Usage: npm run new:source -- <url | saved-page.html | report.pdf> [options]

Captures a source: writes content/sources/<id>.yaml with its title, publisher, date and
address, its text as content/snapshots/<id>.txt (a page's main text, a PDF's text page by page
with [page N] lines), and a capture record that hashes both, so npm run check notices any later
edit of the snapshot. An address is fetched, and the Internet Archive's Save Page Now is asked
for a copy.

Options:
  --id <id>                 the id to use instead of the suggested one (lower-case words joined by hyphens)
  --root <dir>              project root (default: the current directory)
  --keep-original           keep the page or PDF beside the snapshot (content/snapshots/<id>.original.html|pdf)
  --no-archive              do not ask the Internet Archive for a copy
  --no-fetch                for an address: write the source file only, without fetching the page
  --timeout <ms>            how long to wait for the page (default: 30000)
  --archive-endpoint <url>  Save Page Now's address (default: ${DEFAULT_ARCHIVE_ENDPOINT})
  -h, --help                show this help`;

/** The least time Save Page Now is given to answer, in milliseconds. */
const SAVE_PAGE_NOW_TIMEOUT = 120_000;

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

/** What the command read: the document captured, and what it was read from. */
interface Read {
  capture: Capture;
  /** The address or file name, as the capture record names it. */
  from: string;
  /** The fetched address, when the source was fetched. */
  fetchedUrl?: string;
}

/** Fetches an address, or reads a saved page or PDF, and captures its text. */
async function readTarget(target: string, timeout: number): Promise<Read | string> {
  const address = httpUrl(target);
  if (address !== undefined) {
    try {
      const fetched = await fetchDocument(address, { timeout });
      return { capture: await captureDocument(fetched.kind, fetched.bytes), from: address, fetchedUrl: fetched.url };
    } catch (error) {
      if (error instanceof FetchProblem) return `${address} ${error.message}`;
      return `cannot read the document at ${address}: ${(error as Error).message}`;
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(target));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return `"${target}" is neither an http(s) address nor a readable file (${reason})`;
  }
  const kind = /\.pdf$/i.test(target) || looksLikePdf(bytes) ? 'pdf' : 'html';
  try {
    return { capture: await captureDocument(kind, bytes), from: basename(target) };
  } catch (error) {
    return `cannot read "${target}" as ${kind === 'pdf' ? 'a PDF' : 'a web page'}: ${(error as Error).message}`;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** `--no-fetch`: the source file for an address, with nothing but the address filled in. */
async function writeStub(root: string, address: string, chosenId: string | undefined): Promise<void> {
  const id = chosenId ?? sourceIdFromUrl(new URL(address));
  if (!SLUG_PATTERN.test(id)) {
    fail(`cannot use the id "${id}"; name the source with --id <id> (lower-case words joined by hyphens)`);
    return;
  }
  const relativePath = `content/sources/${id}.yaml`;
  try {
    await mkdir(join(root, 'content/sources'), { recursive: true });
    await writeFile(join(root, relativePath), sourceTemplate({ url: address }, todayUtc()), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      fail(`${relativePath} already exists and was left as it is; choose another id with --id <id>`, 1);
    else fail(`cannot write ${relativePath}: ${(error as Error).message}`);
    return;
  }
  process.stdout.write(
    `Created ${relativePath}\nFill in: title, publisher, kind. npm run check lists what is still missing.\nCite it as: source: ${id}\n`,
  );
}

async function main(): Promise<void> {
  const parsed = readCommandLine(
    {
      options: {
        id: { type: 'string' },
        root: { type: 'string', default: '.' },
        'keep-original': { type: 'boolean', default: false },
        'no-archive': { type: 'boolean', default: false },
        'no-fetch': { type: 'boolean', default: false },
        timeout: { type: 'string', default: '30000' },
        'archive-endpoint': { type: 'string' },
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
    fail(`give one address, one saved HTML file or one PDF\n\n${USAGE}`);
    return;
  }
  const timeout = Number(values.timeout);
  if (!Number.isInteger(timeout) || timeout < 1) {
    fail(`--timeout must be a whole number of milliseconds, not "${values.timeout}"`);
    return;
  }
  const target = positionals[0]!;
  const root = resolve(values.root);
  const today = todayUtc();

  const address = httpUrl(target);
  if (address !== undefined && values['no-fetch']) {
    await writeStub(root, address, values.id);
    return;
  }
  if (values.id !== undefined && (await exists(join(root, `content/sources/${values.id}.yaml`)))) {
    fail(`content/sources/${values.id}.yaml already exists and was left as it is; choose another id with --id <id>`, 1);
    return;
  }

  const read = await readTarget(target, timeout);
  if (typeof read === 'string') {
    fail(read);
    return;
  }
  const { capture } = read;
  const metadata: PageMetadata = { ...capture.metadata };
  if (metadata.url === undefined && read.fetchedUrl !== undefined) metadata.url = read.from;

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

  const notes: string[] = [];
  let archive: ArchiveCopy | undefined;
  if (read.fetchedUrl !== undefined && !values['no-archive']) {
    const endpoint = values['archive-endpoint'] ?? DEFAULT_ARCHIVE_ENDPOINT;
    // Save Page Now fetches the page itself before it answers, which can take a minute or two.
    const saved = await savePageNow(read.from, { endpoint, timeout: Math.max(timeout, SAVE_PAGE_NOW_TIMEOUT) });
    if (saved.saved) archive = saved.archive;
    else notes.push(`No archive copy: ${saved.reason}. The capture carries on; add archive: { url, date } later.`);
  }

  const relativePath = `content/sources/${id}.yaml`;
  const snapshot = `${id}.txt`;
  const snapshotPath = `content/snapshots/${snapshot}`;
  const originalPath = `content/snapshots/${id}.original.${capture.kind}`;
  const written: string[] = [];
  try {
    await mkdir(join(root, 'content/sources'), { recursive: true });
    await mkdir(join(root, 'content/snapshots'), { recursive: true });
    await writeFile(join(root, relativePath), '', { flag: 'wx' });
    written.push(relativePath);
    await writeFile(join(root, snapshotPath), capture.text, { flag: 'wx' });
    written.push(snapshotPath);
    if (values['keep-original']) {
      await writeFile(join(root, originalPath), capture.original, { flag: 'wx' });
      written.push(originalPath);
    }
    const record = captureRecord(capture, read.from, today);
    await writeFile(
      join(root, relativePath),
      sourceTemplate(metadata, today, { snapshot, capture: record, ...(archive ? { archive } : {}) }),
    );
  } catch (error) {
    // A half-made capture would be worse than none: remove what this run wrote.
    await Promise.all(written.map((path) => rm(join(root, path), { force: true })));
    const code = (error as NodeJS.ErrnoException).code;
    const path = (error as NodeJS.ErrnoException).path ?? relativePath;
    const shown = path.startsWith(root) ? path.slice(root.length + 1) : path;
    if (code === 'EEXIST') {
      fail(`${shown} already exists and was left as it is; choose another id with --id <id>`, 1);
    } else {
      fail(`cannot write ${shown}: ${(error as Error).message}`);
    }
    return;
  }
  const known = (['title', 'publisher', 'published', 'url'] as const).filter((key) => metadata[key] !== undefined);
  const todo = missing(metadata);
  const words = capture.text.split(/\s+/).filter(Boolean).length;
  process.stdout.write(
    [
      `Created ${relativePath}${known.length ? ` (${known.join(', ')} from ${read.from})` : ''}`,
      `Captured ${snapshotPath}: ${words} words${capture.pages === undefined ? '' : ` on ${capture.pages} pages`}${
        values['keep-original'] ? `; the original is kept as ${originalPath}` : ''
      }`,
      ...(archive ? [`Archived at ${archive.url}`] : []),
      ...notes,
      todo.length ? `Fill in: ${todo.join(', ')}. npm run check lists what is still missing.` : 'Check every field.',
      `Cite it as: source: ${id}`,
      '',
    ].join('\n'),
  );
}

await main();
