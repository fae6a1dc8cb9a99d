import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/checker/suggest.ts';

const sources = ['un-poe-2019-midterm', 'ons-cpi-2024', 'bbc-fact-check', 'ifs-budget-2023', 'ifs-budget-2024'];

describe('suggest', () => {
  it('suggests the full id when the editor cut it short', () => {
    expect(suggest('un-poe-2019', sources)).toBe('un-poe-2019-midterm');
  });

  it('suggests the known id when the editor added a qualifier to it', () => {
    expect(suggest('ons-cpi-2024-march', sources)).toBe('ons-cpi-2024');
  });

  it('suggests the known id for a one-letter typo', () => {
    expect(suggest('ons-cpi-2042', sources)).toBe('ons-cpi-2024');
    expect(suggest('bbc-fcat-check', sources)).toBe('bbc-fact-check');
    expect(suggest('bbc-fact-chek', sources)).toBe('bbc-fact-check');
  });

  it('treats two swapped neighbouring letters as a single typo', () => {
    expect(suggest('ons-pci-2024', ['ons-cpi-2024', 'ons-xyz-2024'])).toBe('ons-cpi-2024');
  });

  it('ignores the difference between upper and lower case', () => {
    expect(suggest('ONS-CPI-2024', sources)).toBe('ons-cpi-2024');
  });

  it('offers nothing when no known id is plausibly what the editor meant', () => {
    expect(suggest('who-malaria-report', sources)).toBeUndefined();
    expect(suggest('x', sources)).toBeUndefined();
  });

  it('offers nothing when there are no known ids', () => {
    expect(suggest('un-poe-2019', [])).toBeUndefined();
    expect(suggest('un-poe-2019', new Set<string>())).toBeUndefined();
  });

  it('offers nothing for an empty id', () => {
    expect(suggest('', sources)).toBeUndefined();
  });

  it('breaks ties alphabetically so the message is the same on every build', () => {
    expect(suggest('ifs-budget-202', ['ifs-budget-2024', 'ifs-budget-2023'])).toBe('ifs-budget-2023');
    expect(suggest('ifs-budget-2025', ['ifs-budget-2024', 'ifs-budget-2023'])).toBe('ifs-budget-2023');
  });

  it('prefers a close typo over a long truncation', () => {
    expect(suggest('ifs-budget', ['ifs-budget-2023', 'ifs-budgt'])).toBe('ifs-budgt');
  });

  it('accepts any iterable of known ids, such as the keys of a map', () => {
    const byId = new Map([['un-poe-2019-midterm', 1]]);
    expect(suggest('un-poe-2019', byId.keys())).toBe('un-poe-2019-midterm');
  });
});
