import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { defineRule } from './define-rule.ts';
import { lines, WIRE_SNAPSHOT, WIRE_SOURCE_LINES } from './example-files.ts';

const encoder = new TextEncoder();

/** `wire` captured with the SHA-256 of `WIRE_SNAPSHOT`, and the snapshot as it is now. */
function captured(snapshot: string) {
  const source = lines(
    ...WIRE_SOURCE_LINES,
    'snapshot: wire.txt',
    'capture:',
    '  date: 2019-08-06',
    '  from: https://wire.example.org/2019/08/05/hackers',
    '  sha256: 5f7c0d9b2f0e4a7d8c1b6e3a9f2d4c8b7a6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c',
    '  text-sha256: a372c67aaf416301d44e87648bbeac0373af576b5c531e50eca235e563610c1d',
  );
  return { files: { 'content/sources/wire.yaml': source, 'content/snapshots/wire.txt': snapshot } };
}

/**
 * A captured snapshot is trusted only while it is what was captured: an edit after the capture
 * could make a wrong quote pass. The snapshot's SHA-256 must still be the capture's `text-sha256`.
 */
export const snapshotChanged = defineRule({
  id: 'snapshot-changed',
  severity: 'error',
  summary: 'a captured snapshot edited after its capture (its SHA-256 is no longer `capture.text-sha256`)',
  examples: { fails: captured(WIRE_SNAPSHOT.replace('$2 billion', '$3 billion')), passes: captured(WIRE_SNAPSHOT) },
  check(context, report) {
    for (const source of context.sources.values()) {
      const { snapshot, capture } = source.data;
      if (snapshot === undefined || capture === undefined) continue;
      const text = context.snapshots.get(snapshot);
      if (text === undefined) continue; // reported as a schema problem of the source
      const digest = bytesToHex(sha256(encoder.encode(text)));
      if (digest === capture['text-sha256']) continue;
      report({
        file: source.file.path,
        point: source.document.locateKey(['capture']),
        message:
          `content/snapshots/${snapshot} was changed after it was captured from ${capture.from} on ${capture.date} ` +
          `(its SHA-256 is ${digest.slice(0, 12)}…, the capture recorded ${capture['text-sha256'].slice(0, 12)}…); ` +
          'quotes are checked only against captured evidence: undo the edit, or capture the source again with npm run new:source',
      });
    }
  },
});
