import type {DatePrecision, PartialDate} from './types.js';
import {quote} from './text.js';

/**
 * Put before a formatted date that is only approximate: "c. 2012".
 * Kept in one place so it can be localised later.
 */
export const APPROXIMATE_PREFIX = 'c. ';

const MS_PER_DAY = 86_400_000;
/** The largest distance from the epoch a `Date` can hold (ECMA-262 §21.4.1.22). */
const MAX_TIME = 8.64e15;

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

// Year (4 digits, or ±6 for extended years), then optional month, day, time and offset;
// the same grammar as the isoDate pattern in data/milestones.schema.json.
const ISO_DATE =
  /^([+-]\d{6}|\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

const EXAMPLES = '2014, 2014-07, 2014-07-05 or 2014-07-05T14:30Z';

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
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

function precisionOf(
  month?: string,
  day?: string,
  minute?: string,
  second?: string,
): DatePrecision {
  if (second !== undefined) return 'second';
  if (minute !== undefined) return 'minute';
  if (day !== undefined) return 'day';
  if (month !== undefined) return 'month';
  return 'year';
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
  const match = ISO_DATE.exec(iso);
  if (!match) return `${quote(iso)} is not an ISO 8601 date such as ${EXAMPLES}`;
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fraction, offset] =
    match;
  // Valid dates are the hot path: the text is quoted only on the way out with a reason.
  if (yearText === '-000000') return `${quote(iso)} is not a year; write year zero as 0000`;
  const year = Number(yearText);
  const month = monthText === undefined ? 1 : Number(monthText);
  const day = dayText === undefined ? 1 : Number(dayText);
  const hour = hourText === undefined ? 0 : Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  const millisecond = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0'));

  if (month < 1 || month > 12) return `${quote(iso)} has no month ${month}; months run 01–12`;
  const monthLength = daysInMonth(year, month);
  if (day < 1 || day > monthLength) {
    return `${quote(iso)} is not a calendar date: ${MONTH_NAMES[month - 1]} ${year} has ${monthLength} days`;
  }
  if (hour > 23) return `${quote(iso)} has no hour ${hour}; hours run 00–23`;
  if (minute > 59) return `${quote(iso)} has no minute ${minute}; minutes run 00–59`;
  if (second > 59) return `${quote(iso)} has no second ${second}; seconds run 00–59`;

  let offsetMinutes = 0;
  if (offset !== undefined && offset !== 'Z') {
    const offsetHours = Number(offset.slice(1, 3));
    const offsetRest = Number(offset.slice(-2));
    if (offsetHours > 23 || offsetRest > 59) {
      return `${quote(iso)} has an impossible offset ${offset}; offsets run −23:59 to +23:59`;
    }
    offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetRest);
  }

  const time =
    daysFromCivil(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 +
    millisecond;
  if (Math.abs(time) > MAX_TIME) {
    return `${quote(iso)} is outside the range of JavaScript dates (271821 BCE to 275760 CE)`;
  }
  return {iso, time, precision: precisionOf(monthText, dayText, minuteText, secondText)};
}

const FORMAT_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: {year: 'numeric'},
  month: {year: 'numeric', month: 'long'},
  day: {year: 'numeric', month: 'long', day: 'numeric'},
  minute: {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  },
  second: {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, precision: DatePrecision, withEra: boolean) {
  const key = `${locale}|${precision}|${withEra}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = {
      ...FORMAT_OPTIONS[precision],
      timeZone: 'UTC',
      ...(withEra ? {era: 'short'} : {}),
    };
    try {
      formatter = new Intl.DateTimeFormat(locale, options);
    } catch {
      // A malformed locale tag (from an attribute, say) must not break rendering.
      formatter = new Intl.DateTimeFormat('en', options);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

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
  const withEra = new Date(date.time).getUTCFullYear() <= 0;
  const text = formatterFor(locale, date.precision, withEra).format(date.time);
  return options.approximate ? `${APPROXIMATE_PREFIX}${text}` : text;
}
