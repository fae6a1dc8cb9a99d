/**
 * `JSON.stringify` leaves `<`, `>` and `&` as they are, so a `</script>` inside a string ends a
 * `<script type="application/ld+json">` block early, and U+2028 and U+2029 end a line in older
 * JavaScript parsers. Written as `\u` escapes they are the same JSON to any parser, and no
 * editor's string can ever be read as markup, in a page or in a file a browser sniffs as HTML.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

function escapeCharacter(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** JSON text safe to put inside an HTML `<script>` element or to serve as a file. */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE, escapeCharacter);
}

/**
 * An array of an export made one item at a time as it is written, never held whole: at 10,000
 * briefings `/claims.json` holds 150,000 claim records (440 MB of JSON), which as one array stayed
 * alive until the last byte was written. `safeJsonChunks` writes the items as it makes them;
 * anything else (`JSON.stringify`, `safeJson`, a test) sees a plain array through `toJSON`.
 */
export class StreamedJsonArray<Item> implements Iterable<Item> {
  readonly #items: () => Iterable<Item>;

  /** `items` is called again on every reading, so each reading makes its items afresh. */
  constructor(items: () => Iterable<Item>) {
    this.#items = items;
  }

  [Symbol.iterator](): Iterator<Item> {
    return this.#items()[Symbol.iterator]();
  }

  toJSON(): Item[] {
    return [...this.#items()];
  }
}

/** What `JSON.stringify` leaves out of an object and writes as `null` in an array. */
function unwritable(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** An object `JSON.stringify` writes member by member (not a date or anything else with `toJSON`). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && !('toJSON' in value);
}

/**
 * The text of `safeJson(value)` (compact), in pieces: objects and arrays down to `depth` member by
 * member, anything deeper whole; a `StreamedJsonArray` item by item as it makes them. For exports
 * too large to be one string: V8 caps a string at 2^29 - 24 characters, and `/claims.json` of
 * 20,000 briefings is larger.
 */
export function* safeJsonChunks(value: unknown, depth = 2): Generator<string> {
  if (depth > 0 && (Array.isArray(value) || value instanceof StreamedJsonArray)) {
    yield '[';
    let first = true;
    for (const item of value as Iterable<unknown>) {
      if (!first) yield ',';
      first = false;
      if (unwritable(item)) yield 'null';
      else yield* safeJsonChunks(item, depth - 1);
    }
    yield ']';
    return;
  }
  if (depth > 0 && isPlainObject(value)) {
    yield '{';
    let first = true;
    for (const [key, member] of Object.entries(value)) {
      if (unwritable(member)) continue;
      yield `${first ? '' : ','}${safeJson(key)}:`;
      first = false;
      yield* safeJsonChunks(member, depth - 1);
    }
    yield '}';
    return;
  }
  yield safeJson(value);
}
