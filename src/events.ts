import type {Milestone, ParseIssue} from './model/index.js';

/** Detail of {@link PartnerTimelineSelectEvent}. */
export interface SelectDetail {
  /** The chosen milestone, as a plain copy of its validated data. */
  readonly milestone: Readonly<Milestone>;
  /** Its position in date order among all valid milestones (0-based). */
  readonly index: number;
}

/** Detail of {@link PartnerTimelineErrorEvent}. */
export interface ErrorDetail {
  /** A one-line summary for people. */
  readonly message: string;
  /** Every rejected item or field, with its input index and reason. */
  readonly issues: readonly ParseIssue[];
}

/** Detail of {@link PartnerTimelineRangeChangeEvent}. */
export interface RangeChangeDetail {
  readonly start: Date;
  readonly end: Date;
}

/** Detail of {@link PartnerTimelineLoadEvent}. */
export interface LoadDetail {
  /** How many valid milestones were drawn. */
  readonly count: number;
  /** Where the data came from: the `src` URL or `inline` for a child script or list. */
  readonly source: string;
}

/** Detail of {@link PartnerTimelineFilterChangeEvent}. */
export interface FilterChangeDetail {
  /** The categories now switched off, in the legend's order. */
  readonly hiddenCategories: readonly string[];
}

// Every event bubbles and is composed so that it reaches listeners outside the shadow root.
const eventInit = {bubbles: true, composed: true} as const;

/** Fired when a milestone is chosen by click, Enter or Space. */
export class PartnerTimelineSelectEvent extends CustomEvent<SelectDetail> {
  static readonly eventName = 'partner-timeline-select';
  constructor(detail: SelectDetail) {
    super(PartnerTimelineSelectEvent.eventName, {...eventInit, detail});
  }
}

/** Fired when input was rejected in whole or in part. */
export class PartnerTimelineErrorEvent extends CustomEvent<ErrorDetail> {
  static readonly eventName = 'partner-timeline-error';
  constructor(detail: ErrorDetail) {
    super(PartnerTimelineErrorEvent.eventName, {...eventInit, detail});
  }
}

/** Fired when data from `src` or inline JSON was loaded and drawn. */
export class PartnerTimelineLoadEvent extends CustomEvent<LoadDetail> {
  static readonly eventName = 'partner-timeline-load';
  constructor(detail: LoadDetail) {
    super(PartnerTimelineLoadEvent.eventName, {...eventInit, detail});
  }
}

/** Fired when zoom or pan changed the visible range. */
export class PartnerTimelineRangeChangeEvent extends CustomEvent<RangeChangeDetail> {
  static readonly eventName = 'partner-timeline-range-change';
  constructor(detail: RangeChangeDetail) {
    super(PartnerTimelineRangeChangeEvent.eventName, {...eventInit, detail});
  }
}

/** Fired when the reader switched a category on or off in the legend. */
export class PartnerTimelineFilterChangeEvent extends CustomEvent<FilterChangeDetail> {
  static readonly eventName = 'partner-timeline-filter-change';
  constructor(detail: FilterChangeDetail) {
    super(PartnerTimelineFilterChangeEvent.eventName, {...eventInit, detail});
  }
}

declare global {
  interface HTMLElementEventMap {
    'partner-timeline-select': PartnerTimelineSelectEvent;
    'partner-timeline-error': PartnerTimelineErrorEvent;
    'partner-timeline-load': PartnerTimelineLoadEvent;
    'partner-timeline-range-change': PartnerTimelineRangeChangeEvent;
    'partner-timeline-filter-change': PartnerTimelineFilterChangeEvent;
  }
}
