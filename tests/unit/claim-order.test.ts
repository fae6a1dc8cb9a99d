import { describe, expect, it } from 'vitest';
import { readClaimMarks as claimIdsInBodyOrder } from '../../src/reading/read-claim-marks.ts';

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

describe('the claims a body publishes', () => {
  it('leaves out a <Claim> that the site would not render: in a footnote nothing refers to, or empty', () => {
    const body = [
      'Text <Claim id="shown">words</Claim>.',
      '',
      '[^orphan]: <Claim id="in-orphan-footnote">never rendered</Claim>',
      '',
      'More <Claim id="empty" /> here.',
    ].join('\n');
    expect(claimIdsInBodyOrder(body)).toEqual(['shown']);
  });

  it('keeps a <Claim> in a footnote the text refers to, and reads GFM tables as the site does', () => {
    const body = [
      'See the note.[^n]',
      '',
      '| a | b |',
      '| - | - |',
      '| <Claim id="in-table">cell</Claim> | x |',
      '',
      '[^n]: <Claim id="in-note">a note</Claim>',
    ].join('\n');
    expect(claimIdsInBodyOrder(body)).toEqual(['in-table', 'in-note']);
  });
});
