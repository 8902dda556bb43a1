// Intl formatters are costly to build, so one per locale and option set is kept for the session.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const unitFormats = new Map<string, Intl.NumberFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A usable BCP 47 tag: malformed tags fall back to `en` instead of throwing. */
export function safeLocale(locale: string | undefined): string {
  try {
    return Intl.getCanonicalLocales(locale ?? 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** A UTC date formatter for `locale` with the given fields. */
export function dateFormat(
  locale: string,
  fields: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(fields)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {...fields, timeZone: 'UTC'});
    dateFormats.set(key, format);
  }
  return format;
}

/** A number formatter for `locale`: plain by default, or e.g. compact ("1.2K"). */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A long unit formatter, e.g. "33 years". */
export function unitFormat(locale: string, unit: string): Intl.NumberFormat {
  const key = `${locale}|${unit}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {style: 'unit', unit, unitDisplay: 'long'});
    unitFormats.set(key, format);
  }
  return format;
}
