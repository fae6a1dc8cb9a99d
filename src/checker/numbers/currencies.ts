/**
 * Currency signs, ISO 4217 codes and currency words, and reading them next to a figure. A quantity's unit is an
 * ISO code, so every way copy writes a currency resolves to one: "£", "GBP", "pounds" and "sterling" are all GBP.
 */
import { matchAt } from './text-scan.ts';

/**
 * ISO 4217 codes a claim's quantity may use. Wider than the codes the reader recognises in text, because a
 * claim's unit only has to be classified, and an unusual but valid code must still be treated as money.
 */
export const ISO_CURRENCY_CODES: ReadonlySet<string> = new Set([
  'AED', 'ARS', 'AUD', 'BDT', 'BGN', 'BHD', 'BRL', 'BYN', 'CAD', 'CHF', 'CLP', 'CNY', 'COP', 'CZK', 'DKK', 'DZD',
  'EGP', 'ETB', 'EUR', 'GBP', 'GHS', 'HKD', 'HUF', 'IDR', 'ILS', 'INR', 'IQD', 'IRR', 'ISK', 'JOD', 'JPY', 'KES',
  'KPW', 'KRW', 'KWD', 'KZT', 'LBP', 'LKR', 'MAD', 'MXN', 'MYR', 'NGN', 'NOK', 'NZD', 'OMR', 'PEN', 'PHP', 'PKR',
  'PLN', 'QAR', 'RON', 'RSD', 'RUB', 'SAR', 'SEK', 'SGD', 'SYP', 'THB', 'TRY', 'TWD', 'UAH', 'USD', 'UZS', 'VES',
  'VND', 'XAF', 'XOF', 'ZAR',
]); // prettier-ignore

/**
 * Codes recognised when written in text. Codes that are also common capitalised words or acronyms (PHP the
 * language, TRY and MAD in all-caps headlines, ALL, TOP) are left out so they never turn a figure into money.
 */
const TEXT_CODES: readonly string[] = [
  'USD', 'GBP', 'EUR', 'JPY', 'KRW', 'KPW', 'CNY', 'HKD', 'TWD', 'AUD', 'CAD', 'NZD', 'SGD', 'CHF', 'INR', 'RUB',
  'UAH', 'BRL', 'MXN', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'ILS', 'SAR', 'AED', 'QAR', 'EGP', 'NGN',
  'KES', 'IDR', 'MYR', 'THB', 'VND', 'PKR', 'BDT', 'ARS', 'CLP', 'COP', 'IRR', 'RMB',
]; // prettier-ignore

/** Codes written in text that are not the ISO code themselves ("RMB" is the common name for CNY). */
const CODE_ALIASES: Readonly<Record<string, string>> = { RMB: 'CNY' };

/**
 * Signs written before a figure, longest first so "US$" and "HK$" win over "$". A bare "$" is USD, as in the
 * wire copy this site cites; the prefixed dollars are other currencies and must never be read as USD.
 */
