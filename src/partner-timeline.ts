import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {classMap} from 'lit/directives/class-map.js';
import {styleMap} from 'lit/directives/style-map.js';
import {repeat} from 'lit/directives/repeat.js';
import {ResizeController} from '@lit-labs/observers/resize-controller.js';

import {PartnerTimelineErrorEvent, PartnerTimelineSelectEvent, type ErrorDetail} from './events.js';
import {stringsFor, type TimelineStrings} from './i18n.js';
import {formatPartialDate, parseMilestones} from './model/index.js';
import type {Milestone, ParseIssue, ParseResult, TimelineItem} from './model/types.js';
import {layoutTimeline} from './layout/index.js';
import type {
  AxisBreak,
  GapMode,
  LayoutItem,
  Orientation,
  PlacedCluster,
  PlacedMilestone,
  TimelineLayout,
} from './layout/types.js';
import {canvasMeasurer} from './element/measure.js';
import {styles} from './partner-timeline.styles.js';

/** How the axis runs: `auto` follows the element's own width. */
export type OrientationSetting = 'auto' | Orientation;

/** Below this width (px) `orientation="auto"` lays the timeline out vertically. */
export const VERTICAL_BELOW = 600;

const EMPTY: ParseResult = {items: [], issues: []};
const MAX_LISTED_ISSUES = 5;

/**
 * Keeps a JSON attribute as the string it is: parsing and reporting happen in one place, the model.
 */
const jsonAttribute = {
  fromAttribute: (value: string | null): string | null => value,
};

/**
 * An accessible, embeddable timeline of dated milestones on a D3 time scale.
 *
 * @summary Lays out dated milestones on a time axis, with compressed gaps, keyboard support and a
 * detail view.
 *
 * @example
 * ```html
 * <partner-timeline label="CQMU and Pleven" src="./cqmu-pleven.json"></partner-timeline>
 * ```
 *
 * @fires partner-timeline-select - A milestone was chosen by click, Enter or Space. `detail: {milestone, index}`.
 * @fires partner-timeline-error - Input was rejected in whole or in part. `detail: {message, issues}`.
 * @fires partner-timeline-load - Data from `src` or inline JSON was loaded and drawn. `detail: {count, source}`.
 * @fires partner-timeline-range-change - Zoom or pan changed the visible range. `detail: {start, end}`.
 *
 * @csspart timeline - The outer wrapper of everything drawn.
 * @csspart axis - The time axis (decorative, hidden from assistive technology).
 * @csspart tick - One axis tick label.
 * @csspart milestone - One drawn milestone: the focusable option. `milestone--selected` when selected.
 * @csspart marker - The dot of a milestone or cluster on the axis.
 * @csspart label - The box with a milestone's date and title.
 * @csspart detail - The expanded view of the selected milestone.
 * @csspart error - The summary of rejected input.
 * @csspart cluster - A marker standing for several milestones too dense to draw apart.
 * @csspart break - A compressed stretch of empty time on the axis.
 *
 * @cssprop --partner-timeline-font-family - Font of all text. Default: inherited.
 * @cssprop --partner-timeline-font-size - Base text size. Default: 0.875rem.
 * @cssprop --partner-timeline-line-height - Line height of labels. Default: 18px.
 * @cssprop --partner-timeline-color - Text colour. Default: CanvasText.
 * @cssprop --partner-timeline-muted-color - Colour of ticks and secondary text.
 * @cssprop --partner-timeline-background - Background of the element. Default: transparent.
 * @cssprop --partner-timeline-axis-color - Colour of the axis, leader lines and break marks.
 * @cssprop --partner-timeline-marker-color - Fill of milestone markers.
 * @cssprop --partner-timeline-marker-size - Diameter of a milestone marker. Default: 12px.
 * @cssprop --partner-timeline-selected-color - Colour of the selected milestone.
 * @cssprop --partner-timeline-focus-color - Colour of the focus ring.
 * @cssprop --partner-timeline-label-background - Background of labels. Default: Canvas.
 * @cssprop --partner-timeline-label-border - Border colour of labels.
 * @cssprop --partner-timeline-radius - Corner radius of labels and panels. Default: 6px.
 * @cssprop --partner-timeline-gap - Space between the plot, detail and error panels. Default: 12px.
 * @cssprop --partner-timeline-error-color - Border colour of the error panel.
 * @cssprop --partner-timeline-error-background - Background of the error panel.
 * @cssprop --partner-timeline-transition-duration - Length of hover and focus transitions. Default: 150ms.
 */
