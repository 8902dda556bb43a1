/**
 * Milliseconds since the epoch of a UTC date-time. Months run 1–12, as written in ISO 8601, so
 * `utc(2014, 7)` reads like "2014-07". Years under 100 stay themselves (0099 is not 1999).
 */
export function utc(
  year: number,
  month = 1,
  day = 1,
  hours = 0,
  minutes = 0,
  seconds = 0,
  milliseconds = 0,
): number {
  const date = new Date(Date.UTC(2000, 0, 1, hours, minutes, seconds, milliseconds));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}
