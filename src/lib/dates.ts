const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Writes a full or partial ISO date for readers: `2019-08-05` as "5 August 2019", `2019-08` as
 * "August 2019", `2019` as "2019". Done by hand so the output never depends on the build
 * machine's locale data or time zone.
 */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}