const PREFIX_SIGNS: readonly (readonly [string, string])[] = [
  ['U.S.$', 'USD'],
  ['US$', 'USD'],
  ['AU$', 'AUD'],
  ['CA$', 'CAD'],
  ['HK$', 'HKD'],
  ['NZ$', 'NZD'],
  ['NT$', 'TWD'],
  ['MX$', 'MXN'],
  ['A$', 'AUD'],
  ['C$', 'CAD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['$', 'USD'],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['₩', 'KRW'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₪', 'ILS'],
  ['₴', 'UAH'],
  ['₦', 'NGN'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
];

/** Single-character signs; the scanner starts a mention attempt when it meets one. */
export const CURRENCY_SIGN_CHARS: ReadonlySet<string> = new Set(
  PREFIX_SIGNS.map(([sign]) => sign).filter((sign) => sign.length === 1),
);

/**
 * Currency words after a figure, as regular-expression sources with single spaces standing for any white space;
 * ordered so that the longer name wins ("North Korean won" is KPW, plain "won" is KRW). Lookaheads keep a few
 * non-money readings out: "pounds of cocaine" is weight, "19 euro zone countries" is not 19 euros.
 */
const SUFFIX_WORDS: readonly (readonly [string, string])[] = [
  ['north korean won', 'KPW'],
  ['(?:south )?korean won', 'KRW'],
  ['won', 'KRW'],
  ['u\\.?s\\.? dollars?', 'USD'],
  ['american dollars?', 'USD'],
  ['australian dollars?', 'AUD'],
  ['canadian dollars?', 'CAD'],
  ['hong kong dollars?', 'HKD'],
  ['new zealand dollars?', 'NZD'],
  ['singapore dollars?', 'SGD'],
  ['taiwan(?:ese)? dollars?', 'TWD'],
  ['dollars?', 'USD'],
  ['pounds? sterling', 'GBP'],
  ['british pounds?', 'GBP'],
  ['pounds?(?! of(?![\\p{L}]))', 'GBP'],
  ['sterling', 'GBP'],
  ['euros?(?![-\\s]+(?:zone|area|region|countries|members?|nations|states)(?![\\p{L}]))', 'EUR'],
  ['(?:japanese )?yen', 'JPY'],
  ['(?:chinese )?yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['pakistani rupees?', 'PKR'],
  ['(?:indian )?rupees?', 'INR'],
  ['(?:russian )?(?:roubles?|rubles?)', 'RUB'],
  ['swiss francs?', 'CHF'],
  ['hryvnias?', 'UAH'],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A sign that ends in a letter ("Rs") must not run on into a word ("Rsa").
const SIGN_ALTERNATIVES = PREFIX_SIGNS.map(([sign]) =>
  /\p{L}$/u.test(sign) ? `${escapeRegExp(sign)}(?![\\p{L}])` : escapeRegExp(sign),
).join('|');
const CODE_ALTERNATIVES = TEXT_CODES.join('|');
const SINGLE_SIGN_CLASS = [...CURRENCY_SIGN_CHARS].map(escapeRegExp).join('');

/** A sign (group 1) or a code (group 2) at the offset; a code must not run on into more letters ("USDC"). */
const PREFIX_RE = new RegExp(`(${SIGN_ALTERNATIVES})|(${CODE_ALTERNATIVES})(?![\\p{L}])`, 'uy');

/** A sign after a figure ("5 €"); not when another figure follows, where the sign belongs to that figure. */
const SUFFIX_SIGN_RE = new RegExp(`\\s*([${SINGLE_SIGN_CLASS}])(?!\\s*\\.?\\d)`, 'uy');

/** A code after a figure ("3.5m EUR"); not when another figure follows ("571 USD 882"). */
const SUFFIX_CODE_RE = new RegExp(`\\s*(${CODE_ALTERNATIVES})(?![\\p{L}\\p{N}])(?!\\s*\\d)`, 'uy');

/** A currency word after a figure, one capture group per `SUFFIX_WORDS` entry. */
const SUFFIX_WORD_RE = new RegExp(
  `(?:\\s+|[-\\u2010\\u2011])(?:${SUFFIX_WORDS.map(([source]) => `(${source.replaceAll(' ', '\\s+')})`).join('|')})(?![\\p{L}\\p{N}])`,
  'iuy',
);

const THREE_LETTERS = /^[A-Za-z]{3}$/;

/** A currency read from the text: its ISO code and the offset just past what was read. */
export interface CurrencyMatch {
  /** The ISO 4217 code the sign, code or word stands for. */
  code: string;
  /** The offset just past the sign, code or word, so the mention's span can include it. */
  end: number;
}

function codeFor(written: string): string {
  return CODE_ALIASES[written] ?? written;
}

/**
 * Reads a currency sign or code that starts exactly at `pos` ("$", "US$", "HK$", "£", "USD"). Spaces after it
 * are left for the caller, which allows "US$ 2 billion".
 */
export function readCurrencyPrefix(text: string, pos: number): CurrencyMatch | undefined {
  const match = matchAt(PREFIX_RE, text, pos);
  if (!match) return undefined;
  const [whole, sign, code] = match;
  const end = pos + whole.length;
  if (sign !== undefined) {
    const found = PREFIX_SIGNS.find(([candidate]) => candidate === sign);
    return found ? { code: found[1], end } : undefined;
  }
  return code === undefined ? undefined : { code: codeFor(code), end };
}

/**
 * Reads a currency written after a figure, starting at the figure's end: a sign ("5 €"), a code ("3.5m EUR") or
 * a currency word ("two billion US dollars", "1.5bn won"). Words need a space or hyphen before them
 * ("a million-dollar heist").
 */
export function readCurrencySuffix(text: string, pos: number): CurrencyMatch | undefined {
  const sign = matchAt(SUFFIX_SIGN_RE, text, pos);
  if (sign) {
    const found = PREFIX_SIGNS.find(([candidate]) => candidate === sign[1]);
    if (found) return { code: found[1], end: pos + sign[0].length };
  }
  const code = matchAt(SUFFIX_CODE_RE, text, pos);
  if (code?.[1] !== undefined) return { code: codeFor(code[1]), end: pos + code[0].length };
  const word = matchAt(SUFFIX_WORD_RE, text, pos);
  if (!word) return undefined;
  // Exactly one alternative's group took part in the match; its position says which currency it was.
  for (let group = 1; group < word.length; group += 1) {
    const entry = SUFFIX_WORDS[group - 1];
    if (word[group] !== undefined && entry) return { code: entry[1], end: pos + word[0].length };
  }
  return undefined;
}

/**
 * The ISO code a quantity's unit names, or undefined when the unit is not money. Case is forgiven ("usd"), but
 * only real ISO codes count: "BTC" and "ETH" are plain units matched against words like "bitcoin".
 */
export function currencyCodeOf(unit: string): string | undefined {
  const trimmed = unit.trim();
  if (!THREE_LETTERS.test(trimmed)) return undefined;
  const upper = trimmed.toUpperCase();
  return ISO_CURRENCY_CODES.has(upper) ? upper : undefined;
}
