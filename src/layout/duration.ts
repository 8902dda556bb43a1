import {unitFormat} from '../shared/intl.js';
import {DAY, HOUR, MINUTE, MONTH, SECOND, YEAR} from '../shared/time-units.js';

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
