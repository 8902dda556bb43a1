import {LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {classMap} from 'lit/directives/class-map.js';
import {repeat} from './element/repeat.js';

import {
  PartnerTimelineErrorEvent,
  PartnerTimelineLoadEvent,
  PartnerTimelineRangeChangeEvent,
  PartnerTimelineSelectEvent,
  type ErrorDetail,
  type LoadDetail,
} from './events.js';
import {stringsFor, type TimelineStrings} from './i18n.js';
import {formatPartialDate} from './model/index.js';
import type {Milestone, ParseIssue, ParseResult, TimelineItem} from './model/types.js';
import {layoutTimeline} from './layout/index.js';
import {planTimeScale} from './layout/scale.js';
import type {
  AxisBreak,
  GapMode,
  LayoutItem,
  MeasureText,
  Orientation,
  PlacedCluster,
  PlacedMilestone,
  TimelineLayout,
} from './layout/types.js';
import {dateFormat, numberFormat} from './layout/intl.js';
import {approximateMeasurer, canvasMeasurer} from './element/measure.js';
import {DateLabels} from './element/date-labels.js';
import {categoryColor, categorySlots} from './element/categories.js';
import {WidthController} from './element/width-controller.js';
import {boxProperties, styleProperties} from './element/style-properties.js';
import {LiveAnnouncer} from './element/live-announcer.js';
import {peekMilestone} from './element/peek.js';
import {RovingFocusController} from './element/roving-focus-controller.js';
import {ZOOM_STEP, ZoomController, type RangeSource} from './element/zoom-controller.js';
import {
  clampRange,
  formatRange,
  rangeOf,
  toInstant,
  type Instant,
  type TimeRange,
} from './element/view-range.js';
import {activeInput, isGiven, readInput} from './element/input.js';
import {InlineDataController} from './element/inline-data.js';
import {SourceController} from './element/source-controller.js';
import {styles} from './partner-timeline.styles.js';

/** How the axis runs: `auto` follows the element's own width. */
export type OrientationSetting = 'auto' | Orientation;

/** Below this width (px) `orientation="auto"` lays the timeline out vertically. */
export const VERTICAL_BELOW = 600;

const EMPTY: ParseResult = {items: [], issues: []};
/** Zoom in, zoom out, reset. */
const ZOOM_BUTTONS = 3;
/** Font size (px) the layout's label line height of 18 px is made for: 0.875rem. */
const DESIGN_FONT_SIZE = 14;

/** What a server render assumes of the element's computed style. */
const SERVER_STYLE = {fontSize: `${DESIGN_FONT_SIZE}px`, fontFamily: 'system-ui, sans-serif'};
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
 * Data comes in one of these ways; when several are present, the first one wins:
 * 1. the `milestones` property or attribute (any value but `null`; `[]` or `""` draw nothing);
 * 2. `src`, the URL of a JSON document (announced while loading, with `aria-busy`);
 * 3. a child `<script type="application/json">`;
 * 4. a child `<ol>` whose `<li>`s hold a `<time datetime>` and a title (see `readInlineData`):
 *    people read it before the script loads, and the element draws it once it has.
 * Child elements are data, never shown by the element: the shadow root has no slot. Children
 * are read on connect and again when they change.
 *
 * @summary Lays out dated milestones on a time axis, with compressed gaps, keyboard support and a
 * detail view.
 *
 * @example
 * ```html
 * <partner-timeline label="CQMU and Pleven" src="./cqmu-pleven.json"></partner-timeline>
 * ```
 *
 * @fires {PartnerTimelineSelectEvent} partner-timeline-select - A milestone was chosen by click, Enter or Space. `detail: {milestone, index}`.
 * @fires {PartnerTimelineErrorEvent} partner-timeline-error - Input was rejected in whole or in part. `detail: {message, issues}`.
 * @fires {PartnerTimelineLoadEvent} partner-timeline-load - Data from `src` or inline JSON was loaded and drawn. `detail: {count, source}`.
 * @fires {PartnerTimelineRangeChangeEvent} partner-timeline-range-change - Zoom or pan changed the visible range. `detail: {start, end}`.
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
 * @csspart legend - The list of categories and their colours (shown for two or more categories).
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
 * @cssprop --partner-timeline-category-1 - Colour of the first category, in order of first appearance.
 * @cssprop --partner-timeline-category-2 - Colour of the second category, in order of first appearance.
 * @cssprop --partner-timeline-category-3 - Colour of the third category, in order of first appearance.
 * @cssprop --partner-timeline-category-4 - Colour of the fourth category, in order of first appearance.
 * @cssprop --partner-timeline-category-5 - Colour of the fifth category, in order of first appearance.
 * @cssprop --partner-timeline-category-6 - Colour of the sixth category, in order of first appearance.
 */
export class PartnerTimeline extends LitElement {
  static override styles = styles;

  /**
   * The milestones to draw: an array of {@link Milestone}, `{milestones: [...]}`, or (as the
   * `milestones` attribute) the same as a JSON string.
   */
  @property({converter: jsonAttribute})
  milestones: readonly Milestone[] | {milestones: readonly Milestone[]} | string | null = null;

  /**
   * URL of a JSON document of milestones, fetched when `milestones` is not set. Only
   * `application/json` and `+json` responses up to 5 MB are read; a new `src` or a disconnect
   * aborts the request in flight, and failures are reported like rejected input.
   */
  @property()
  src: string | null = null;

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

  /**
   * Width in px the layout assumes when the element is rendered on the server (with
   * `@lit-labs/ssr`), where nothing can be measured; the browser re-measures on hydration.
   */
  @property({type: Number, attribute: 'server-width'})
  serverWidth = 960;

  /** Replacement built-in strings, for languages other than English, Bulgarian and Chinese. */
  @property({attribute: false})
  strings: Partial<TimelineStrings> | null = null;

  /**
   * Keyboard movement between milestones: `active` is the index (in date order) of the one that
   * holds the single tab stop. It counts every milestone, drawn alone, in a cluster or outside
   * the zoomed range, so that the keys reach them all.
   */
  #roving = new RovingFocusController(this, {
    count: () => this.#result.items.length,
    orientation: () => this.#layout?.orientation ?? 'horizontal',
    pageStep,
    elementFor: () => this.#tabStop(),
    container: () => this.#listbox(),
    onMove: (index) => this.#reveal(index),
  });

  /** The zoom toolbar's own roving tab stop over its three buttons. */
  #toolbar = new RovingFocusController(this, {
    count: () => ZOOM_BUTTONS,
    orientation: () => 'horizontal',
    elementFor: (index) =>
      this.renderRoot.querySelectorAll<HTMLElement>('[role="toolbar"] button')[index] ?? null,
    container: () => this.renderRoot.querySelector<HTMLElement>('[role="toolbar"]'),
  });

  #zoom = new ZoomController(this, {
    surface: () => this.renderRoot.querySelector<HTMLElement>('.plot'),
    view: () =>
      this.#layout && this.#home
        ? {
            scale: this.#layout.scale,
            home: this.#home,
            orientation: this.#layout.orientation,
            textZoom: this.#textZoom,
          }
        : null,
  });

  #announcer = new LiveAnnouncer(this);

  #width = new WidthController(this);

  #source = new SourceController(this, {timeout: () => this.timeout});
  #inline = new InlineDataController(this);

  /** The input value last read, compared by identity; see `activeInput`. */
  #input: unknown = undefined;
  #loading = false;
  #pendingLoad: LoadDetail | null = null;
  #result: ParseResult = EMPTY;
  #categories: ReadonlyMap<string, number> = new Map();
  #layout: TimelineLayout | null = null;
  #dateLabels = new DateLabels([], () => '');
  #resolvedLocale = 'en';
  #text: TimelineStrings = stringsFor('en');
  #layoutKey = '';
  #layoutBase = '';
  #layoutInputs: readonly TimelineItem[] | null = null;
  #layoutItems: readonly LayoutItem[] = [];
  #measure: MeasureText = () => 0;
  /** The whole timeline's range, as drawn when not zoomed. */
  #home: TimeRange | null = null;
  /** How much larger than the design size text is drawn (see `#updateLayout`). */
  #textZoom = 1;
  /** Whether keyboard focus was in the list of milestones when this update began. */
  #listFocused = false;
  #pendingError: ErrorDetail | null = null;
  #pendingRange: TimeRange | null = null;

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
    if (index >= 0) this.#roving.active = index;
  }

  /**
   * Shows only the time from `start` to `end` (a Date, ms since the epoch, or ISO 8601 text):
   * the layout runs again on that range, and `partner-timeline-range-change` fires. Text keeps
   * its precision, so an `end` of `"2017"` means the end of 2017. The range is kept between one
   * day and 1.5 × the whole timeline; a value that is not a date is ignored.
   *
   * @example
   * ```js
   * timeline.zoomTo('2007', '2017'); // 1 January 2007 to the end of 2017
   * timeline.zoomTo(new Date(Date.UTC(2014, 0)), Date.UTC(2015, 0));
   * ```
   */
  zoomTo(start: Instant, end: Instant): void {
    const range: TimeRange = [toInstant(start, 'start'), toInstant(end, 'end')];
    if (!range.every(Number.isFinite)) return;
    this.#zoom.zoomTo(range, 'api');
  }

  /**
   * Shows the whole timeline again, as drawn before any zoom or pan.
   *
   * @example
   * ```js
   * timeline.resetZoom();
   * ```
   */
  resetZoom(): void {
    this.#zoom.reset('api');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || changed.has('strings') || !this.hasUpdated) {
      this.#resolvedLocale = this.locale || this.#pageLocale();
      this.#text = {...stringsFor(this.#resolvedLocale), ...this.strings};
    }
    // After the strings: the error summary is written in the page's language.
    this.#readInput(changed);
    if (changed.has('selected')) {
      const index = this.#indexOf(this.selected);
      if (index >= 0) {
        this.#roving.active = index;
        this.#reveal(index);
      }
    }
    this.#updateLayout();
    this.#keepActiveInView();
    // Only keyboard focus lifts: a click on a cluster must land on the cluster, not on a
    // milestone lifted over it between the press and the release.
    this.#listFocused = !isServer && this.#listbox()?.querySelector(':focus-visible') != null;
    const change = this.#zoom.takeChange();
    if (change) this.#announceRange(change);
  }

  protected override firstUpdated(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    if (sizer) this.#width.observe(sizer);
  }

  protected override updated(): void {
    if (this.#pendingError) {
      const detail = this.#pendingError;
      this.#pendingError = null;
      this.dispatchEvent(new PartnerTimelineErrorEvent(detail));
    }
    if (this.#pendingLoad) {
      const detail = this.#pendingLoad;
      this.#pendingLoad = null;
      this.dispatchEvent(new PartnerTimelineLoadEvent(detail));
    }
    if (this.#pendingRange) {
      const [start, end] = this.#pendingRange;
      this.#pendingRange = null;
      this.dispatchEvent(
        new PartnerTimelineRangeChangeEvent({start: new Date(start), end: new Date(end)}),
      );
    }
  }

  protected override render(): TemplateResult {
    const layout = this.#layout;
    const items = this.#result.items;
    return html`
      <div class="sizer" aria-hidden="true"></div>
      <div
        part="timeline"
        class=${layout?.orientation ?? 'horizontal'}
        aria-busy=${this.#loading ? 'true' : nothing}
      >
        <div id="live" class="visually-hidden" role="status">${this.#announcer.message}</div>
        ${this.renderError()}
        ${
          items.length === 0
            ? this.renderEmpty()
            : html`<p id="summary" class="visually-hidden">${this.#summary()}</p>
                ${layout ? this.renderPlot(layout) : nothing} ${this.renderLegend()}
                ${this.renderToolbar()}`
        }
        ${this.renderDetail()}
      </div>
    `;
  }

  /** While `src` loads, a status message (announced) stands where the empty state would. */
  private renderEmpty(): TemplateResult {
    return this.#loading
      ? html`<p class="empty loading" role="status">${this.#text.loading}</p>`
      : html`<p class="empty">${this.#text.empty}</p>`;
  }

  private renderPlot(layout: TimelineLayout): TemplateResult {
    const peek = this.#peek(layout);
    // A lifted milestone leaves its cluster, so that each milestone is drawn exactly once:
    // alone, or counted in one cluster.
    const clusters = peek
      ? layout.clusters.map((cluster) => ({
          ...cluster,
          indices: cluster.indices.filter((index) => index !== peek.index),
        }))
      : layout.clusters;
    const placed: Array<PlacedMilestone | PlacedCluster> = [...layout.milestones, ...clusters];
    if (peek) placed.push(peek);
    placed.sort((a, b) => firstIndex(a) - firstIndex(b));
    const clusterOrder = new Map(clusters.map((cluster, order) => [cluster, order]));
    const hasTabStop =
      peek !== null ||
      layout.milestones.some(this.#isActive) ||
      clusters.some((cluster) => cluster.indices.includes(this.#roving.active));
    // The plot grows to hold a lifted label, so that it never covers what follows the plot.
    const height = Math.max(layout.height, peek ? peek.label.y + peek.label.height : 0);
    return html`
      <div
        class="plot"
        style=${styleProperties({
          height: `${height}px`,
          '--_axis': `${layout.axis}px`,
          '--_zoom': String(this.#textZoom),
        })}
      >
        ${this.renderAxis(layout)} ${layout.breaks.map((gap) => this.renderBreak(gap))}
        <ol
          role="listbox"
          aria-label=${this.label || this.#text.timeline}
          aria-describedby="summary"
          aria-orientation=${layout.orientation}
          tabindex=${hasTabStop ? nothing : 0}
          @click=${this.#onClick}
          @keydown=${this.#onKeydown}
          @focusin=${this.#onFocusMove}
          @focusout=${this.#onFocusMove}
        >
          ${repeat(
            placed,
            (entry) =>
              // Clusters are keyed by their order: a zoom or pan step regroups every cluster,
              // and their elements are updated in place rather than made anew. A cluster also
              // keeps its element while the focus lifts a milestone out of it, so that a click
              // on it (focus, then click) lands on the same element.
              'indices' in entry
                ? `c${clusterOrder.get(entry)}`
                : `${entry === peek ? 'p' : 'm'}${entry.index}`,
            (entry) =>
              'indices' in entry
                ? this.renderCluster(entry)
                : this.renderMilestone(entry, entry === peek),
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
          html`<span part="tick" style=${styleProperties({'--_pos': `${tick.position}px`})}
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
      style=${styleProperties({
        '--_pos': `${gap.position}px`,
        '--_size': `${gap.size}px`,
        '--_shift': `${gap.labelPosition - gap.position}px`,
      })}
    >
      <span class="break-text">${gap.label}</span>
    </div>`;
  }

  /** One milestone; `lifted` when it is drawn out of its cluster because it holds the focus. */
  private renderMilestone(placed: PlacedMilestone, lifted = false): TemplateResult {
    const item = this.#result.items[placed.index];
    const isSelected = item.id === this.selected;
    const {label, marker} = placed;
    const bar = placed.bar;
    const markerOffset = {'--_mx': `${marker.x - label.x}px`, '--_my': `${marker.y - label.y}px`};
    return html`<li
      part=${isSelected ? 'milestone milestone--selected' : 'milestone'}
      role="option"
      class=${classMap({
        [`side-${placed.side}`]: true,
        approximate: item.approximate,
        lifted,
      })}
      data-index=${placed.index}
      data-id=${item.id}
      aria-selected=${isSelected ? 'true' : 'false'}
      aria-setsize=${this.#result.items.length}
      aria-posinset=${placed.index + 1}
      tabindex=${this.#isActive(placed) ? 0 : -1}
      style=${styleProperties({
        ...boxProperties(label),
        ...categoryColor(this.#categories, item.category),
      })}
    >
      ${
        bar
          ? html`<span
              class="bar"
              style=${styleProperties(
                boxProperties({...bar, x: bar.x - label.x, y: bar.y - label.y}),
              )}
            ></span>`
          : nothing
      }
      ${
        placed.anchor
          ? html`<span
              class="leader"
              style=${styleProperties({
                ...markerOffset,
                '--_ax': `${placed.anchor.x - label.x}px`,
                '--_ay': `${placed.anchor.y - label.y}px`,
              })}
            ></span>`
          : nothing
      }
      <span part="marker" style=${styleProperties(markerOffset)}></span>
      <span part="label"
        ><time
          datetime=${item.date.iso}
          style=${styleProperties({'--_lines': String(placed.dateLines?.length ?? 1)})}
          >${this.#dateLabels.get(placed.index)}</time
        >
        <bdi class="title" style=${styleProperties({'--_lines': String(placed.lines.length)})}
          >${item.title}</bdi
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
      tabindex=${cluster.indices.includes(this.#roving.active) ? 0 : -1}
      style=${styleProperties(
        boxProperties({x: cluster.marker.x - 12, y: cluster.marker.y - 12, width: 24, height: 24}),
      )}
    >
      <span part="marker"></span
      ><span class="cluster-count" aria-hidden="true"
        >+${this.#formatCount(cluster.indices.length)}</span
      >
    </li>`;
  }

  /**
   * The zoom buttons: outside the listbox, whose options are only milestones, and after it in
   * the tab order, so that the first Tab into the timeline lands on a milestone.
   */
  private renderToolbar(): TemplateResult {
    const text = this.#text;
    const buttons = [
      {
        name: text.zoomIn,
        glyph: '+',
        enabled: this.#zoom.canZoomIn,
        zoom: () => this.#zoom.zoomBy(1 / ZOOM_STEP, 'step'),
      },
      {
        name: text.zoomOut,
        glyph: '\u2212',
        enabled: this.#zoom.canZoomOut,
        zoom: () => this.#zoom.zoomBy(ZOOM_STEP, 'step'),
      },
      {
        name: text.resetZoom,
        glyph: text.resetZoom,
        enabled: this.#zoom.range !== null,
        zoom: () => this.#zoom.reset('step'),
      },
    ];
    // aria-disabled rather than disabled: in a toolbar, buttons that do nothing now stay
    // focusable so that arrow keys do not skip them (WAI-ARIA toolbar pattern).
    return html`<div
      role="toolbar"
      class="toolbar"
      aria-label=${text.zoomToolbar}
      @keydown=${(event: KeyboardEvent) => this.#toolbar.handleKeydown(event)}
    >
      ${buttons.map(
        (button, index) =>
          html`<button
            type="button"
            tabindex=${index === this.#toolbar.active ? 0 : -1}
            aria-disabled=${button.enabled ? nothing : 'true'}
            aria-label=${button.glyph === button.name ? nothing : button.name}
            title=${button.name}
            @click=${() => {
              this.#toolbar.active = index;
              if (button.enabled) button.zoom();
            }}
          >
            ${button.glyph}
          </button>`,
      )}
    </div>`;
  }

  /** The categories and their colours; a single category needs no key. */
  private renderLegend(): TemplateResult | typeof nothing {
    if (this.#categories.size < 2) return nothing;
    return html`<ul part="legend" aria-label=${this.#text.legend}>
      ${[...this.#categories.keys()].map(
        (category) =>
          html`<li>
            <span
              class="swatch"
              aria-hidden="true"
              style=${styleProperties(categoryColor(this.#categories, category))}
            ></span
            ><bdi>${category}</bdi>
          </li>`,
      )}
    </ul>`;
  }

  private renderDetail(): TemplateResult | typeof nothing {
    const index = this.#indexOf(this.selected);
    const item = this.#result.items[index];
    if (!item) return nothing;
    return html`<section part="detail" aria-label=${item.title} @keydown=${this.#onDetailKeydown}>
      <p class="detail-title"><bdi>${item.title}</bdi></p>
      <p>
        <time datetime=${item.date.iso}>${this.#dateLabels.get(index)}</time>${
          item.category ? html` · <bdi class="category">${item.category}</bdi>` : nothing
        }
      </p>
      ${item.description ? html`<p><bdi>${item.description}</bdi></p>` : nothing}
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
    // Input rejected as a whole has one issue, and the summary already says it.
    if (issues[0].index === null) {
      return html`<div part="error" role="alert"><p>${issues[0].message}</p></div>`;
    }
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
    this.#roving.active = index;
    const cluster = this.#layout?.clusters.find((entry) => entry.indices.includes(index));
    // A cluster opens by zooming in on it; once zoom can go no closer, it picks its first.
    if (cluster && this.#zoom.canZoomIn) {
      const margin = (cluster.end - cluster.start) * 0.1;
      this.#zoom.zoomTo([cluster.start - margin, cluster.end + margin], 'step');
      return;
    }
    this.#choose(index);
  };

  #onKeydown = (event: KeyboardEvent): void => {
    if (this.#roving.handleKeydown(event)) return;
    const index = this.#roving.active;
    const item = this.#result.items[index];
    if (!item || event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'Enter':
      case ' ':
        this.#choose(index);
        break;
      case 'Escape':
        // Left alone when there is nothing to clear, so that a dialog around us can close.
        if (this.selected === null) return;
        this.#clearSelection();
        break;
      case '+':
      case '=':
        this.#zoom.zoomBy(1 / ZOOM_STEP, 'step', item.date.time);
        break;
      case '-':
        this.#zoom.zoomBy(ZOOM_STEP, 'step', item.date.time);
        break;
      case '0':
        this.#zoom.reset('step');
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  /**
   * Keyboard focus entering or leaving the list lifts the active milestone out of its cluster or
   * puts it back. Decided once the focus has settled: a render that replaces the focused option
   * blurs it for a moment, until the roving focus gives it to the new one.
   */
  #onFocusMove = (): void => {
    queueMicrotask(() => {
      const focused = this.#listbox()?.querySelector(':focus-visible') != null;
      if (focused !== this.#listFocused) this.requestUpdate();
    });
  };

  #onDetailKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.#clearSelection();
  };

  /** Clears the selection and gives the focus back to the milestone that holds the tab stop. */
  #clearSelection(): void {
    this.selected = null;
    this.#announcer.announce(this.#text.selectionCleared);
    this.#roving.focusActive();
  }

  /** Keeps the view on a milestone that keys moved to, panning a zoomed range if need be. */
  #reveal(index: number): void {
    const item = this.#result.items[index];
    if (item) this.#zoom.reveal(item.date.time, 'follow');
  }

  /**
   * After a zoom or pan the milestone that held the tab stop may lie outside the range: the
   * stop moves to the nearest one that shows, so that Tab still lands on something visible.
   */
  #keepActiveInView(): void {
    const layout = this.#layout;
    const items = this.#result.items;
    let index = this.#roving.active;
    if (!layout || !items[index]) return;
    const [start, end] = rangeOf(layout.scale);
    const inView = (i: number) => items[i].date.time >= start && items[i].date.time <= end;
    if (inView(index)) return;
    if (items[index].date.time < start) {
      while (index < items.length - 1 && items[index].date.time < start) index++;
    } else {
      while (index > 0 && items[index].date.time > end) index--;
    }
    if (inView(index)) this.#roving.active = index;
  }

  /**
   * The active milestone lifted out of the cluster that holds it (see `peekMilestone`), while
   * keyboard focus is in the list. At rest the cluster holds the tab stop; Tab onto it lifts it.
   */
  #peek(layout: TimelineLayout): PlacedMilestone | null {
    if (!this.#listFocused) return null;
    const index = this.#roving.active;
    const item = this.#layoutItems[index];
    if (!item || !layout.clusters.some((cluster) => cluster.indices.includes(index))) return null;
    return peekMilestone(layout, index, item, this.#measure);
  }

  #isActive = (placed: PlacedMilestone): boolean => placed.index === this.#roving.active;

  #listbox(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[role="listbox"]');
  }

  /** The element holding the tab stop: the active option, or the listbox when none shows. */
  #tabStop(): HTMLElement | null {
    const listbox = this.#listbox();
    return listbox?.querySelector<HTMLElement>('[role="option"][tabindex="0"]') ?? listbox;
  }

  /** Fires the range event and announces the range the layout now shows. */
  #announceRange(source: RangeSource): void {
    const layout = this.#layout;
    if (!layout) return;
    const range = rangeOf(layout.scale);
    this.#pendingRange = range;
    if (source === 'follow') return;
    const [from, to] = formatRange(range, this.#resolvedLocale);
    this.#announcer.announce(this.#text.showing(from, to), {settle: source === 'gesture'});
  }

  /** Reads the input with the highest precedence again when it changed. */
  #readInput(changed: PropertyValues<this>): void {
    // Nothing is fetched that would not be drawn: explicit milestones win over `src`.
    // A server render draws what it is given; `src` is fetched by the browser after hydration.
    this.#source.load(isGiven(this.milestones) || isServer ? '' : (this.src ?? ''));
    const input = activeInput(this.milestones, this.#source.state, this.#inline.value);
    if (input.value === this.#input && !changed.has('milestones')) return;
    this.#input = input.value;
    const {result, loading, loadedFrom} = readInput(input);
    const activeId = this.#result.items[this.#roving.active]?.id;
    this.#result = result;
    this.#categories = categorySlots(result.items);
    this.#loading = loading;
    this.#pendingError = this.#errorDetail(result.issues);
    this.#pendingLoad =
      loadedFrom === undefined ? null : {count: result.items.length, source: loadedFrom};
    // Focus stays on the same milestone while it exists, else near where it was.
    const kept = this.#indexOf(activeId ?? null);
    this.#roving.active = kept >= 0 ? kept : this.#roving.active;
  }

  #choose(index: number): void {
    const item = this.#result.items[index];
    if (!item) return;
    this.selected = item.id;
    this.#announcer.announce(this.#text.selected(item.title, this.#dateLabels.get(index)));
    this.dispatchEvent(new PartnerTimelineSelectEvent({milestone: item.milestone, index}));
  }

  #updateLayout(): void {
    const items = this.#result.items;
    // On the server there is no box to measure: the layout runs for `serverWidth`, and the
    // client re-measures on hydration, updating positions in place.
    const width = isServer ? this.serverWidth : (this.#width.value ?? this.clientWidth);
    const style = isServer ? SERVER_STYLE : getComputedStyle(this);
    // Text larger than the size the layout's 18 px lines are made for (200% text, say) zooms the
    // plot: the layout runs at the design size on a plot narrower by as much, and CSS zoom draws
    // it larger, text laid out and rasterised at the final size, so labels never overlap.
    const fontSize = parseFloat(style.fontSize) || DESIGN_FONT_SIZE;
    this.#textZoom = Math.max(1, fontSize / DESIGN_FONT_SIZE);
    const plotWidth = Math.max(160, Math.round((width || 640) / this.#textZoom));
    const orientation: Orientation =
      this.orientation === 'auto'
        ? plotWidth < VERTICAL_BELOW
          ? 'vertical'
          : 'horizontal'
        : this.orientation;
    const font = `${fontSize / this.#textZoom}px ${style.fontFamily}`;
    // Vertically, 64 px per milestone up to a few screens: denser data clusters (and zooms).
    const length =
      orientation === 'horizontal' ? plotWidth : Math.min(2400, Math.max(320, items.length * 64));
    const gaps = this.gaps === 'linear' ? 'linear' : 'auto';
    const base = [plotWidth, orientation, gaps, this.#resolvedLocale, font].join('|');
    if (base !== this.#layoutBase || this.#layoutInputs !== items) {
      this.#dateLabels = new DateLabels(items, (item) => this.#formatItemDate(item));
      this.#layoutItems = this.#dateLabels.layoutItems();
      this.#measure = isServer ? approximateMeasurer(fontSize) : canvasMeasurer(font);
      this.#home = null;
    }
    // The whole timeline's range comes with its layout below; only a zoomed view, which lays out
    // less, needs it planned apart (one more pass over every milestone).
    if (this.#zoom.range && !this.#home && items.length > 0) {
      this.#home = planTimeScale(this.#layoutItems, {length, gaps}).domain;
    }
    const domain = this.#zoom.range && this.#home ? clampRange(this.#zoom.range, this.#home) : null;
    const key = `${base}|${domain?.join(',') ?? ''}`;
    if (key === this.#layoutKey && this.#layoutInputs === items) return;
    this.#layoutBase = base;
    this.#layoutKey = key;
    this.#layoutInputs = items;
    const layoutItems = this.#layoutItems;
    this.#layout =
      items.length === 0
        ? null
        : layoutTimeline(layoutItems, {
            orientation,
            length,
            crossLength: orientation === 'horizontal' ? 480 : plotWidth,
            gaps,
            measure: this.#measure,
            locale: this.#resolvedLocale,
            ...(domain ? {domain} : {}),
          });
    if (!domain && this.#layout) this.#home = rangeOf(this.#layout.scale);
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

  // Formatters come from a cache: building one costs far more than formatting, and a layout of
  // 10,000 milestones formats two years and two counts per cluster.
  #formatInstant(time: number): string {
    return dateFormat(this.#resolvedLocale, {year: 'numeric'}).format(time);
  }

  /** A count short enough for a cluster marker: "+470", "+1.2K" (the name keeps it exact). */
  #formatCount(value: number): string {
    return numberFormat(this.#resolvedLocale, {notation: 'compact'}).format(value);
  }

  #formatNumber(value: number): string {
    return numberFormat(this.#resolvedLocale).format(value);
  }

  #indexOf(id: string | null): number {
    if (id === null) return -1;
    return this.#result.items.findIndex((item) => item.id === id);
  }

  #pageLocale(): string {
    if (isServer) return 'en';
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
