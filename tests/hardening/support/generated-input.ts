import { appendFile, mkdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Bad input that cannot sit in the repository as it is: megabytes, bytes that are not UTF-8,
 * line endings git may convert, names that collide on macOS, symbolic links. Each function turns
 * a copy of its case folder (the committed part) into the input the case is about.
 */
type Generator = (root: string) => Promise<void>;

const BRIEFING = 'content/briefings/grain.mdx';
const SOURCE = 'content/sources/wire.yaml';

async function replaceBytes(root: string, path: string, text: string, bytes: Uint8Array): Promise<void> {
  const file = join(root, path);
  const content = Buffer.from(await readFile(file));
  const at = content.indexOf(text);
  if (at < 0) throw new Error(`${path} does not contain ${JSON.stringify(text)}`);
  await writeFile(file, Buffer.concat([content.subarray(0, at), bytes, content.subarray(at + text.length)]));
}

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

/** Appends to the briefing's body, after its last line. */
const appendToBody =
  (text: string): Generator =>
  (root) =>
    appendFile(join(root, BRIEFING), text);

export const GENERATED_INPUT: Readonly<Record<string, Generator>> = {
  'yaml-deep-flow-nesting': (root) =>
    appendFile(join(root, SOURCE), `identifiers: { un-symbol: ${'['.repeat(2000)}${']'.repeat(2000)} }\n`),

  'yaml-deep-block-nesting': (root) => {
    const levels = Array.from({ length: 2000 }, (_, level) => `${'  '.repeat(level + 1)}k${level}:\n`);
    return appendFile(join(root, SOURCE), `identifiers:\n${levels.join('')}${'  '.repeat(2001)}deep\n`);
  },

  'encoding-crlf-positions': async (root) => {
    for (const path of [BRIEFING, SOURCE]) {
      const text = await readFile(join(root, path), 'utf8');
      await writeFile(join(root, path), text.replaceAll('\n', '\r\n'));
    }
  },

  // "Grün" saved as Latin-1: ü is the single byte 0xFC.
  'encoding-invalid-utf8-in-source': (root) =>
    replaceBytes(root, SOURCE, 'Example Wire', bytes('Gr', [0xfc], 'n Wire')),

  'encoding-invalid-utf8-in-briefing': (root) =>
    replaceBytes(root, BRIEFING, '</Claim> than in September', bytes('</Claim> than in Sept', [0xff], 'mber')),

  // 0xC0 0xBC is "<" in an overlong two-byte form, which lenient decoders once let through.
  'encoding-overlong-utf8': (root) =>
    appendFile(join(root, SOURCE), bytes('notes: ', [0xc0, 0xbc], 'script', [0xc0, 0xbe], 'alert(1)\n')),

  'encoding-utf16-source': async (root) => {
    const text = await readFile(join(root, SOURCE), 'utf8');
    await writeFile(join(root, SOURCE), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  },

  'encoding-control-characters': async (root) => {
    await replaceBytes(root, BRIEFING, 'than in September', bytes('than in\u0000 September'));
    await appendFile(join(root, SOURCE), 'notes: Ring\u0007 the bell\u000b twice.\n');
  },

  'size-five-megabyte-body': (root) => {
    const paragraph = `${'The port shipped more grain in October than in September, the wire said. '.repeat(12)}\n\n`;
    const body = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    return appendToBody(`\n${body}<Claim id="missing">one more claim</Claim> at the very end.\n`)(root);
  },

  'size-ten-thousand-claims': async (root) => {
    const claims: string[] = [];
    const marks: string[] = [];
    for (let index = 0; index < 10_000; index++) {
      claims.push(
        `  - id: c${index}\n    text: Claim number ${index}.\n    status: reported\n    citations:\n      - source: wire\n`,
      );
      marks.push(`<Claim id="c${index}">claim ${index}</Claim>`);
    }
    // One id used twice, at the very end, so the duplicate points 50,000 lines down.
    claims.push(
      '  - id: c9999\n    text: The same id again.\n    status: reported\n    citations:\n      - source: wire\n',
    );
    const frontmatter = `---\ntitle: Grain shipments rise\nsummary: The port shipped more grain.\npublished: 2026-11-20\nclaims:\n${claims.join('')}---\n`;
    await writeFile(join(root, BRIEFING), `${frontmatter}\n${marks.join(' ')}\n`);
  },

  'nesting-list-2000-levels': appendToBody(
    `\n${Array.from({ length: 2000 }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n')}\n`,
  ),

  'nesting-quote-2000-levels': appendToBody(`\n${'>'.repeat(2000)} deep in quotes\n`),

  'nesting-elements-2000-levels': appendToBody(`\n${'<span>'.repeat(2000)}deep${'</span>'.repeat(2000)}\n`),

  'paragraph-40000-emphasis-delimiters': appendToBody(`\n${'*a'.repeat(40_000)}\n`),

  'paragraph-40000-link-brackets': appendToBody(`\n${'[a]('.repeat(40_000)}\n`),

  'hidden-invisible-character-in-file-name': (root) =>
    rename(join(root, SOURCE), join(root, 'content/sources/wire\u200b.yaml')),

  'file-names-differ-only-in-case': async (root) => {
    await writeFile(join(root, 'content/sources/Wire.yaml'), await readFile(join(root, SOURCE)));
    await writeFile(join(root, 'content/briefings/Grain.mdx'), await readFile(join(root, BRIEFING)));
  },

  // A contribution can add links as easily as files: to a briefing elsewhere in the repository
  // holding code, to a file of the build machine, to a secret as a "snapshot".
  'file-symbolic-links': async (root) => {
    await mkdir(join(root, 'elsewhere'), { recursive: true });
    await writeFile(
      join(root, 'elsewhere/leak.mdx'),
      '---\ntitle: Unchecked\nsummary: Never seen by the checker.\npublished: 2026-11-20\nclaims: []\n---\n\nHome is {process.env.HOME}.\n',
    );
    await symlink('../../elsewhere/leak.mdx', join(root, 'content/briefings/leak.mdx'));
    await symlink('/etc/hostname', join(root, 'content/sources/hostname.yaml'));
    await mkdir(join(root, 'content/snapshots'), { recursive: true });
    await symlink('/etc/passwd', join(root, 'content/snapshots/wire.txt'));
    await appendFile(join(root, SOURCE), 'snapshot: wire.txt\n');
  },
};
