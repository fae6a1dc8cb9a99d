import { loadSource } from './load-source.ts';
import type { LoadedSource } from './model.ts';
import type { TextFile } from './text-file.ts';

/** How many parsed sources stay remembered: more than any briefing cites. */
export const REMEMBERED_SOURCES = 256;

/** The last sources parsed, by path, least recently used first. */
const remembered = new Map<string, LoadedSource>();

/**
 * Parses and validates a source file as `loadSource` does, remembering the last ones parsed. A
 * save's check in `astro dev` reads again every source the saved briefing cites, the same few
 * dozen files each time, and parsing their YAML was a fifth of that check. A file is parsed
 * afresh when its text differs in any way; the result is shared, so rules never change it.
 */
export function loadSourceRemembered(id: string, file: TextFile): LoadedSource {
  const known = remembered.get(file.path);
  if (known && known.id === id && known.file.text === file.text) {
    remembered.delete(file.path);
    remembered.set(file.path, known);
    return known;
  }
  const loaded = loadSource(id, file);
  remembered.delete(file.path);
  remembered.set(file.path, loaded);
  if (remembered.size > REMEMBERED_SOURCES) remembered.delete(remembered.keys().next().value!);
  return loaded;
}
