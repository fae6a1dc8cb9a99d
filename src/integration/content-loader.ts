import { lstatSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkerFingerprint, digestFiles } from '../checker/code-fingerprint-fs.ts';
import { CONTENT_DIRECTORIES, isSnapshotName, readSnapshotFiles } from '../checker/project-files-fs.ts';
import { decodeFile, isDecodeFailure } from '../checker/text-file.ts';
import { parseYamlDocument } from '../checker/yaml-document.ts';
import { blankFrontmatter, findFrontmatter } from '../reading/frontmatter.ts';
import { readClaimMarks } from '../reading/read-claim-marks.ts';
import { SLUG_PATTERN } from '../schemas/index.ts';

/** The two kinds of content file, where they live and how each is read. */
const KINDS = {
  briefings: { folder: 'content/briefings', extension: '.mdx' },
  sources: { folder: 'content/sources', extension: '.yaml' },
} as const;

type Kind = keyof typeof KINDS;

/** What a file holds, read as the checker reads it; `undefined` when it has problems. */
interface Reading {
  /** For a briefing, its frontmatter with `claimOrder`, read from the body (`schemas/loaded-briefing.ts`). */
  data: Record<string, unknown>;
  /** Whether the file is a briefing, whose page Astro renders from the file's MDX module. */
  rendersBody: boolean;
}

/** Reads one file as the checker does; exported for the tests that hold the two readings side by side. */
export function readContentFile(kind: Kind, path: string, bytes: Uint8Array): Reading | undefined {
  const file = decodeFile(path, bytes);
  if (isDecodeFailure(file)) return undefined;
  if (kind === 'sources') {
    const document = parseYamlDocument(file);
    return document.errors.length === 0 && isRecord(document.value)
      ? { data: document.value, rendersBody: false }
      : undefined;
  }
  const frontmatter = findFrontmatter(file.text);
  if (frontmatter.kind !== 'found') return undefined;
  const document = parseYamlDocument(file, frontmatter.span.start, frontmatter.span.end);
  if (document.errors.length > 0 || !isRecord(document.value)) return undefined;
  // The body is read here, once per changed file, and not stored: only what the pages need of it.
  const claimOrder = readClaimMarks(blankFrontmatter(file.text, frontmatter.span));
  return { data: { ...document.value, claimOrder }, rendersBody: true };
}

