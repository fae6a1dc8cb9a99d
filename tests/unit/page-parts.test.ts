import { describe, expect, it } from 'vitest';
import { BRIEFING_PARTS, formatParts, weighParts } from '../../scripts/bench/page-parts.ts';

const JSON_LD = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Grain – exports"}</script>';
const CITE = '<details class="claim-cite"><summary>Cite this claim</summary><p>Desk. “Exports rose.”</p></details>';
const CARD_LINK = '<a class="quote-link" href="https://example.org/#:~:text=rose">Passage in the source</a>';
const CARDS = `<details class="claim-sources"><summary>2 sources</summary>${CITE}<ul><li class="card">${CARD_LINK}</li></ul></details>`;
const NOTE_LINK = '<a class="quote-link" href="https://example.org/#:~:text=fell">Passage in the source</a>';
const NOTES = `<section class="notes" id="notes"><ol><li id="note-1">Wire, 2024. ${NOTE_LINK}</li></ol></section>`;
const PAGE = `<!doctype html><html><head><title>T</title>${JSON_LD}</head><body><article><p>Exports rose by a tenth, the ministry said.</p>${CARDS}${NOTES}</article></body></html>`;

const bytes = (text: string) => Buffer.byteLength(text);

describe('where a page’s bytes go', () => {
  const weighed = weighParts(PAGE);
  const part = (name: string) => weighed.parts.find((candidate) => candidate.name.startsWith(name))!;

  it('counts each part’s markup in UTF-8 bytes, parts inside others included', () => {
    expect(weighed.raw).toBe(bytes(PAGE));
    expect(part('structured data')).toMatchObject({ elements: 1, raw: bytes(JSON_LD) });
    expect(part('source cards')).toMatchObject({ elements: 1, raw: bytes(CARDS) });
    expect(part('"Cite this claim"')).toMatchObject({ elements: 1, raw: bytes(CITE) });
    expect(part('numbered notes')).toMatchObject({ elements: 1, raw: bytes(NOTES) });
    expect(part('links to the quoted passage')).toMatchObject({ elements: 2, raw: bytes(CARD_LINK + NOTE_LINK) });
  });

  it('says what brotli saves without a part, and nothing for a part the page does not have', () => {
    expect(part('source cards').brotliSaved).toBeGreaterThan(0);
    expect(part('numbered notes').brotliSaved).toBeGreaterThan(0);
    expect(part('claim ledger')).toEqual({ name: 'claim ledger', elements: 0, raw: 0, brotliSaved: 0 });
    expect(weighed.parts.map((entry) => entry.name)).toEqual(BRIEFING_PARTS.map((definition) => definition.name));
  });

  it('reports the parts as a table naming the page', () => {
    const table = formatParts('/briefings/grain/', weighed).split('\n');
    expect(table[0]).toContain('/briefings/grain/');
    expect(table).toContain(`| claim ledger | 0 | 0.0 KB | 0.0 KB |`);
    expect(table.length).toBe(4 + BRIEFING_PARTS.length);
  });
});
