import type { LoadedBriefing, LoadedSource } from '../model.ts';

/**
 * Whether a briefing's frontmatter could be read. When it could not, its claims and citations are
 * unknown rather than absent: rules must not report a mark or a source as unknown or unused
 * because of it, since the `yaml` error already says what to fix.
 */
export function frontmatterWasRead(briefing: LoadedBriefing): boolean {
  return briefing.document !== undefined && briefing.document.errors.length === 0;
}

/**
 * Whether a source file's YAML could be read (it decoded, and parsed); when not, its fields
 * (snapshot, publisher) are unknown, not absent.
 */
export function sourceWasRead(source: LoadedSource): boolean {
  return source.notUtf8 === undefined && source.document.errors.length === 0;
}
