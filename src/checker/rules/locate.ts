import type { Point } from '../diagnostic.ts';
import type { LoadedBriefing, LoadedSource } from '../model.ts';
import type { FieldPath } from '../yaml-document.ts';

const FILE_START: Point = { line: 1, column: 1 };

/** Where a frontmatter field of a briefing is written. */
export function briefingPoint(briefing: LoadedBriefing, path: FieldPath): Point {
  return briefing.document?.locate(path) ?? FILE_START;
}

/** Where a field of a source file is written. */
export function sourcePoint(source: LoadedSource, path: FieldPath): Point {
  return source.document.locate(path);
}

export { FILE_START };
