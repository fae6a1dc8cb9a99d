import { describe, expect, it } from 'vitest';
import { validateCheckOptions } from '../../src/checker/options.ts';
import corroborate from '../../src/integration/corroborate.ts';

describe('corroborate() options', () => {
  it('accepts every documented option', () => {
    expect(
      validateCheckOptions({
        rules: { 'archive-missing': 'off', url: 'warn' },
        safeMode: true,
        searchIndex: false,
        shard: { index: 2, count: 4 },
      }),
    ).toEqual([]);
    expect(validateCheckOptions(undefined)).toEqual([]);
  });

  it('fails a misspelt option with the problem, what is expected, and the fix', () => {
    expect(validateCheckOptions({ safemode: false })).toEqual([
      'unknown option "safemode"; expected "rules", "safeMode", "searchIndex", "shard" or "searchBundles"; did you mean "safeMode"?',
    ]);
  });

  it('fails an unknown rule id, naming the nearest rule and every rule', () => {
    const [problem] = validateCheckOptions({ rules: { 'archive-mising': 'off' } });
    expect(problem).toMatch(
      /^unknown rule "archive-mising" in "rules"; did you mean "archive-missing"\? the rules are: yaml, schema, /,
    );
  });

  it('fails a setting that is not off, warn or error, and options of the wrong type', () => {
    expect(validateCheckOptions({ rules: { url: 'of' }, safeMode: 'yes' })).toEqual([
      'rule "url" is set to "of"; expected "off", "warn" or "error"',
      '"safeMode" must be true or false, not "yes"',
    ]);
    expect(validateCheckOptions({ rules: ['url'] })).toEqual([
      '"rules" must map rule ids to "off", "warn" or "error", such as { "archive-missing": "off" }',
    ]);
    expect(validateCheckOptions('strict')).toEqual([
      'corroborate() options must be an object such as { rules: { "archive-missing": "off" } }',
    ]);
  });

  it('fails a shard that is not one of its count, with the form expected and the command that sets it', () => {
    const expected =
      'expected { index, count } with 1 ≤ index ≤ count, such as { index: 2, count: 4 } (npm run build -- --shard 2/4 sets it)';
    expect(validateCheckOptions({ shard: { index: 3, count: 2 } })).toEqual([
      `"shard" is {"index":3,"count":2}; ${expected}`,
    ]);
    expect(validateCheckOptions({ shard: { index: 0, count: 2 } })).toEqual([
      `"shard" is {"index":0,"count":2}; ${expected}`,
    ]);
    expect(validateCheckOptions({ shard: '1/2' })).toEqual([`"shard" is "1/2"; ${expected}`]);
  });

  it('stops astro.config.mjs from loading when an option is wrong, rather than ignoring it', () => {
    expect(() => corroborate({ safemode: false } as never)).toThrow(
      'invalid corroborate() options in astro.config.mjs: unknown option "safemode"',
    );
  });
});
