import type { Point } from './diagnostic.ts';

/** A content file decoded for checking, with offsets mapped to the line and column editors see. */
export interface TextFile {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  /** The text without its byte-order mark, so offset 0 is line 1, column 1 as editors show it. */
  text: string;
  /** Maps a UTF-16 offset into `text` to a 1-based line and column. */
  pointAt(offset: number): Point;
}

/** Where decoding stopped: the first byte that is not UTF-8. */
export interface DecodeFailure {
  path: string;
  point: Point;
  byteOffset: number;
}

const BOM = '\uFEFF';

export function textFile(path: string, text: string): TextFile {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  // Line starts are found once; CRLF needs no special case because the \r stays at the end of its line.
  const lineStarts = [0];
  for (let index = body.indexOf('\n'); index !== -1; index = body.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return {
    path,
    text: body,
    pointAt(offset) {
      const clamped = Math.max(0, Math.min(offset, body.length));
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (lineStarts[middle]! <= clamped) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: clamped - lineStarts[low]! + 1 };
    },
  };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a file strictly: invalid UTF-8 must be reported, not replaced by U+FFFD and checked as
 * if the editor had written it.
 */
export function decodeFile(path: string, bytes: Uint8Array): TextFile | DecodeFailure {
  try {
    return textFile(path, strictUtf8.decode(bytes));
  } catch {
    const byteOffset = firstInvalidByte(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, byteOffset));
    return {
      path,
      byteOffset,
      point: textFile(path, before).pointAt(before.startsWith(BOM) ? before.length - 1 : before.length),
    };
  }
}

function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (length === 0 || index + length > bytes.length) return index;
    try {
      strictUtf8.decode(bytes.subarray(index, index + length));
    } catch {
      return index;
    }
    index += length;
  }
  return index;
}

export function isDecodeFailure(value: TextFile | DecodeFailure): value is DecodeFailure {
  return 'byteOffset' in value;
}
