import type { ContentFile, ProjectInput } from './model.ts';
import { contentId } from './open-content-file.ts';

/**
 * Which files a `check --changed` run loads: the changed content files and everything that cites
 * them or that they cite. Ids are found by reading the text, without parsing: a file that merely
 * mentions an id is included too, which costs a little time and never misses a dependent.
 */
export interface ChangedScope {
  input: ProjectInput;
  /** Content paths that changed (added, modified, deleted or renamed) since the base. */
  changed: string[];
  /** How many files the partial check loads, and how many the project has. */
  loaded: number;
  total: number;
}

const decoder = new TextDecoder();
const CITED = /\b(?:source|via)\s*:\s*["']?([a-z0-9]+(?:-[a-z0-9]+)*)/g;

function idOf(path: string, folder: string, extension: string): string | undefined {
  if (!path.startsWith(folder) || !path.endsWith(extension)) return undefined;
  return path.slice(folder.length, -extension.length);
}

function citedIds(text: string): Set<string> {
  return new Set([...text.matchAll(CITED)].map((match) => match[1]!));
}

/** Narrows a whole project to the files a change touches, and what the rest tells about them. */
export function scopeToChanges(project: ProjectInput, changedPaths: readonly string[]): ChangedScope {
  const changed = new Set(changedPaths);
  const textOf = new Map<ContentFile, string>();
  const text = (file: ContentFile) => {
    let value = textOf.get(file);
    if (value === undefined) {
      value = decoder.decode(file.bytes);
      textOf.set(file, value);
    }
    return value;
  };

  // A changed snapshot changes the sources that name it; a changed (or vanished) source changes
  // the briefings that cite it.
  const changedSnapshots = [...changed]
    .map((path) => path.replace(/^content\/snapshots\//, ''))
    .filter((name, index) => [...changed][index] !== name);
  const touchedSources = new Set([...changed].flatMap((path) => idOf(path, 'content/sources/', '.yaml') ?? []));
  for (const file of project.sources) {
    if (changedSnapshots.some((name) => text(file).includes(name))) {
      const id = idOf(file.path, 'content/sources/', '.yaml');
      if (id) touchedSources.add(id);
    }
  }

  const briefings = project.briefings.filter((file) => {
    if (changed.has(file.path)) return true;
    const cited = citedIds(text(file));
    return [...touchedSources].some((id) => cited.has(id));
  });
  const citedByLoaded = new Set(briefings.flatMap((file) => [...citedIds(text(file))]));
  const citedElsewhere = new Set(
    project.briefings.filter((file) => !briefings.includes(file)).flatMap((file) => [...citedIds(text(file))]),
  );
  const sources = project.sources.filter((file) => {
    const id = idOf(file.path, 'content/sources/', '.yaml');
    return changed.has(file.path) || (id !== undefined && (citedByLoaded.has(id) || touchedSources.has(id)));
  });
  const sourceIds = new Set(project.sources.flatMap((file) => contentId(file, '.yaml', 'content/sources/') ?? []));

  return {
    input: { ...project, briefings, sources, partial: { sourceIds, citedElsewhere } },
    changed: [...changed].sort(),
    loaded: briefings.length + sources.length,
    total: project.briefings.length + project.sources.length,
  };
}