export class PartnerTimeline extends LitElement {
  static override styles = styles;

  /**
   * The milestones to draw: an array of {@link Milestone}, `{milestones: [...]}`, or (as the
   * `milestones` attribute) the same as a JSON string.
   */
  @property({converter: jsonAttribute})
  milestones: readonly Milestone[] | {milestones: readonly Milestone[]} | string | null = null;

  /** Accessible name of the timeline. */
  @property()
  label = '';

  /** `auto` (default) switches to vertical when the element is narrower than 600 px. */
  @property({reflect: true})
  orientation: OrientationSetting = 'auto';

  /** BCP 47 locale of dates and built-in strings; defaults to the nearest `lang` in the page. */
  @property()
  locale = '';

  /** Id of the selected milestone. */
  @property({reflect: true})
  selected: string | null = null;

  /** `auto` compresses long empty stretches of time into axis breaks; `linear` does not. */
  @property({reflect: true})
  gaps: GapMode = 'auto';

  /** Milliseconds a `src` fetch may take before it is aborted and reported. */
  @property({type: Number})
  timeout = 15_000;

  /** Replacement built-in strings, for languages other than English, Bulgarian and Chinese. */
  @property({attribute: false})
  strings: Partial<TimelineStrings> | null = null;

  /** The milestone that holds the single tab stop (index in date order). */
  @state()
  private activeIndex = 0;

