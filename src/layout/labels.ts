import type {LayoutItem, MeasureText} from './types.js';

/** Height of one line of label text, px. */
export const LABEL_LINE_HEIGHT = 18;
/** Inner padding of a label box, px. */
export const LABEL_PADDING = 4;
/** Most lines of title text in a label. */
export const MAX_TITLE_LINES = 3;
/** Most lines of the date: a span's "March 2012 to September 2013" may need two. */
export const MAX_DATE_LINES = 2;
const ELLIPSIS = '…';

/** A label's wrapped date and title and the size of its box (text lines and padding). */
export interface LabelContent {
  readonly dateLines: readonly string[];
  readonly lines: readonly string[];
  readonly width: number;
  readonly height: number;
}

/** Label widths along a vertical axis, px. */
export const VERTICAL_LABEL_MAX = 320;
export const VERTICAL_LABEL_MIN = 64;
/** Margin kept at the far edge of the plot, px. */
export const PLOT_EDGE = 4;

/** Widest label box along a horizontal axis of `length` px. */
export function horizontalLabelWidth(length: number): number {
  return Math.min(180, Math.max(96, length / 4), length);
}

/** How a label is fitted: its widest box, how text is measured, its line height. */
export interface LabelFit {
  /** Widest label box, px, padding included. */
  readonly maxWidth: number;
  readonly measure: MeasureText;
  /** Height of one line of text, px; default {@link LABEL_LINE_HEIGHT}. */
  readonly lineHeight?: number;
  /** How far a date that needs more lines than allowed may widen the label, px. */
  readonly limit?: number;
}

/**
 * The label of one item, no wider than `maxWidth`: the date, wrapped, then the wrapped title.
 * The date is never cut while there is room: a date that needs more than
 * {@link MAX_DATE_LINES} lines at `maxWidth` (a span's, in a narrow label) widens the label as
 * far as `limit`.
 */
export function labelContent(item: LayoutItem, fit: LabelFit): LabelContent {
  const {maxWidth, measure, lineHeight = LABEL_LINE_HEIGHT, limit = maxWidth} = fit;
  const measureDate = (text: string) => measure(text, 'date');
  const measureTitle = (text: string) => measure(text, 'title');
  const padding = 2 * LABEL_PADDING;
  const textWidth = Math.max(
    1,
    dateWidth(item.dateLabel, maxWidth - padding, limit - padding, measureDate),
  );
  const dateLines = wrapTitle(item.dateLabel, textWidth, measureDate, MAX_DATE_LINES);
  const lines = wrapTitle(item.title, textWidth, measureTitle);
  const widest = Math.max(0, ...dateLines.map(measureDate), ...lines.map(measureTitle));
  return {
    dateLines,
    lines,
    width: Math.min(textWidth + padding, Math.ceil(widest) + padding),
    height: (dateLines.length + lines.length) * lineHeight + 2 * LABEL_PADDING,
  };
}

/** The narrowest width from `width` to `limit` at which `date` wraps into few enough lines. */
function dateWidth(date: string, width: number, limit: number, measure: MeasureText): number {
  // Greedy wrapping never needs more lines at a greater width, so the search can halve.
  const fits = (w: number) =>
    wrapTitle(date, w, measure, MAX_DATE_LINES + 1).length <= MAX_DATE_LINES;
  if (width >= limit || fits(width)) return width;
  if (!fits(limit)) return limit;
  let low = width;
  let high = limit;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) high = mid;
    else low = mid;
  }
  return high;
}

/**
 * Wraps `title` at spaces into lines no wider than `width`, breaking words that are wider by
 * characters; past `maxLines` the last line is cut and ends with '…'.
 *
 * @example wrapTitle('Student exchange agreement signed', 70, (s) => 7 * s.length)
 * // ['Student', 'exchange', 'agreement…']
 */
export function wrapTitle(
  title: string,
  width: number,
  measure: MeasureText,
  maxLines = MAX_TITLE_LINES,
): string[] {
  const lines: string[] = [];
  // True once there are more lines than fit: the rest of the text does not matter.
  const full = (line: string) => lines.push(line) > maxLines;
  let line = '';
  words: for (const word of title.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= width) {
      line = joined;
      continue;
    }
    if (line && full(line)) break;
    let rest = word;
    while (measure(rest) > width) {
      const chars = Array.from(rest);
      const cut = fittingLength(chars, width, measure);
      if (full(chars.slice(0, cut).join(''))) break words;
      rest = chars.slice(cut).join('');
    }
    line = rest;
  }
  if (line && lines.length <= maxLines) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsise(kept[maxLines - 1], width, measure);
  return kept;
}

/** Most leading characters (at least one) whose text fits in `width`. */
function fittingLength(chars: readonly string[], width: number, measure: MeasureText): number {
  let low = 1;
  let high = chars.length;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (measure(chars.slice(0, mid).join('')) <= width) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** `line` shortened until it fits in `width` with '…' appended. */
function ellipsise(line: string, width: number, measure: MeasureText): string {
  const chars = Array.from(line);
  const withEllipsis = (n: number) => `${chars.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (measure(withEllipsis(mid)) <= width) low = mid;
    else high = mid - 1;
  }
  return withEllipsis(low);
}