/** Whether two entries' data are alike: what the store keeps of them survives JSON unchanged. */
function sameData(stored: unknown, read: unknown): boolean {
  return JSON.stringify(stored) === JSON.stringify(read);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

let readerCode: Promise<string> | undefined;

/**
 * A digest of the code that turns a file into its entry: the checker's readers and schemas
 * (`checkerFingerprint`) and this loader. It is part of each entry's digest, so an entry is reused
 * only when both the file and the code that read it are unchanged; a stored entry read by older
 * code is read again.
 */
function readerFingerprint(): Promise<string> {
  const here = fileURLToPath(import.meta.url);
  readerCode ??= checkerFingerprint().then((checker) => digestFiles(dirname(here), [basename(here)], `${checker}\n`));
  return readerCode;
}

/**
 * Loads briefings or sources with the checker's own readers (`reading/frontmatter.ts`,
 * `checker/yaml-document.ts`) instead of Astro's glob loader, whose YAML reader (js-yaml) reads
 * some text differently: dates become objects, a lone carriage return breaks a line. So the data
 * a page shows is the data the checker validated, whatever the file says.
 *
 * Files the checker would refuse (unreadable, links, bad names, YAML or schema errors) are left
 * out with a warning; the check stops the build on them before anything renders, and in
 * `astro dev` it prints why.
 */
export function contentLoader(kind: Kind): Loader {
  const { folder, extension } = KINDS[kind];
  return {
    name: `corroborate-${kind}`,
    async load(context: LoaderContext) {
      const { config, store, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      const directory = join(root, folder);
      const code = await readerFingerprint();
      // Saves of one file can overlap (a save while the last one's data is still being parsed):
      // only the newest sync of an id may store or delete its entry, or an older one that finishes
      // last would undo it (a file broken and mended at once stayed out of the store).
      const newestSync = new Map<string, number>();
      let syncs = 0;
      /** Reads `name` into the store; `watching` when a save, not the server's start, asked. */
      const sync = async (name: string, watching = false): Promise<string | undefined> => {
        const id = name.slice(0, -extension.length);
        const turn = ++syncs;
        newestSync.set(id, turn);
        const path = join(directory, name);
        const filePath = relative(root, path).split(sep).join('/');
        // Read synchronously, as the checker reads: a promise per file would open every file of
        // the publication at once (20,000 briefings exceed the usual limit of open files), and
        // the checker measured synchronous reads five times faster.
        const stat = lstatSync(path, { throwIfNoEntry: false });
        if (!stat?.isFile() || !SLUG_PATTERN.test(id)) {
          store.delete(id);
          return undefined;
        }
        let bytes: Uint8Array;
        try {
          bytes = readFileSync(path);
        } catch {
          store.delete(id);
          logger.warn(`${filePath} was not loaded: it could not be read`);
          return undefined;
        }
        // A file whose bytes are those of the last sync, read by the same code, is not read again:
        // its entry stays as the last sync stored it (a rebuild after one edit parses one file).
        const digest = context.generateDigest(`${code}\n${new TextDecoder().decode(bytes)}`);
        const stored = store.get(id);
        if (stored?.digest === digest && stored.filePath === filePath) return id;
        const reading = readContentFile(kind, filePath, bytes);
        const data =
          reading && (await context.parseData({ id, data: reading.data, filePath: path }).catch(() => undefined));
        // Superseded: the newer sync stores or deletes the entry (and deletes it itself if need be).
        if (newestSync.get(id) !== turn) return id;
        if (!reading || !data) {
          store.delete(id);
          logger.warn(`${filePath} was not loaded: it has problems that npm run check reports`);
          return undefined;
        }
        // A save that leaves the entry as it was (a briefing's prose: the body is not stored) leaves
        // the store untouched, digest and all. Any change to the store makes Astro write it half a
        // second later and reload it whole for every page, which held up the next save's page by
        // 1.5 s at 1,000 briefings; the page's prose comes from the file's MDX module, which Vite
        // reloads by itself. The digest is brought up to date at the next start, which reads this
        // file again since its bytes no longer match it.
        if (watching && stored?.filePath === filePath && sameData(stored.data, data)) return id;
        store.set({
          id,
          data,
          filePath,
          digest,
          ...(reading.rendersBody ? { deferredRender: true } : {}),
        });
        return id;
      };

      const names = (await readdir(directory).catch(() => [] as string[])).filter((name) => name.endsWith(extension));
      const loaded = new Set((await Promise.all(names.map((name) => sync(name)))).filter((id) => id !== undefined));
      for (const id of store.keys()) if (!loaded.has(id)) store.delete(id);

      if (!watcher) return;
      const inFolder = (path: string) => path.startsWith(directory + sep) && path.endsWith(extension);
      const onChange = (path: string) => {
        if (inFolder(path)) void sync(relative(directory, path), true);
      };
      watcher.on('add', onChange);
      watcher.on('change', onChange);
      watcher.on('unlink', (path) => {
        if (!inFolder(path)) return;
        const id = relative(directory, path).slice(0, -extension.length);
        newestSync.set(id, ++syncs);
        store.delete(id);
      });
    },
  };
}

/**
 * Loads the snapshots (`content/snapshots/`) with the checker's own reader, `readSnapshotFiles`:
 * the same files, the same text, so a quote is anchored on the page in exactly the text the
 * checker found it in. Each entry's id is the file name a source's `snapshot` field gives.
 */
export function snapshotLoader(): Loader {
  return {
    name: 'corroborate-snapshots',
    async load(context: LoaderContext) {
      const { config, store, watcher } = context;
      const root = fileURLToPath(config.root);
      const directory = join(root, CONTENT_DIRECTORIES.snapshots);
      const sync = async () => {
        const snapshots = await readSnapshotFiles(root);
        for (const id of store.keys()) if (!snapshots.has(id)) store.delete(id);
        for (const [id, text] of snapshots) {
          const data = await context.parseData({ id, data: { path: join(directory, id) } });
          store.set({ id, data, digest: context.generateDigest(text) });
        }
      };
      await sync();
      if (!watcher) return;
      // One snapshot's edit is rare and cheap to re-read with the rest; reading all keeps one code path.
      const onChange = (path: string) => {
        if (path.startsWith(directory + sep) && isSnapshotName(path)) void sync();
      };
      watcher.on('add', onChange);
      watcher.on('change', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
