import {unitFormat} from './intl.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Mean Gregorian month and year, so that 1974-01-01 to 2007-01-01 reads "33 years". */
const YEAR = 365.2425 * DAY;
const MONTH = YEAR / 12;

const UNITS: readonly (readonly [string, number])[] = [
  ['year', YEAR],
  ['month', MONTH],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

/**
 * A duration in words, in the largest unit of which there are at least two ("18 months", not
 * "1 year").
 *
 * @example formatDuration(33 * 365.2425 * 86_400_000, 'en') // "33 years"
 */
export function formatDuration(ms: number, locale: string): string {
  const length = Math.abs(ms);
  const [unit, size] = UNITS.find(([, size]) => length >= 2 * size) ?? ['second', SECOND];
  return unitFormat(locale, unit).format(Math.round(length / size));
}
