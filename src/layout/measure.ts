import type {MeasureText} from './types.js';

/**
 * Wraps `measure` with a cache that lives as long as one layout: wrapping measures the same
 * prefixes again and again, and a cache kept longer could go stale when the page's font changes.
 */
export function measureCache(measure: MeasureText): MeasureText {
  const widths = new Map<string, number>();
  return (text, role = 'title') => {
    const key = `${role}:${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = measure(text, role);
      if (!Number.isFinite(width) || width < 0) width = 0;
      widths.set(key, width);
    }
    return width;
  };
}
