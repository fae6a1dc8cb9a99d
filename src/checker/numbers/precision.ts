/**
 * The precision a claim's quantity states. A quantity's `value` is written as a plain number in the
 * frontmatter, so its precision is that of its significant digits, trailing zeros of a whole number not
 * counting: 2200000000 is 2.2e9 to the nearest 0.1e9, 2000000000 is to the nearest 1e9, 0.45 to the nearest 0.01.
 */

/** `m × 10^exponent`, divided rather than multiplied by a fraction so that 5 × 10^-3 is exactly 0.005. */
function timesPowerOfTen(mantissa: number, exponent: number): number {
  return exponent >= 0 ? mantissa * 10 ** exponent : mantissa / 10 ** -exponent;
}

/**
 * The place value of the last significant digit of `value`: 1e8 for 2200000000, 1e9 for 2000000000, 1 for 571,
 * 10 for 570, 0.01 for 0.45. Zero and non-finite values have the precision of a whole number (1).
 */
export function lastDigitUnit(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  // The shortest decimal that reads back as the same double: "2.2e+9", "4.5e-1", "5.71e+2".
  const [mantissa = '', exponent = '0'] = Math.abs(value).toExponential().split('e');
  const decimals = mantissa.includes('.') ? mantissa.length - mantissa.indexOf('.') - 1 : 0;
  return timesPowerOfTen(1, Number(exponent) - decimals);
}

/** Half a unit of the last significant digit of `value`: how far a source's figure may lie from it and still round to it. */
export function halfUnitOf(value: number): number {
  return lastDigitUnit(value) / 2;
}
