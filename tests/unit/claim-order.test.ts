import { describe, expect, it } from 'vitest';
import { claimIdsInBodyOrder } from '../../src/lib/claim-order.ts';

describe('the order in which a reader meets claims', () => {
  it('follows the body, each claim once', () => {
    expect(
      claimIdsInBodyOrder('<Claim id="b">x</Claim> and <Claim id="a">y</Claim>, again <Claim id="b">z</Claim>.'),
    ).toEqual(['b', 'a']);
  });

  it('ignores a <Claim> shown as code or hidden in a comment, which marks nothing', () => {
    const body = [
      'Write `<Claim id="in-span">` to mark a claim.',
      '',
      '```mdx',
      '<Claim id="in-block">example</Claim>',
      '```',
      '',
      '{/* <Claim id="in-comment">old</Claim> */}',
      '',
      'Here <Claim id="real">is one</Claim>.',
    ].join('\n');
    expect(claimIdsInBodyOrder(body)).toEqual(['real']);
  });
});
