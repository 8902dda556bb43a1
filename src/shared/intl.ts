// Intl formatters are costly to build (far more than formatting), so one per locale and option
// set is kept for the session, shared by the model's dates, the layout's ticks and the element's
// summaries.
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/**
 * A usable BCP 47 tag for `Intl`: `_` is read as `-` (`en_US`, as CMS output often writes it),
 * and a malformed tag (`C`, `!!`, an empty string) falls back to `en` instead of throwing.
 */
export function safeLocale(locale: string | null | undefined): string {
  return validLocale(locale) ?? 'en';
}

/** The canonical form of `locale` with `_` read as `-`, or `undefined` when it is not a tag. */
export function validLocale(locale: string | null | undefined): string | undefined {
  const tag = locale?.trim().replaceAll('_', '-');
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

/** A UTC date formatter for `locale` (made safe) with the given fields. */
export function dateFormat(
  locale: string,
  fields: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached(
    `d|${locale}|${JSON.stringify(fields)}`,
    () => new Intl.DateTimeFormat(safeLocale(locale), {...fields, timeZone: 'UTC'}),
  );
}

/** A number formatter for `locale` (made safe): plain by default, or e.g. compact ("1.2K"). */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return cached(
    `n|${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(safeLocale(locale), options),
  );
}

/** A long unit formatter for `locale`, e.g. "33 years". */
export function unitFormat(locale: string, unit: string): Intl.NumberFormat {
  return numberFormat(locale, {style: 'unit', unit, unitDisplay: 'long'});
}
