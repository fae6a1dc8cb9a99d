import { describe, expect, it } from 'vitest';
import {
  currencyCodeOf,
  quantityBacksMention,
  quantityIsStated,
  readNumbers,
  type NumberMention,
  type QuantityToMatch,
} from '../../src/checker/numbers/index.ts';

function stated(quantity: QuantityToMatch, quote: string): boolean {
  return quantityIsStated(quantity, readNumbers(quote));
}

function headline(text: string): NumberMention {
  const mentions = readNumbers(text);
  const mention = mentions[0];
  if (mention === undefined || mentions.length > 1) throw new Error(`expected one figure in ${JSON.stringify(text)}`);
  return mention;
}

describe('quantityIsStated', () => {
  it('finds a quantity stated in the same currency at the stated precision', () => {
    expect(stated({ value: 2.2e9, unit: 'USD' }, '$2.2 billion (£1.8 billion)')).toBe(true);
    expect(stated({ value: 1.8e9, unit: 'GBP' }, '$2.2 billion (£1.8 billion)')).toBe(true);
    expect(stated({ value: 2e9, unit: 'USD', qualifier: 'up-to' }, 'up to two billion US dollars')).toBe(true);
    expect(stated({ value: 65e6, unit: 'USD', qualifier: 'about' }, 'around US$ 65 million (£54 million)')).toBe(true);
  });

  it('does not accept the same figure in another currency', () => {
    const quote = 'an US$ 81 million (£67 million) cyber-heist';
    expect(stated({ value: 67e6, unit: 'USD' }, quote)).toBe(false);
    expect(stated({ value: 67e6, unit: 'GBP' }, quote)).toBe(true);
    expect(stated({ value: 81e6, unit: 'USD' }, quote)).toBe(true);
  });

  it('does not accept a bare figure for a currency quantity', () => {
    expect(stated({ value: 500, unit: 'USD' }, '500 accounts were emptied')).toBe(false);
    expect(stated({ value: 2e9, unit: 'USD' }, 'two billion')).toBe(false);
  });

  it('catches a figure whose scale the quote left out', () => {
    const quote = 'US$ 571 (£473 million) of the US$ 882 million (£731 million)';
    expect(stated({ value: 571e6, unit: 'USD' }, quote)).toBe(false);
    expect(stated({ value: 571, unit: 'USD' }, quote)).toBe(true);
    expect(stated({ value: 882e6, unit: 'USD' }, quote)).toBe(true);
  });

  it('lets a claim round its source but never sharpen it: precision flows one way', () => {
    // The claim's 2000000000 is to the nearest billion: $2.2bn rounds to it.
    expect(stated({ value: 2e9, unit: 'USD' }, '$2.2bn')).toBe(true);
    expect(stated({ value: 1.7e9, unit: 'USD' }, '$1.66 billion')).toBe(true);
    // The claim's 2200000000 is to the nearest 0.1 billion: "two billion" does not say so much.
    expect(stated({ value: 2.2e9, unit: 'USD' }, 'two billion US dollars')).toBe(false);
    expect(stated({ value: 1.66e9, unit: 'USD' }, '$1.7 billion')).toBe(false);
    expect(stated({ value: 2.1e9, unit: 'USD' }, '$2.2bn')).toBe(false);
    expect(stated({ value: 2.2e9, unit: 'USD', qualifier: 'exactly' }, '$2.2bn')).toBe(true);
  });

  it('widens the claim\'s own precision by 5% of the value for "about"', () => {
    expect(stated({ value: 2.1e9, unit: 'USD', qualifier: 'about' }, '$2.2bn')).toBe(true);
    expect(stated({ value: 2.3e9, unit: 'USD', qualifier: 'about' }, '$2.1bn')).toBe(false);
    expect(stated({ value: 100, unit: 'people', qualifier: 'about' }, '105 people')).toBe(true);
    expect(stated({ value: 94, unit: 'people', qualifier: 'about' }, '105 people')).toBe(false);
  });

  it('matches a plain unit against the words after the figure, forgiving case and plural', () => {
    expect(stated({ value: 500_000, unit: 'people' }, 'half a million people')).toBe(true);
    expect(stated({ value: 500_000, unit: 'accounts' }, 'half a million people')).toBe(false);
    expect(stated({ value: 3, unit: 'exchange' }, 'three exchanges were hit')).toBe(true);
    expect(stated({ value: 1, unit: 'exchanges' }, 'one exchange was hit')).toBe(true);
    expect(stated({ value: 12, unit: 'People' }, 'twelve people')).toBe(true);
  });

  it('finds a plain unit past modifiers, and multi-word units', () => {
    expect(stated({ value: 10_000, unit: 'accounts' }, '10,000 stolen customer accounts')).toBe(true);
    expect(stated({ value: 10_000, unit: 'customer accounts' }, '10,000 stolen customer accounts')).toBe(true);
    expect(stated({ value: 10_000, unit: 'accounts' }, '10,000 of the accounts')).toBe(false);
  });

  it('treats BTC as bitcoin and ETH as ether', () => {
    expect(stated({ value: 2_500, unit: 'BTC' }, 'Crypto heist nets 2,500 bitcoin')).toBe(true);
    expect(stated({ value: 2_500, unit: 'BTC' }, '2,500 bitcoins')).toBe(true);
    expect(stated({ value: 2_500, unit: 'bitcoin' }, '2,500 BTC')).toBe(true);
    expect(stated({ value: 100_000, unit: 'ETH', qualifier: 'about' }, 'about 100,000 ether')).toBe(true);
    expect(stated({ value: 100_000, unit: 'ETH' }, '100,000 bitcoin')).toBe(false);
  });

  it('does not accept money or a percentage for a plain unit', () => {
    expect(stated({ value: 81e6, unit: 'people' }, '$81m people')).toBe(false);
    expect(stated({ value: 12, unit: 'people' }, '12% people')).toBe(false);
  });

  it('needs a percentage for a "%" quantity', () => {
    expect(stated({ value: 12, unit: '%' }, 'a rise of 12 per cent')).toBe(true);
    expect(stated({ value: 12, unit: '%' }, '12%')).toBe(true);
    expect(stated({ value: 12, unit: '%' }, '12 people')).toBe(false);
    expect(stated({ value: 12, unit: 'percent' }, '12 percent')).toBe(true);
  });

  it('is false when no mention is given', () => {
    expect(quantityIsStated({ value: 1, unit: 'USD' }, [])).toBe(false);
  });
});

