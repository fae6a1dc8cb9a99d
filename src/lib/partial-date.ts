/**
 * Dates in the contract may name a whole year or month (`2019`, `2019-08`). Comparisons treat such
 * a date as the period it names: it is before another date only if all of it is.
 */
export interface Period {
  /** First day, `YYYY-MM-DD`. */
  first: string;
  /** Last day, `YYYY-MM-DD`. */
  last: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The period a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date names. */
export function periodOf(date: string): Period {
  const [year, month, day] = date.split('-');
  if (day !== undefined) return { first: date, last: date };
  if (month !== undefined) {
    const last = String(daysInMonth(Number(year), Number(month))).padStart(2, '0');
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${last}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** True when all of `a` comes before all of `b`. ISO dates compare correctly as strings. */
export function isEntirelyBefore(a: string, b: string): boolean {
  return periodOf(a).last < periodOf(b).first;
}

/** True when all of `a` comes after all of `b`. */
export function isEntirelyAfter(a: string, b: string): boolean {
  return periodOf(a).first > periodOf(b).last;
}
