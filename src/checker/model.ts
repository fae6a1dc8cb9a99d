import type { ClaimMark } from '../reading/claim-marks.ts';
import type { BriefingData, Claim, SourceData } from '../schemas/index.ts';
import type { Point } from './diagnostic.ts';
import type { EscapedHidden } from './hidden-text.ts';
import type { CheckOptions } from './options.ts';
import type { UnsafeFinding } from './safe-mode.ts';
import type { TextFile } from './text-file.ts';
import type { YamlDocument } from './yaml-document.ts';

/** A file handed to the checker: where it is and what it holds, undecoded. */
export interface ContentFile {
  /** Path relative to the project root, with forward slashes: `content/sources/kcna.yaml`. */
  path: string;
  bytes: Uint8Array;
  /** A symbolic link, reported and never followed: it could name any file on the machine. */
  symbolicLink?: boolean;
}

/** Everything the checker reads; gathered from disk by `project-files-fs.ts`, or built by tests. */
export interface ProjectInput {
  /** Every file under `content/briefings/`, whatever its extension, so strays are reported. */
  briefings: ContentFile[];
  /** Every file under `content/sources/`. */
  sources: ContentFile[];
  /** Archived source texts by file name (`content/snapshots/<name>`). */
  snapshots: ReadonlyMap<string, string>;
  /** Today as `YYYY-MM-DD`, for the rule that no date lies in the future. */
  today: string;
  /** Present when only part of the project is loaded (`check --changed`). */
  partial?: PartialProject;
}

/**
 * What a partial check knows of the files it did not load, so that cross-file rules judge the
 * loaded ones as a full check would.
 */
export interface PartialProject {
  /** Every source id in the library, loaded or not, in the order a full check loads them. */
  sourceIds: ReadonlySet<string>;
  /** Source ids cited (as source or via) by briefings that were not loaded. */
  citedElsewhere: ReadonlySet<string>;
  /**
   * Whether a briefing that was not loaded has frontmatter that could not be read; left out when
   * that is unknown (`check --changed` does not parse what it leaves out).
   */
  unreadElsewhere?: boolean;
}

/**
 * A problem found while reading a file. Readers only describe it; the rule that owns it (`yaml`,
 * `schema`, `mdx-syntax`) reports it, so a rule switched off silences all of it.
 */
export interface ReadProblem {
  point: Point;
  message: string;
}

/** A content file the checker refused to read at all: a link, a file in a subfolder, a stray extension. */
export interface RefusedFile {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  /** What is wrong and how to fix it; reported by `schema` at the file's start. */
  message: string;
}

/** What went wrong reading any content file, before its own format was parsed. */
export interface FileProblems {
  /** Why the file name is not a valid id, when it is not; reported by `schema`. */
  badName?: ReadProblem;
  /** Where the bytes stop being UTF-8, when they do; the file is then not read any further. */
  notUtf8?: ReadProblem;
  /** Fields the schema refused, each where it is written; reported by `schema`. */
  schemaProblems: ReadProblem[];
}

/** A source file after parsing: whatever could be read of it, even when some fields are invalid. */
export interface LoadedSource extends FileProblems {
  id: string;
  file: TextFile;
  /** The YAML; its `errors` are reported by `yaml`, as is `notUtf8` for a source. */
  document: YamlDocument;
  /** Fields that passed the schema; invalid ones are absent (and are reported). */
  data: Partial<SourceData>;
}

/** A claim of a briefing's frontmatter, kept even when invalid so its id still counts. */
export interface ClaimEntry {
  /** Index in the frontmatter's `claims` list, for positions. */
  index: number;
  /** The id as written, when it is a string. */
  id?: string;
  /** The claim, when it passed the schema. */
  claim?: Claim;
  /** Each citation's `source` and `via` as written, so unknown ids are found even in an invalid claim. */
  citations: { source?: string; via?: string }[];
}

/** A briefing file after parsing. `notUtf8` is reported by `mdx-syntax` for a briefing. */
export interface LoadedBriefing extends FileProblems {
  slug: string;
  file: TextFile;
  /** Frontmatter that is missing, unclosed, TOML or ambiguous; reported by `yaml`. */
  frontmatterProblem?: ReadProblem;
  /** The frontmatter, when the file has YAML frontmatter; its `errors` are reported by `yaml`. */
  document?: YamlDocument;
  /** Top-level fields that passed the schema. */
  data: Partial<Omit<BriefingData, 'claims'>>;
  claims: ClaimEntry[];
  /**
   * What the rules need from the body, when it parsed: the syntax tree itself is dropped after
   * loading, so a thousand briefings never sit in memory at once.
   */
  body?: {
    /** Constructs that could run code, for the `unsafe-mdx` rule in safe mode. */
    unsafe: UnsafeFinding[];
    /** Invisible characters written as character references, for `hidden-characters`. */
    escapedHidden: EscapedHidden[];
  };
  marks: ClaimMark[];
  /** Why the body does not parse, when it does not; reported by `mdx-syntax`. */
  syntaxError?: ReadProblem;
}

/** What every rule sees. */
export interface CheckContext {
  /** Content files that were not read at all, each with the reason. */
  refusedFiles: readonly RefusedFile[];
  sources: ReadonlyMap<string, LoadedSource>;
  briefings: readonly LoadedBriefing[];
  snapshots: ReadonlyMap<string, string>;
  today: string;
  options: CheckOptions;
  partial?: PartialProject;
}
