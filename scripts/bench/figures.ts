/**
 * Figures as sources write them ("$45m", "£1.2bn", "4,500 customer accounts", "12 per cent") with the
 * quantity a claim gives for them. Every figure is read back with the checker's own number reader
 * before it is used, so a generated quote always states its claim's quantity.
 */
import { quantityIsStated, readNumbers } from '../../src/checker/numbers/index.ts';
import type { Random } from './random.ts';

export interface Quantity {
  value: number;
  unit: string;
  qualifier?: 'about' | 'up-to' | 'more-than' | 'at-least';
}

export interface Figure {
  /** The figure as written, in words separated by single spaces. */
  words: string[];
  quantity: Quantity;
}

const grouped = (value: number): string => value.toLocaleString('en-US');

type Template = (random: Random) => Figure;

const TEMPLATES: readonly Template[] = [
  (r) => {
    const millions = r.int(2, 950);
    return { words: [`$${millions}m`], quantity: { value: millions * 1e6, unit: 'USD' } };
  },
  (r) => {
    const tenths = r.int(11, 99);
    return {
      words: [`$${Math.floor(tenths / 10)}.${tenths % 10}bn`],
      quantity: { value: tenths * 1e8, unit: 'USD' },
    };
  },
  (r) => {
    const millions = r.int(3, 600);
    return { words: [`£${millions}`, 'million'], quantity: { value: millions * 1e6, unit: 'GBP' } };
  },
  (r) => {
    const euros = r.int(12, 990) * 1000;
    return { words: ['about', `€${grouped(euros)}`], quantity: { value: euros, unit: 'EUR', qualifier: 'about' } };
  },
  (r) => {
    const billions = r.int(2, 400);
    return { words: [String(billions), 'billion', 'won'], quantity: { value: billions * 1e9, unit: 'KRW' } };
  },
  (r) => {
    const billions = r.int(2, 90);
    return {
      words: ['up', 'to', `¥${billions}bn`],
      quantity: { value: billions * 1e9, unit: 'JPY', qualifier: 'up-to' },
    };
  },
  (r) => {
    const accounts = r.int(120, 98_000);
    return {
      words: [grouped(accounts), 'customer', 'accounts'],
      quantity: { value: accounts, unit: 'accounts' },
    };
  },
  (r) => {
    const people = r.int(40, 25_000);
    return {
      words: ['more', 'than', grouped(people), 'people'],
      quantity: { value: people, unit: 'people', qualifier: 'more-than' },
    };
  },
  (r) => {
    const percent = r.int(2, 85);
    return { words: [String(percent), 'per', 'cent'], quantity: { value: percent, unit: '%' } };
  },
  (r) => {
    const tenths = r.int(5, 400);
    return {
      words: [`${Math.floor(tenths / 10)}.${tenths % 10}%`],
      quantity: { value: tenths / 10, unit: '%' },
    };
  },
  (r) => {
    const coins = r.int(15, 4_000);
    return { words: [grouped(coins), 'bitcoin'], quantity: { value: coins, unit: 'BTC' } };
  },
  (r) => {
    const countries = r.int(3, 60);
    return { words: [String(countries), 'countries'], quantity: { value: countries, unit: 'countries' } };
  },
  (r) => {
    const tonnes = r.int(200, 900_000);
    return {
      words: ['at', 'least', grouped(tonnes), 'tonnes'],
      quantity: { value: tonnes, unit: 'tonnes', qualifier: 'at-least' },
    };
  },
  (r) => {
    const kilometres = r.int(5, 2_400);
    return { words: [grouped(kilometres), 'kilometres'], quantity: { value: kilometres, unit: 'kilometres' } };
  },
];

/** A figure with its quantity, proved to be read back by the checker's number reader. */
export function makeFigure(random: Random): Figure {
  const figure = random.pick(TEMPLATES)(random);
  if (!quantityIsStated(figure.quantity, readNumbers(figure.words.join(' ')))) {
    throw new Error(`generated figure "${figure.words.join(' ')}" does not state ${JSON.stringify(figure.quantity)}`);
  }
  return figure;
}

/** True when a quote, as cut from its sentence, still states the quantity. */
export function quoteStates(quote: string, quantity: Quantity): boolean {
  return quantityIsStated(quantity, readNumbers(quote));
}
