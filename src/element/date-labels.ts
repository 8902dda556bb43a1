import {nothing} from 'lit';
import type {LayoutItem} from '../layout/index.js';
import type {TimelineItem} from '../model/index.js';

/**
 * The date label of each milestone ("July 2014", "c. 2012"), formatted when first read.
 *
 * Intl formats about a date a microsecond, which is 100 ms for 100,000 milestones, yet the
 * layout measures and the templates draw only the labels of placed milestones: in a dense
 * timeline most milestones sit inside clusters, whose names give years only.
 *
 * @example
 * const labels = new DateLabels(items, (item) => formatPartialDate(item.date, 'en'));
 * layoutTimeline(labels.layoutItems(), options); // formats only what it measures
 * labels.get(3); // "July 2014"
 */
export class DateLabels {
  readonly #items: readonly TimelineItem[];
  readonly #format: (item: TimelineItem) => string;
  readonly #labels: Array<string | undefined>;

  constructor(items: readonly TimelineItem[], format: (item: TimelineItem) => string) {
    this.#items = items;
    this.#format = format;
    this.#labels = new Array<string | undefined>(items.length);
  }

  /** The label of the milestone at `index` (date order). */
  get(index: number): string {
    let label = this.#labels[index];
    if (label === undefined) {
      label = this.#format(this.#items[index]);
      this.#labels[index] = label;
    }
    return label;
  }

  /** The milestones as the layout reads them; each formats its date label on first read. */
  layoutItems(): LayoutItem[] {
    return this.#items.map((item, index) => new LazyLayoutItem(item, index, this));
  }
}

/** One class for all items, so that 100,000 of them share one getter instead of a closure each. */
class LazyLayoutItem implements LayoutItem {
  readonly start: number;
  readonly end?: number;
  readonly title: string;
  readonly #index: number;
  readonly #labels: DateLabels;

  constructor(item: TimelineItem, index: number, labels: DateLabels) {
    this.start = item.date.time;
    if (item.end) this.end = item.end.time;
    this.title = item.title;
    this.#index = index;
    this.#labels = labels;
  }

  get dateLabel(): string {
    return this.#labels.get(this.#index);
  }
}

/**
 * The `datetime` of a `<time>` for a date, or `nothing` where HTML has no valid value: its
 * dates start at year 1 and have four or more digits, so year 0, BCE years and expanded years
 * (`-0044`, `+012345`) keep their text and lose the attribute rather than carry an invalid one.
 */
export function datetimeOf(date: TimelineItem['date']): string | typeof nothing {
  return /^\d{4}/.test(date.iso) && !date.iso.startsWith('0000') ? date.iso : nothing;
}
