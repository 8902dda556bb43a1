/**
 * Lengths of time in milliseconds, for every layer: one definition, so that the axis, its break
 * labels and the zoom limits agree on how long a year is.
 */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The mean Gregorian year, so that 1974-01-01 to 2007-01-01 is 33 years to the day. */
export const YEAR = 365.2425 * DAY;
/** A twelfth of {@link YEAR}. */
export const MONTH = YEAR / 12;
