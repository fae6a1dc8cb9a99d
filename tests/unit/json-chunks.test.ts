import { describe, expect, it } from 'vitest';
import { jsonResponse } from '../../src/outputs/responses.ts';
import { safeJson, safeJsonChunks, StreamedJsonArray } from '../../src/outputs/safe-json.ts';

/** Values shaped like the exports, with what JSON.stringify treats specially. */
const VALUES: unknown[] = [
  { $schema: 'https://example.org/s.json', publication: { name: 'P <b>&' }, claims: [] },
  {
    claims: [
      { id: 'a', text: '</script><script>alert(1)</script>', n: 1.5, skipped: undefined, fn: () => 1 },
      { id: 'b', line: '\u2028\u2029', date: new Date(Date.UTC(2026, 0, 2)), nested: { deep: [1, [2, { x: null }]] } },
      [undefined, () => 2, 'x'],
      null,
    ],
    empty: {},
    list: [],
    '<key>': 'value',
  },
  [1, 'two', { three: 3 }],
  'plain <string>',
  42,
  null,
  true,
];

describe('JSON written in pieces', () => {
  it.each(VALUES.map((value, index) => [index, value] as const))('is safeJson exactly, value %i', (_, value) => {
    expect([...safeJsonChunks(value)].join('')).toBe(safeJson(value));
    expect([...safeJsonChunks(value, 5)].join('')).toBe(safeJson(value));
  });

  it('writes a large export as many pieces, none of them the whole', () => {
    const claims = Array.from({ length: 2000 }, (_, index) => ({
      id: `claim-${String(index)}`,
      text: 'x'.repeat(100),
    }));
    const pieces = [...safeJsonChunks({ claims })];
    expect(pieces.length).toBeGreaterThan(2000);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(200);
  });

  it('serves the same bytes as the whole string, with a final newline', async () => {
    const value = { claims: Array.from({ length: 3000 }, (_, index) => ({ id: index, text: 'é<'.repeat(20) })) };
    const response = jsonResponse(value);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe(`${safeJson(value)}\n`);
  });

  it('writes a streamed array as the array it stands for, making each item only when it is written', () => {
    let made = 0;
    const items = new StreamedJsonArray(function* () {
      for (let index = 0; index < 1000; index += 1) {
        made += 1;
        yield { id: index, text: '</script>', skipped: undefined };
      }
    });
    const value = { $schema: 'x', claims: items, after: [undefined] };
    const whole = JSON.stringify({ $schema: 'x', claims: [...items], after: [undefined] });
    made = 0;

    const pieces = safeJsonChunks(value);
    const firstItem = pieces.find((piece) => piece.startsWith('{"id":0'));
    expect(firstItem).toBeDefined();
    // The second item is not made before the first is written: the records are never all alive at once.
    expect(made).toBe(1);
    expect([...safeJsonChunks(value)].join('')).toBe(safeJson(value));
    expect(JSON.parse(safeJson(value))).toEqual(JSON.parse(whole));
    expect(safeJson(value)).not.toContain('</script>');
  });
});
