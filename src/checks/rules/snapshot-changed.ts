import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Rule } from '../model.ts';

const encoder = new TextEncoder();

/**
 * A captured snapshot is trusted only while it is what was captured: an edit after the capture
 * could make a wrong quote pass. The snapshot's SHA-256 must still be the capture's `text-sha256`.
 */
export const snapshotChanged: Rule = {
  id: 'snapshot-changed',
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
};
