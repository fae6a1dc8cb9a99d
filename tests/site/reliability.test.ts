import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { fileForPath } from './built-site.ts';

/** Elements of a page of the fixture site that match a test, with their text. */
function find(path: string, test: (element: Element) => boolean): string[] {
  const found: string[] = [];
  visit(fromHtml(readFileSync(fileForPath('fixture', path)!, 'utf8')), 'element', (element) => {
    if (!test(element)) return;
    let text = '';
    visit(element, 'text', (node) => {
      text += node.value;
    });
    found.push(text);
  });
  return found;
}

const classes = (element: Element): string[] =>
  Array.isArray(element.properties['className']) ? element.properties['className'].map(String) : [];

describe('source reliability on the fixture site', () => {
  it('shows a graded source’s badge, with the grade in words, on its page and its cards, and none for an ungraded one', () => {
    const badge = (element: Element) => classes(element).includes('reliability');
    expect(find('/sources/wire-story/', badge)).toEqual(['Reliability B: Usually reliable']);
    expect(find('/sources/daily-paper/', badge)).toEqual([]);
    const cards = find('/briefings/crowded-claims/', (element) => element.properties['dataUse'] !== undefined);
    const wire = cards.filter((card) => card.includes('Example Wire Service'));
    expect(wire.length).toBeGreaterThan(0);
    for (const card of wire) expect(card).toContain('Reliability B: Usually reliable');
    for (const card of cards.filter((text) => text.includes('Daily'))) expect(card).not.toContain('Reliability');
  });

  it('explains every grade of the Admiralty scale in the glossary', () => {
    const glossary = find('/briefings/crowded-claims/', (element) => classes(element).includes('glossary-reliability'));
    for (const words of ['Completely reliable', 'Usually reliable', 'Reliability cannot be judged'])
      expect(glossary.join(' ')).toContain(words);
  });

  it('tags briefings and source pages for the search filter', () => {
    const filter = (element: Element) => element.properties['dataPagefindFilter'] === 'Source reliability';
    expect(find('/briefings/crowded-claims/', filter).sort()).toEqual([
      'B: Usually reliable',
      'F: Reliability cannot be judged',
    ]);
    expect(find('/sources/wire-story/', filter)).toEqual(['B: Usually reliable']);
  });
});