  #resize = new ResizeController(this, {
    callback: ([entry]) => entry?.contentRect.width,
  });

  #result: ParseResult = EMPTY;
  #layout: TimelineLayout | null = null;
  #dateLabels: string[] = [];
  #resolvedLocale = 'en';
  #text: TimelineStrings = stringsFor('en');
  #layoutKey = '';
  #layoutInputs: readonly TimelineItem[] | null = null;
  #pendingError: ErrorDetail | null = null;
  #focusAfterRender = false;

  /** Valid milestones in date order, as parsed from the current input. */
  get items(): readonly TimelineItem[] {
    return this.#result.items;
  }

  /** Problems found in the current input. */
  get issues(): readonly ParseIssue[] {
    return this.#result.issues;
  }

  /**
   * Selects the milestone with this id (or clears the selection with `null`) without firing
   * `partner-timeline-select`, which is kept for choices people make.
   *
   * @example
   * ```js
   * timeline.select('2017-11-student-exchange');
   * ```
   */
  select(id: string | null): void {
    this.selected = id;
    const index = this.#indexOf(id);
    if (index >= 0) this.activeIndex = index;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('milestones')) {
      this.#result = parseMilestones(this.milestones);
      this.#pendingError = this.#errorDetail(this.#result.issues);
      if (this.activeIndex >= this.#result.items.length) this.activeIndex = 0;
    }
    if (changed.has('locale') || changed.has('strings') || !this.hasUpdated) {
      this.#resolvedLocale = this.locale || this.#pageLocale();
      this.#text = {...stringsFor(this.#resolvedLocale), ...this.strings};
    }
    if (changed.has('selected')) {
      const index = this.#indexOf(this.selected);
      if (index >= 0) this.activeIndex = index;
    }
    this.#updateLayout();
  }

  protected override updated(): void {
    if (this.#pendingError) {
      const detail = this.#pendingError;
      this.#pendingError = null;
      this.dispatchEvent(new PartnerTimelineErrorEvent(detail));
    }
    if (this.#focusAfterRender) {
      this.#focusAfterRender = false;
      this.#activeOption()?.focus();
    }
  }

  protected override render(): TemplateResult {
    const layout = this.#layout;
    const items = this.#result.items;
    return html`
      <div part="timeline" class=${layout?.orientation ?? 'horizontal'}>
        ${this.renderError()}
        ${
          items.length === 0
            ? html`<p class="empty">${this.#text.empty}</p>`
            : html`<p id="summary" class="visually-hidden">${this.#summary()}</p>
                ${layout ? this.renderPlot(layout) : nothing}`
        }
        ${this.renderDetail()}
      </div>
    `;
  }

  private renderPlot(layout: TimelineLayout): TemplateResult {
    const placed: Array<PlacedMilestone | PlacedCluster> = [
      ...layout.milestones,
      ...layout.clusters,
    ];
    placed.sort((a, b) => firstIndex(a) - firstIndex(b));
    return html`
      <div
        class="plot"
        style=${styleMap({'--_height': `${layout.height}px`, '--_axis': `${layout.axis}px`})}
      >
        ${this.renderAxis(layout)} ${layout.breaks.map((gap) => this.renderBreak(gap))}
        <ol
          role="listbox"
          aria-label=${this.label || this.#text.timeline}
          aria-describedby="summary"
          aria-orientation=${layout.orientation}
          @click=${this.#onClick}
          @keydown=${this.#onKeydown}
        >
          ${repeat(
            placed,
            (entry) => ('indices' in entry ? `c${entry.indices.join(',')}` : `m${entry.index}`),
            (entry) =>
              'indices' in entry ? this.renderCluster(entry) : this.renderMilestone(entry),
          )}
        </ol>
      </div>
    `;
  }

  private renderAxis(layout: TimelineLayout): TemplateResult {
    return html`<div part="axis" aria-hidden="true">
      <span class="axis-line"></span>
      ${layout.ticks.map(
        (tick) =>
          html`<span part="tick" style=${styleMap({'--_pos': `${tick.position}px`})}
            >${tick.label}</span
          >`,
      )}
    </div>`;
  }

  private renderBreak(gap: AxisBreak): TemplateResult {
    const from = this.#formatInstant(gap.start);
    const to = this.#formatInstant(gap.end);
    return html`<div
      part="break"
      role="img"
      aria-label=${this.#text.gap(gap.label, from, to)}
      style=${styleMap({'--_pos': `${gap.position}px`, '--_size': `${gap.size}px`})}
    >
      <span class="break-text">${gap.label}</span>
    </div>`;
  }

  private renderMilestone(placed: PlacedMilestone): TemplateResult {
    const item = this.#result.items[placed.index];
    const isSelected = item.id === this.selected;
    const {label, marker} = placed;
    const bar = placed.bar;
    return html`<li
      part=${isSelected ? 'milestone milestone--selected' : 'milestone'}
      role="option"
      class=${classMap({
        [`side-${placed.side}`]: true,
        approximate: item.approximate,
      })}
      data-index=${placed.index}
      data-id=${item.id}
      aria-selected=${isSelected ? 'true' : 'false'}
      aria-setsize=${this.#result.items.length}
      aria-posinset=${placed.index + 1}
      tabindex=${placed.index === this.activeIndex ? 0 : -1}
      style=${styleMap({
        '--_x': `${label.x}px`,
        '--_y': `${label.y}px`,
        '--_w': `${label.width}px`,
        '--_h': `${label.height}px`,
        '--_mx': `${marker.x - label.x}px`,
        '--_my': `${marker.y - label.y}px`,
        ...(bar
          ? {
              '--_bx': `${bar.x}px`,
              '--_by': `${bar.y}px`,
              '--_bw': `${bar.width}px`,
              '--_bh': `${bar.height}px`,
            }
          : {}),
      })}
    >
      ${bar ? html`<span class="bar"></span>` : nothing}
      ${placed.leader ? html`<span class="leader"></span>` : nothing}
      <span part="marker"></span>
      <span part="label"
        ><time datetime=${item.date.iso}>${this.#dateLabels[placed.index]}</time>
        <span class="title" style=${styleMap({'--_lines': String(placed.lines.length)})}
          >${item.title}</span
        ></span
      >
    </li>`;
  }

  private renderCluster(cluster: PlacedCluster): TemplateResult {
    const count = this.#formatNumber(cluster.indices.length);
    const name = this.#text.cluster(
      count,
      this.#formatInstant(cluster.start),
      this.#formatInstant(cluster.end),
    );
    return html`<li
      part="cluster"
      role="option"
      aria-selected="false"
      aria-label=${name}
      data-index=${cluster.indices[0]}
      data-count=${cluster.indices.length}
      tabindex=${cluster.indices.includes(this.activeIndex) ? 0 : -1}
      style=${styleMap({
        '--_x': `${cluster.marker.x - 12}px`,
        '--_y': `${cluster.marker.y - 12}px`,
        '--_w': '24px',
        '--_h': '24px',
        '--_mx': '12px',
        '--_my': '12px',
      })}
    >
      <span part="marker"></span><span class="cluster-count" aria-hidden="true">+${count}</span>
    </li>`;
  }

  private renderDetail(): TemplateResult | typeof nothing {
    const index = this.#indexOf(this.selected);
    const item = this.#result.items[index];
    if (!item) return nothing;
    return html`<section part="detail" aria-label=${item.title}>
      <p class="detail-title">${item.title}</p>
      <p>
        <time datetime=${item.date.iso}>${this.#dateLabels[index]}</time>${
          item.category ? html` · <span class="category">${item.category}</span>` : nothing
        }
      </p>
      ${item.description ? html`<p>${item.description}</p>` : nothing}
      ${
        item.url
          ? html`<p><a href=${item.url} rel="noopener noreferrer">${this.#text.moreLink}</a></p>`
          : nothing
      }
    </section>`;
  }

  private renderError(): TemplateResult | typeof nothing {
    const issues = this.#result.issues;
    if (issues.length === 0) return nothing;
    const listed = issues.slice(0, MAX_LISTED_ISSUES);
    return html`<div part="error" role="alert">
      <p>${this.#errorSummary(issues)}</p>
      <ul>
        ${listed.map((issue) => html`<li>${issue.message}</li>`)}
        ${
          issues.length > listed.length
            ? html`<li>… ${this.#formatNumber(issues.length - listed.length)}</li>`
            : nothing
        }
      </ul>
    </div>`;
  }

  #onClick = (event: MouseEvent): void => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (!option) return;
    const index = Number(option.dataset['index']);
    this.activeIndex = index;
    this.#choose(index);
  };

  #onKeydown = (event: KeyboardEvent): void => {
    const count = this.#result.items.length;
    if (count === 0) return;
    const vertical = this.#layout?.orientation === 'vertical';
    const rtl = getComputedStyle(this).direction === 'rtl' && !vertical;
    const forward = vertical ? 'ArrowDown' : rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = vertical ? 'ArrowUp' : rtl ? 'ArrowRight' : 'ArrowLeft';
    let next: number;
    switch (event.key) {
      case forward:
        next = Math.min(count - 1, this.activeIndex + 1);
        break;
      case backward:
        next = Math.max(0, this.activeIndex - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'PageDown':
        next = Math.min(count - 1, this.activeIndex + pageStep(count));
        break;
      case 'PageUp':
        next = Math.max(0, this.activeIndex - pageStep(count));
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.#choose(this.activeIndex);
        return;
      case 'Escape':
        if (this.selected !== null) {
          event.preventDefault();
          this.selected = null;
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.activeIndex = next;
    this.#focusAfterRender = true;
  };

  #choose(index: number): void {
    const item = this.#result.items[index];
    if (!item) return;
    this.selected = item.id;
    this.dispatchEvent(new PartnerTimelineSelectEvent({milestone: item.milestone, index}));
  }

  #activeOption(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[role="option"][tabindex="0"]');
  }

  #updateLayout(): void {
    const items = this.#result.items;
    const width = this.#resize.value ?? this.clientWidth;
    const plotWidth = Math.max(160, Math.round(width || 640));
    const orientation: Orientation =
      this.orientation === 'auto'
        ? plotWidth < VERTICAL_BELOW
          ? 'vertical'
          : 'horizontal'
        : this.orientation;
    const style = getComputedStyle(this);
    const font = `${style.fontSize} ${style.fontFamily}`;
    const key = [plotWidth, orientation, this.gaps, this.#resolvedLocale, font].join('|');
    if (key === this.#layoutKey && this.#layoutInputs === items) return;
    this.#layoutKey = key;
    this.#layoutInputs = items;
    this.#dateLabels = items.map((item) => this.#formatItemDate(item));
    const layoutItems: LayoutItem[] = items.map((item, index) => ({
      start: item.date.time,
      ...(item.end ? {end: item.end.time} : {}),
      title: item.title,
      dateLabel: this.#dateLabels[index],
    }));
    this.#layout =
      items.length === 0
        ? null
        : layoutTimeline(layoutItems, {
            orientation,
            length: orientation === 'horizontal' ? plotWidth : Math.max(320, items.length * 64),
            crossLength: orientation === 'horizontal' ? 480 : plotWidth,
            gaps: this.gaps === 'linear' ? 'linear' : 'auto',
            measure: canvasMeasurer(font),
            locale: this.#resolvedLocale,
          });
  }

  #formatItemDate(item: TimelineItem): string {
    const start = formatPartialDate(item.date, this.#resolvedLocale);
    const text = item.end
      ? this.#text.span(start, formatPartialDate(item.end, this.#resolvedLocale))
      : start;
    return item.approximate ? this.#text.approximate(text) : text;
  }

  #summary(): string {
    const items = this.#result.items;
    const first = items[0];
    const last = items[items.length - 1];
    const lastDate = last.end ?? last.date;
    let from = this.#formatInstant(first.date.time);
    let to = this.#formatInstant(lastDate.time);
    // Within one year the years alone would say nothing: use the dates as written.
    if (from === to) {
      from = formatPartialDate(first.date, this.#resolvedLocale);
      to = formatPartialDate(lastDate, this.#resolvedLocale);
    }
    const summary = this.#text.summary(this.#formatNumber(items.length), from, to);
    const gaps = (this.#layout?.breaks ?? []).map((gap) =>
      this.#text.gap(gap.label, this.#formatInstant(gap.start), this.#formatInstant(gap.end)),
    );
    return [summary, ...gaps].join('; ') + '.';
  }

  #errorSummary(issues: readonly ParseIssue[]): string {
    const rejected = new Set(
      issues.filter((issue) => issue.severity === 'error').map((issue) => issue.index),
    );
    const whole = issues.find((issue) => issue.index === null);
    if (whole) return whole.message;
    return this.#text.rejected(this.#formatNumber(rejected.size || issues.length));
  }

  #errorDetail(issues: readonly ParseIssue[]): ErrorDetail | null {
    if (issues.length === 0) return null;
    return {message: this.#errorSummary(issues), issues};
  }

  #formatInstant(time: number): string {
    return new Intl.DateTimeFormat(this.#resolvedLocale, {year: 'numeric', timeZone: 'UTC'}).format(
      time,
    );
  }

  #formatNumber(value: number): string {
    return new Intl.NumberFormat(this.#resolvedLocale).format(value);
  }

  #indexOf(id: string | null): number {
    if (id === null) return -1;
    return this.#result.items.findIndex((item) => item.id === id);
  }

  #pageLocale(): string {
    const lang = this.closest('[lang]')?.getAttribute('lang');
    return lang || navigator.language || 'en';
  }
}

function firstIndex(entry: PlacedMilestone | PlacedCluster): number {
  return 'indices' in entry ? (entry.indices[0] ?? 0) : entry.index;
}

/** PageUp/PageDown move by a tenth of the milestones, at least 5. */
function pageStep(count: number): number {
  return Math.max(5, Math.round(count / 10));
}
