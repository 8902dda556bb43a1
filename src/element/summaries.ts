import {formatPartialDate, type ParseIssue, type TimelineItem} from '../model/index.js';
import {formatRange, type AxisBreak, type PlacedCluster} from '../layout/index.js';
import {dateFormat, numberFormat} from '../shared/intl.js';
import type {TimelineStrings} from '../i18n.js';

/**
 * The words the element writes, in one language: its locale (for dates and numbers) and its
 * built-in strings. Everything in this module is pure: data and wording in, text out.
 */
export interface Wording {
  readonly locale: string;
  readonly text: TimelineStrings;
}

/** The date label of a milestone: "July 2014", "2014 to 2017", "c. 2012". */
export function itemDate(item: TimelineItem, {locale, text}: Wording): string {
  const start = formatPartialDate(item.date, locale);
  const date = item.end ? text.span(start, formatPartialDate(item.end, locale)) : start;
  return item.approximate ? text.approximate(date) : date;
}

/** The year of an instant, as ticks and summaries name it: "2007". */
export function formatYear(time: number, {locale}: Wording): string {
  return dateFormat(locale, {year: 'numeric'}).format(time);
}

/** A count written in full: "1,000". */
export function formatNumber(value: number, {locale}: Wording): string {
  return numberFormat(locale).format(value);
}

/**
 * What the status says of a new range: "Showing 2013 to 2018", or when no milestone lies in it,
 * "No milestones between 1995 and 2001; 1 earlier, 3 later". `beyond` is the layout's count of
 * the milestones outside the range, of `total`.
 */
export function rangeStatus(
  total: number,
  {earlier, later}: {readonly earlier: number; readonly later: number},
  range: readonly [number, number],
  wording: Wording,
): string {
  const {text, locale} = wording;
  const [from, to] = formatRange(range, locale);
  if (earlier + later < total) return text.showing(from, to);
  const beyond = [
    earlier ? text.earlier(formatNumber(earlier, wording)) : '',
    later ? text.later(formatNumber(later, wording)) : '',
  ];
  return [text.nothingBetween(from, to), beyond.filter(Boolean).join(', ')].join('; ');
}

/** A count short enough for a cluster marker: "470", "1.2K" (the name keeps it exact). */
export function formatCount(value: number, {locale}: Wording): string {
  return numberFormat(locale, {notation: 'compact'}).format(value);
}

/** A compressed gap as read aloud: "gap of 33 years, 1974 to 2007". */
export function gapName(gap: AxisBreak, wording: Wording): string {
  return wording.text.gap(gap.label, formatYear(gap.start, wording), formatYear(gap.end, wording));
}

/**
 * The accessible name of a cluster, its dates at the precision that tells them apart: "12
 * milestones, 1990 to 1994", "13 milestones, 14 March 2024".
 */
export function clusterName(
  cluster: PlacedCluster,
  wording: Wording,
  items: readonly TimelineItem[],
): string {
  // The cluster's end is its last milestone's instant, included: formatRange takes ends after.
  const [from, to] = formatRange([cluster.start, cluster.end + 1], wording.locale);
  const name = wording.text.cluster(formatNumber(cluster.indices.length, wording), from, to);
  // The first titles, so that browsing clusters says what they hold.
  const titles = cluster.indices.slice(0, CLUSTER_TITLES).map((index) => items[index]?.title);
  const more = cluster.indices.length > CLUSTER_TITLES ? ', …' : '';
  return `${name}: ${titles.join(', ')}${more}`;
}

/** How many titles a cluster's name gives. */
const CLUSTER_TITLES = 2;

/**
 * The summary read before the timeline: "4 milestones, 1974 to 2017; gap of 33 years, 1974 to
 * 2007." Within one year the years alone would say nothing, so the dates are used as written.
 */
export function timelineSummary(
  items: readonly TimelineItem[],
  breaks: readonly AxisBreak[],
  wording: Wording,
): string {
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return '';
  const lastDate = last.end ?? last.date;
  let from = formatYear(first.date.time, wording);
  let to = formatYear(lastDate.time, wording);
  if (from === to) {
    from = formatPartialDate(first.date, wording.locale);
    to = formatPartialDate(lastDate, wording.locale);
  }
  const summary = wording.text.summary(formatNumber(items.length, wording), from, to);
  return [summary, ...breaks.map((gap) => gapName(gap, wording))].join('; ') + '.';
}

/**
 * One line above the list of problems: the message of input rejected as a whole, else "2
 * milestones could not be shown", counting items rejected (or, with only warnings, issues).
 */
export function errorSummary(issues: readonly ParseIssue[], wording: Wording): string {
  const whole = issues.find((issue) => issue.index === null);
  if (whole) return whole.message;
  const rejected = new Set(
    issues.filter((issue) => issue.severity === 'error').map((issue) => issue.index),
  );
  return wording.text.rejected(formatNumber(rejected.size || issues.length, wording));
}
