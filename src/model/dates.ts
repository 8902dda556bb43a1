import type {DatePrecision, PartialDate} from './types.js';
import {quote} from './text.js';
import {dateFormat} from '../shared/intl.js';
import {DAY} from '../shared/time-units.js';

/**
 * Put before a formatted date that is only approximate: "c. 2012".
 * Kept in one place so it can be localised later.
 */
export const APPROXIMATE_PREFIX = 'c. ';

/** The largest distance from the epoch a `Date` can hold (ECMA-262 §21.4.1.22). */
const MAX_TIME = 8.64e15;
/** 0001-01-01T00:00Z: earlier times fall in year 0 or before, which needs an era. */
const YEAR_ONE = -62_135_596_800_000;

const MONTH_NAMES = [
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

const EXAMPLES = '2014, 2014-07, 2014-07-05 or 2014-07-05T14:30Z';

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days from 1970-01-01 to the given proleptic Gregorian date (month 1–12), for any year.
 * Computed by hand (H. Hinnant's days_from_civil) so that years under 100 stay themselves
 * and nothing ever rolls over the way `Date.UTC` does.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Reads an ISO 8601 date that may be partial (`1974`, `2014-07`, `2017-11-05`) or a date-time
 * (`2017-11-05T14:30`, `…:05`, `…:05.250`, with `Z` or `±HH:MM`; no offset means UTC).
 * Extended years are written `+YYYYYY` / `-YYYYYY` (`-000044` is 45 BCE). Impossible dates are
 * rejected, never rolled over.
 *
 * Returns the date, or a reason that reads as a sentence about the quoted text, e.g.
 * `"2024-02-30" is not a calendar date: February 2024 has 29 days`.
 *
 * @example
 * parsePartialDate('2014-07'); // {iso: '2014-07', time: Date.UTC(2014, 6), precision: 'month'}
 */
export function parsePartialDate(text: string): PartialDate | string {
  const iso = text.trim();
  const date = readIsoDate(iso);
  // Valid dates are the hot path: the text is quoted only on the way out with a reason.
  return typeof date === 'string' ? `${quote(iso)} ${date}` : date;
}

/** The number written by the `count` digits at `start`, or NaN if they are not all digits. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    // Past the end of the text, charCodeAt gives NaN, which fails the test too.
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The date written as `iso`, or what is wrong with it (to follow the quoted text).
 *
 * Read by hand rather than with a regular expression, because every milestone passes through
 * here: a year of 4 digits (or ±6 for extended years), then optionally `-MM`, `-DD`, `THH:MM`,
 * `:SS`, `.s` to `.sss`, and after the time an offset `Z` or `±HH:MM` / `±HHMM`; the same grammar
 * as the isoDate pattern in data/milestones.schema.json. A part that is not all digits makes its
 * number NaN, and one NaN makes the sum of them all NaN.
 */
function readIsoDate(iso: string): PartialDate | string {
  const sign = iso[0] === '-' ? -1 : iso[0] === '+' ? 1 : 0;
  const year = sign ? sign * digits(iso, 1, 6) : digits(iso, 0, 4);
  let at = sign ? 7 : 4;
  let precision: DatePrecision = 'year';
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let millisecond = 0;
  let offset = '';
  let offsetHours = 0;
  let offsetRest = 0;
  if (iso[at] === '-') {
    precision = 'month';
    month = digits(iso, at + 1, 2);
    at += 3;
    if (iso[at] === '-') {
      precision = 'day';
      day = digits(iso, at + 1, 2);
      at += 3;
      if (iso[at] === 'T') {
        precision = 'minute';
        hour = digits(iso, at + 1, 2);
        minute = iso[at + 3] === ':' ? digits(iso, at + 4, 2) : NaN;
        at += 6;
        if (iso[at] === ':') {
          precision = 'second';
          second = digits(iso, at + 1, 2);
          at += 3;
          if (iso[at] === '.') {
            // One to three digits of a second: `.2` is 200 ms.
            const start = ++at;
            while (at < start + 3 && digits(iso, at, 1) >= 0) at++;
            const count = at - start;
            millisecond = count ? digits(iso, start, count) * 10 ** (3 - count) : NaN;
          }
        }
        const start = at;
        if (iso[at] === 'Z') {
          at++;
        } else if (iso[at] === '+' || iso[at] === '-') {
          offsetHours = digits(iso, at + 1, 2);
          at += iso[at + 3] === ':' ? 4 : 3;
          offsetRest = digits(iso, at, 2);
          at += 2;
          offset = iso.slice(start, at);
        }
      }
    }
  }
  if (
    at !== iso.length ||
    Number.isNaN(
      year + month + day + hour + minute + second + millisecond + offsetHours + offsetRest,
    )
  ) {
    return `is not an ISO 8601 date such as ${EXAMPLES}`;
  }
  if (sign < 0 && year === 0) return 'is not a year; write year zero as 0000';

  if (month < 1 || month > 12) return `has no month ${month}; months run 01–12`;
  const monthLength = daysInMonth(year, month);
  if (day < 1 || day > monthLength) {
    return `is not a calendar date: ${MONTH_NAMES[month - 1]} ${year} has ${monthLength} days`;
  }
  if (hour > 23) return `has no hour ${hour}; hours run 00–23`;
  if (minute > 59) return `has no minute ${minute}; minutes run 00–59`;
  if (second > 59) return `has no second ${second}; seconds run 00–59`;
  if (offsetHours > 23 || offsetRest > 59) {
    return `has an impossible offset ${offset}; offsets run −23:59 to +23:59`;
  }
  const offsetMinutes = (offset[0] === '-' ? -1 : 1) * (offsetHours * 60 + offsetRest);
  const time =
    daysFromCivil(year, month, day) * DAY +
    ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 +
    millisecond;
  if (Math.abs(time) > MAX_TIME) {
    return 'is outside the range of JavaScript dates (271821 BCE to 275760 CE)';
  }
  return {iso, time, precision};
}

// Each precision shows one more part than the one before it.
const YEAR_FIELDS: Intl.DateTimeFormatOptions = {year: 'numeric'};
const MONTH_FIELDS: Intl.DateTimeFormatOptions = {...YEAR_FIELDS, month: 'long'};
const DAY_FIELDS: Intl.DateTimeFormatOptions = {...MONTH_FIELDS, day: 'numeric'};
const MINUTE_FIELDS: Intl.DateTimeFormatOptions = {
  ...DAY_FIELDS,
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};
const FORMAT_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: YEAR_FIELDS,
  month: MONTH_FIELDS,
  day: DAY_FIELDS,
  minute: MINUTE_FIELDS,
  second: {...MINUTE_FIELDS, second: '2-digit'},
};

/**
 * Formats a date at the precision it was written, in UTC: a month reads "July 2014" (en) or
 * "2014年7月" (zh-CN), never "1 July 2014". Years up to 0 carry an era ("45 BC").
 * A malformed locale falls back to English; a time no Date can hold shows `iso` as written.
 *
 * @example
 * formatPartialDate(parsed, 'en', {approximate: true}); // "c. 2012"
 */
export function formatPartialDate(
  date: PartialDate,
  locale: string,
  options: {approximate?: boolean} = {},
): string {
  // A hand-made PartialDate may hold a time Intl cannot format; show what was written instead.
  if (!(Math.abs(date.time) <= MAX_TIME)) return date.iso;
  const fields = FORMAT_OPTIONS[date.precision];
  const withEra = date.time < YEAR_ONE ? {...fields, era: 'short' as const} : fields;
  const text = dateFormat(locale, withEra).format(date.time);
  return options.approximate ? `${APPROXIMATE_PREFIX}${text}` : text;
}
