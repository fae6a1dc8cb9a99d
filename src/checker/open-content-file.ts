import { SLUG_PATTERN } from '../schemas/index.ts';
import type { ContentFile, FileProblems, RefusedFile } from './model.ts';
import { FILE_START } from './rules/locate.ts';
import { decodeFile, isDecodeFailure, type TextFile } from './text-file.ts';

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Shows the characters of a file name that print as nothing or as a plain space, so the editor sees what is wrong. */
function visibleName(name: string): string {
  return name.replace(
    /[\p{Cc}\p{Cf}]|(?! )\p{Z}/gu,
    (character) => `\\u${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/**
 * What opening a content file gives: why it was refused, or else its id, its text when it decoded,
 * and what is wrong with its name or bytes.
 */
export type OpenedFile =
  | { refused: RefusedFile }
  | { refused?: undefined; id: string; text?: TextFile; problems: Omit<FileProblems, 'schemaProblems'> };

/** Why a content file is not read at all (a link, a file in a subfolder or of another extension), if it is not. */
function refusal(file: ContentFile, name: string, extension: string, folder: string): string | undefined {
  if (file.symbolicLink) {
    // The site would publish whatever the link names, unchecked: a briefing anywhere in the
    // repository or on the build machine, with code the safe mode never saw.
    return `"${visibleName(name)}" is a symbolic link; the checker does not follow links, but the site would publish what it points to unchecked: replace the link with the file itself`;
  }
  if (file.path !== `${folder}${name}`) {
    return `"${file.path}" is in a subfolder, so it would be ignored; move it directly into ${folder}`;
  }
  if (!name.endsWith(extension)) {
    // Never drop content silently: a stray .md or .yml would otherwise just not appear.
    return `"${name}" is not a ${extension} file, so it would be ignored; ${folder} holds only ${extension} files: rename it or move it out`;
  }
  return undefined;
}

/**
 * The id a content file is read under, or `undefined` when it is refused unread: what a citation
 * can name, known without reading the file.
 */
export function contentId(file: ContentFile, extension: string, folder: string): string | undefined {
  const name = baseName(file.path);
  return refusal(file, name, extension, folder) === undefined ? name.slice(0, -extension.length) : undefined;
}

/**
 * Reads a content file's name and bytes; refuses a link, a file in a subfolder or of another
 * extension, and describes a bad name or bytes that are not UTF-8, for the rules to report.
 * `siblings` are the other names in the folder, to warn of names that differ only in case.
 */
export function openContentFile(
  file: ContentFile,
  extension: string,
  folder: string,
  siblings: ReadonlySet<string>,
): OpenedFile {
  const name = baseName(file.path);
  const refused = refusal(file, name, extension, folder);
  if (refused !== undefined) return { refused: { path: file.path, message: refused } };
  const id = name.slice(0, -extension.length);
  const problems: Omit<FileProblems, 'schemaProblems'> = {};
  if (!SLUG_PATTERN.test(id)) {
    const fixed = id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const suggestion = fixed ? `${fixed}${extension}` : undefined;
    // Renaming to a name that is taken, or keeping two names that differ only in case (one file
    // on macOS and Windows), would make one file overwrite the other.
    const taken = suggestion !== undefined && siblings.has(suggestion);
    problems.badName = {
      point: FILE_START,
      message:
        `file name "${visibleName(name)}" is not a valid id; use lower-case letters and digits joined by single hyphens` +
        (taken
          ? `, but "${suggestion}" already exists${suggestion.toLowerCase() === name.toLowerCase() ? ' and differs only in case (on macOS and Windows the two are one file)' : ''}: merge the two files or choose another name`
          : suggestion
            ? `, such as "${suggestion}"`
            : ''),
    };
  }
  const decoded = decodeFile(file.path, file.bytes);
  if (isDecodeFailure(decoded)) {
    problems.notUtf8 = {
      point: decoded.point,
      message: `the file is not valid UTF-8 (byte ${decoded.byteOffset}); save it as UTF-8`,
    };
    // The file is there, only unreadable: what it cites or holds is unknown, not absent.
    return { id, problems };
  }
  return { id, text: decoded, problems };
}
