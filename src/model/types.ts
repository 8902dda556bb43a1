/** A milestone as people write it in JSON: the public data format. */
export interface Milestone {
  /** Stable id; derived from date and title when absent. */
  id?: string;
  /** ISO 8601: `1974`, `2014-07`, `2017-11-05` or a full date-time. */
  date: string;
  /** Same format as `date`; makes the milestone a span. */
  end?: string;
  /** Plain text, never HTML. */
  title: string;
  /** Plain text, never HTML. */
  description?: string;
  /** An http(s) or relative link; any other scheme is dropped. */
  url?: string;
  /** Groups and colours milestones; shown in a legend. */
  category?: string;
  /** Drawn and announced as approximate ("c. 2012"). */
  approximate?: boolean;
}

/** How much of a date was written: `2014` is a year, `2014-07` a month. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

/** A parsed ISO 8601 date that remembers how precisely it was written. */
export interface PartialDate {
  /** The text as written (trimmed), e.g. `2014-07`. */
  readonly iso: string;
  /** Milliseconds since the epoch of the start of the written period, in UTC. */
  readonly time: number;
  readonly precision: DatePrecision;
}

/** A validated milestone, ready for layout and rendering. */
export interface TimelineItem {
  /** Unique within one parse result. */
  readonly id: string;
  /** Position of the raw item in the input array. */
  readonly sourceIndex: number;
  readonly date: PartialDate;
  readonly end?: PartialDate;
  readonly title: string;
  readonly description?: string;
  readonly url?: string;
  readonly category?: string;
  readonly approximate: boolean;
  /** A clean plain-data copy of the milestone, as handed out in events. */
  readonly milestone: Readonly<Milestone>;
}

/** Why (part of) the input was rejected or changed. */
export interface ParseIssue {
  /** Index of the offending item in the input array; `null` for the input as a whole. */
  readonly index: number | null;
  /** The field at fault, when there is one. */
  readonly field?: string;
  /** A sentence a person can act on, e.g. `item 3: date "2024-02-30" is not a calendar date`. */
  readonly message: string;
  /** `error`: the item was dropped; `warning`: it was kept with a field removed or changed. */
  readonly severity: 'error' | 'warning';
}

/** The result of reading unknown input: every valid milestone, in date order, and what was wrong. */
export interface ParseResult {
  readonly items: readonly TimelineItem[];
  readonly issues: readonly ParseIssue[];
}