describe('quantityBacksMention', () => {
  it('does not back "$2.2bn" with two billion dollars, which the headline overstates', () => {
    expect(quantityBacksMention({ value: 2e9, unit: 'USD' }, headline('$2.2bn'))).toBe(false);
    expect(quantityBacksMention({ value: 2.2e9, unit: 'USD' }, headline('$2.2bn'))).toBe(true);
  });

  it('backs "$2bn" and "two billion dollars" with two billion dollars', () => {
    expect(quantityBacksMention({ value: 2e9, unit: 'USD' }, headline('$2bn'))).toBe(true);
    expect(quantityBacksMention({ value: 2e9, unit: 'USD' }, headline('two billion dollars'))).toBe(true);
  });

  it('backs a bare figure with a quantity in any unit', () => {
    expect(quantityBacksMention({ value: 2e9, unit: 'USD' }, headline('two billion'))).toBe(true);
    expect(quantityBacksMention({ value: 500, unit: 'people' }, headline('500 arrested'))).toBe(true);
  });

  it('needs the same currency when the headline names one', () => {
    expect(quantityBacksMention({ value: 2e9, unit: 'GBP' }, headline('$2bn'))).toBe(false);
    expect(quantityBacksMention({ value: 2e9, unit: 'people' }, headline('$2bn'))).toBe(false);
  });

  it('needs a "%" quantity for a percentage in the headline', () => {
    expect(quantityBacksMention({ value: 12, unit: '%' }, headline('12% rise'))).toBe(true);
    expect(quantityBacksMention({ value: 12, unit: 'people' }, headline('12% rise'))).toBe(false);
  });

  it('uses the stated precision without widening', () => {
    expect(quantityBacksMention({ value: 2.25e9, unit: 'USD' }, headline('$2.2bn'))).toBe(true);
    expect(quantityBacksMention({ value: 2.26e9, unit: 'USD' }, headline('$2.2bn'))).toBe(false);
  });
});

describe('currencyCodeOf', () => {
  it('recognises ISO 4217 codes in any case, and not crypto tickers or words', () => {
    expect(currencyCodeOf('USD')).toBe('USD');
    expect(currencyCodeOf(' krw ')).toBe('KRW');
    expect(currencyCodeOf('BTC')).toBeUndefined();
    expect(currencyCodeOf('ETH')).toBeUndefined();
    expect(currencyCodeOf('people')).toBeUndefined();
  });
});
