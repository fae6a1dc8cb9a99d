import { describe, expect, it } from 'vitest';
import { loadSourceRemembered, REMEMBERED_SOURCES } from '../../src/checker/remembered-sources.ts';
import { textFile } from '../../src/checker/text-file.ts';

/*
 * A save's check in `astro dev` reads the saved briefing's sources again; each is parsed once and
 * remembered while its text stays the same.
 */

const PATH = 'content/sources/wire-report.yaml';
const YAML = 'title: Wire report\npublisher: Example Wire\nkind: news\n';

describe('sources remembered between checks', () => {
  it('parse a file once while its text stays the same, and again once it changes', () => {
    const first = loadSourceRemembered('wire-report', textFile(PATH, YAML));
    expect(first.data.title).toBe('Wire report');
    // The same file read again by the next check: a new text object with the same words.
    expect(loadSourceRemembered('wire-report', textFile(PATH, `${YAML} `.slice(0, -1)))).toBe(first);

    const edited = loadSourceRemembered('wire-report', textFile(PATH, YAML.replace('Wire report', 'Wire story')));
    expect(edited).not.toBe(first);
    expect(edited.data.title).toBe('Wire story');
    // A broken save is parsed too, and reported as the file now reads.
    const broken = loadSourceRemembered('wire-report', textFile(PATH, 'title: [unclosed\n'));
    expect(broken.document.errors.length).toBeGreaterThan(0);
  });

  it('forget the least recently used beyond their bound', () => {
    const first = loadSourceRemembered('first', textFile('content/sources/first.yaml', YAML));
    for (let index = 0; index < REMEMBERED_SOURCES; index += 1) {
      loadSourceRemembered(`other-${index}`, textFile(`content/sources/other-${index}.yaml`, YAML));
    }
    const again = loadSourceRemembered('first', textFile('content/sources/first.yaml', YAML));
    expect(again).not.toBe(first);
    expect(again.data).toEqual(first.data);
  });
});
