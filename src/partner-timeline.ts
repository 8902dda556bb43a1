import {LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';

import {PartnerTimelineFilterChangeEvent, PartnerTimelineSelectEvent} from './events.js';
import {stringsFor, type TimelineStrings} from './i18n.js';
import type {Milestone, ParseIssue, TimelineItem} from './model/index.js';
import {
  nearestInRange,
  rangeOf,
  toInstant,
  type EdgeSide,
  type GapMode,
  type Instant,
  type Orientation,
  type TimelineLayout,
  type TimeRange,
} from './layout/index.js';
import {categorySlots} from './element/categories.js';
import {ClusterListController} from './element/cluster-list-controller.js';
import {CategoryFilter, toggleCategory} from './element/category-filter.js';
import {InputController} from './element/input-controller.js';
import {LayoutController} from './element/layout-controller.js';
import {LiveAnnouncer} from './element/live-announcer.js';
import {resolveLocale} from './element/locale.js';
import {RovingFocusController} from './element/roving-focus-controller.js';
import {TypeAhead} from './element/type-ahead.js';
import {ZOOM_BUTTON_COUNT, ZoomController, type RangeSource} from './element/zoom-controller.js';
import {
  errorSummary,
  formatNumber,
  itemDate,
  rangeStatus,
  timelineSummary,
  type Wording,
} from './element/summaries.js';
import {renderPlot, renderSizer} from './element/templates/plot.js';
import {renderLegend, renderToolbar} from './element/templates/controls.js';
import {renderDetail, renderEmpty, renderError} from './element/templates/panels.js';
import {styles} from './styles/index.js';

export {VERTICAL_BELOW} from './element/layout-controller.js';

/** How the axis runs: `auto` follows the element's own width. */
export type OrientationSetting = 'auto' | Orientation;

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
 * Tokens are read through private fallbacks, so a theme may set them on the element or on any
 * ancestor (`.dark-theme { --partner-timeline-marker-color: … }`); the defaults below apply
 * where none does. Colours given as `light-dark(light, dark)` follow the page's color-scheme.
 *
 * @cssprop [--partner-timeline-font-family=inherit] - Font of all text (the page's by default).
 * @cssprop [--partner-timeline-font-size=0.875rem] - Base text size; larger text zooms the plot.
 * @cssprop [--partner-timeline-line-height=18px] - Line height of labels (at least 1.25em); the layout measures with it.
 * @cssprop [--partner-timeline-color=CanvasText] - Text colour.
 * @cssprop [--partner-timeline-muted-color=color-mix(in srgb, currentColor 72%, transparent)] - Colour of ticks, dates and secondary text.
 * @cssprop [--partner-timeline-background=transparent] - Background of the element.
 * @cssprop [--partner-timeline-axis-color=color-mix(in srgb, currentColor 55%, transparent)] - Colour of the axis, leader lines and break marks.
 * @cssprop [--partner-timeline-marker-color=light-dark(#1f5fbf, #8ab4f8)] - Fill of markers of milestones without a category.
 * @cssprop [--partner-timeline-marker-size=12px] - Diameter of a milestone marker (the target stays 24 px).
 * @cssprop [--partner-timeline-selected-color=light-dark(#b3261e, #f2b8b5)] - Colour of the selected milestone.
 * @cssprop [--partner-timeline-focus-color=light-dark(#1a56db, #a8c7fa)] - Colour of the focus ring.
 * @cssprop [--partner-timeline-label-background=Canvas] - Background of labels.
 * @cssprop [--partner-timeline-label-border=color-mix(in srgb, currentColor 22%, transparent)] - Border colour of labels.
 * @cssprop [--partner-timeline-radius=6px] - Corner radius of labels and panels.
 * @cssprop [--partner-timeline-gap=12px] - Space between the plot, legend, toolbar and panels.
 * @cssprop [--partner-timeline-error-color=light-dark(#b3261e, #f2b8b5)] - Border colour of the error panel.
 * @cssprop [--partner-timeline-error-background=light-dark(color-mix(in srgb, #b3261e 8%, Canvas), color-mix(in srgb, #f2b8b5 12%, Canvas))] - Background of the error panel.
 * @cssprop [--partner-timeline-transition-duration=150ms] - Length of hover and focus transitions (0 under reduced motion).
 * @cssprop [--partner-timeline-category-1=light-dark(#1f5fbf, #8ab4f8)] - Colour of the first category, in order of first appearance.
 * @cssprop [--partner-timeline-category-2=light-dark(#00796b, #4db6ac)] - Colour of the second category.
 * @cssprop [--partner-timeline-category-3=light-dark(#b45309, #fbbf24)] - Colour of the third category.
 * @cssprop [--partner-timeline-category-4=light-dark(#7b1fa2, #ce93d8)] - Colour of the fourth category.
 * @cssprop [--partner-timeline-category-5=light-dark(#ad1457, #f48fb1)] - Colour of the fifth category.
 * @cssprop [--partner-timeline-category-6=light-dark(#5d6b00, #c0ca33)] - Colour of the sixth category.
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

  /** Categories switched off in the legend: their milestones are not drawn or counted. */
  @property({attribute: false})
  hiddenCategories: readonly string[] = [];

  /**
   * Keyboard movement between milestones: `active` is the index (in date order) of the one that
   * holds the single tab stop. It counts every milestone, drawn alone, in a cluster or outside
   * the zoomed range, so that the keys reach them all.
   */
  #roving = new RovingFocusController(this, {
    count: () => this.items.length,
    orientation: () => this.#layout.layout?.orientation ?? 'horizontal',
    pageStep: (count) => Math.max(5, Math.round(count / 10)),
    elementFor: () => this.#tabStop(),
    container: () => this.#listbox(),
    onMove: (index) => this.#reveal(index),
  });

  /** The zoom toolbar's own roving tab stop over its buttons. */
  #toolbar = new RovingFocusController(this, {
    count: () => ZOOM_BUTTON_COUNT,
    orientation: () => 'horizontal',
    elementFor: (index) =>
      this.renderRoot.querySelectorAll<HTMLElement>('[role="toolbar"] button')[index] ?? null,
    container: () => this.renderRoot.querySelector<HTMLElement>('[role="toolbar"]'),
  });

  #layout = new LayoutController(this);

  #zoom = new ZoomController(this, {
    surface: () => this.renderRoot.querySelector<HTMLElement>('.plot'),
    view: () => {
      const layout = this.#layout.layout;
      return layout
        ? {
            scale: layout.scale,
            home: layout.home,
            orientation: layout.orientation,
            textZoom: this.#layout.textZoom,
          }
        : null;
    },
    onRangeChange: (range, source) => this.#announceRange(range, source),
    anchor: () => this.items[this.#roving.active]?.date.time,
  });

  #announcer = new LiveAnnouncer(this);

  #wording: Wording = {locale: 'en', text: stringsFor('en')};

  #input = new InputController(this, {
    milestones: () => this.milestones,
    src: () => this.src,
    timeout: () => this.timeout,
    summarise: (issues) => errorSummary(issues, this.#wording),
    // Said outside the busy subtree, which screen readers may keep quiet while it is busy.
    onLoad: (count) =>
      this.#announcer.announce(this.#wording.text.loaded(formatNumber(count, this.#wording))),
  });

  #categories: ReadonlyMap<string, number> = new Map();
  #filter = new CategoryFilter();
  #typeAhead = new TypeAhead();
  /** The list of a cluster's milestones, for those that zoom cannot take apart. */
  #clusterList = new ClusterListController(this);
  /** Whether keyboard focus was in the list of milestones when this update began. */
  #listFocused = false;

  /** Valid milestones in date order, as parsed from the current input, but those hidden. */
  get items(): readonly TimelineItem[] {
    return this.#filter.shown(this.#input.result.items, this.hiddenCategories);
  }

  /** Problems found in the current input. */
  get issues(): readonly ParseIssue[] {
    return this.#input.result.issues;
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
      const locale = resolveLocale(this, this.locale);
      this.#wording = {locale, text: {...stringsFor(locale), ...this.strings}};
    }
    // After the wording: the error summary is written in the page's language.
    const activeId = this.items[this.#roving.active]?.id;
    if (this.#input.read(changed.has('milestones'))) {
      this.#categories = categorySlots(this.#input.result.items);
      // Focus stays on the same milestone while it exists, else near where it was.
      const kept = this.#indexOf(activeId ?? null);
      if (kept >= 0) this.#roving.active = kept;
    }
    if (changed.has('selected')) {
      const index = this.#indexOf(this.selected);
      if (index >= 0) {
        this.#roving.active = index;
        this.#reveal(index);
      }
    }
    this.#layout.update({
      items: this.items,
      orientation: this.orientation,
      gaps: this.gaps === 'linear' ? 'linear' : 'auto',
      locale: this.#wording.locale,
      range: this.#zoom.range,
      formatDate: (item) => itemDate(item, this.#wording),
      serverWidth: this.serverWidth,
      edgeLabel: (side, count) => this.#wording.text[side](formatNumber(count, this.#wording)),
    });
    // After a zoom or pan the tab stop moves to the nearest milestone that shows, so that Tab
    // still lands on something visible.
    const layout = this.#layout.layout;
    if (layout) {
      const time = (i: number) => this.items[i].date.time;
      const count = this.items.length;
      this.#roving.active = nearestInRange(count, time, this.#roving.active, rangeOf(layout.scale));
    }
    // Only keyboard focus lifts: a click on a cluster must land on the cluster, not on a
    // milestone lifted over it between the press and the release.
    this.#listFocused = !isServer && this.#listbox()?.querySelector(':focus-visible') != null;
  }

  protected override firstUpdated(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    if (sizer) this.#layout.observe(sizer);
  }

  protected override render(): TemplateResult {
    const layout = this.#layout.layout;
    const items = this.items;
    const wording = this.#wording;
    const selected = this.#indexOf(this.selected);
    const live = this.#input.loading ? wording.text.loading : this.#announcer.message;
    return html`
      ${renderSizer()}
      <div id="live" class="visually-hidden" role="status">${live}</div>
      <div
        part="timeline"
        class=${layout?.orientation ?? 'horizontal'}
        aria-busy=${this.#input.loading ? 'true' : nothing}
      >
        ${renderError(this.issues, wording)}
        ${
          items.length === 0
            ? renderEmpty(this.#input.loading, wording)
            : html`<p id="summary" class="visually-hidden">
                  ${timelineSummary(items, layout?.breaks ?? [], wording)}
                </p>
                ${layout ? this.#renderPlot(layout) : nothing} ${this.#renderClusterList(layout)}
                ${selected >= 0 ? renderDetail(items[selected], this.#layout.dateLabel(selected), wording, this.#onDetailKeydown) : nothing}
                ${renderLegend(this.#categories, this.hiddenCategories, wording.text, this.#toggle)}
                ${renderToolbar({
                  buttons: this.#zoom.buttons(this.#wording.text),
                  active: this.#toolbar.active,
                  text: wording.text,
                  onKeydown: (event) => this.#toolbar.handleKeydown(event),
                  onPress: (index) => (this.#toolbar.active = index),
                })}`
        }
      </div>
    `;
  }

  #renderPlot(layout: TimelineLayout): TemplateResult {
    const active = this.#roving.active;
    // The active milestone is lifted out of its cluster while keyboard focus is in the list.
    const inCluster = layout.clusters.some((cluster) => cluster.indices.includes(active));
    return renderPlot({
      layout,
      items: this.items,
      dateLabel: (index) => this.#layout.dateLabel(index),
      selected: this.selected,
      active,
      lifted: this.#listFocused && inCluster ? this.#layout.lift(active) : null,
      categories: this.#categories,
      textZoom: this.#layout.textZoom,
      wording: this.#wording,
      label: this.label || this.#wording.text.timeline,
      onClick: this.#onClick,
      onKeydown: this.#onKeydown,
      onFocusMove: this.#onFocusMove,
      onEdge: this.#onEdge,
      listed: this.#clusterList.first,
    });
  }

  #renderClusterList(layout: TimelineLayout | null): TemplateResult | typeof nothing {
    return this.#clusterList.render(layout, {
      items: this.items,
      dateLabel: (index) => this.#layout.dateLabel(index),
      textZoom: this.#layout.textZoom,
      wording: this.#wording,
      onChoose: (index) => this.#choose(index),
      onClose: (index) => {
        this.#roving.active = index;
        this.#roving.focusActive();
      },
    });
  }

  #onClick = (event: MouseEvent): void => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (!option) return;
    const index = Number(option.dataset['index']);
    this.#roving.active = index;
    const cluster = this.#layout.layout?.clusters.find((entry) => entry.indices.includes(index));
    if (!cluster) {
      this.#choose(index);
      return;
    }
    // A cluster opens by zooming in on it; one that zoom cannot take apart (its milestones share
    // an instant, or zoom can go no closer) opens the list of its milestones to choose from.
    const starts = new Set(cluster.indices.map((i) => this.items[i].date.time));
    if (starts.size > 1 && this.#zoom.canZoomIn) {
      const margin = (cluster.end - cluster.start) * 0.1;
      this.#zoom.zoomTo([cluster.start - margin, cluster.end + margin], 'step');
    } else {
      this.#clusterList.open(cluster);
    }
  };

  /** An edge control brings the nearest milestone beyond it into view and gives it the tab stop. */
  #onEdge = (side: EdgeSide): void => {
    const layout = this.#layout.layout;
    if (!layout) return;
    const {earlier, later} = layout.beyond;
    const index = side === 'earlier' ? earlier - 1 : this.items.length - later;
    const item = this.items[index];
    if (!item) return;
    this.#roving.active = index;
    this.#zoom.reveal(item.date.time, 'step');
  };

  #onKeydown = (event: KeyboardEvent): void => {
    if (this.#roving.handleKeydown(event)) return;
    const index = this.#roving.active;
    const item = this.items[index];
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
      default: {
        // +, - and 0 zoom around the focused milestone; other characters search the titles.
        if (this.#zoom.handleKey(event.key, item.date.time)) break;
        if (!TypeAhead.types(event)) return;
        const title = (i: number) => this.items[i].title;
        const found = this.#typeAhead.find(event.key, index, this.items.length, title);
        if (found >= 0) this.#roving.handleMove(found);
      }
    }
    event.preventDefault();
  };

  #toggle = (category: string): void => {
    const hidden = toggleCategory(this.hiddenCategories, category, this.#categories.keys());
    this.hiddenCategories = hidden;
    this.dispatchEvent(new PartnerTimelineFilterChangeEvent({hiddenCategories: hidden}));
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
    this.#announcer.announce(this.#wording.text.selectionCleared);
    this.#roving.focusActive();
  }

  /** Keeps the view on a milestone that keys moved to, panning a zoomed range if need be. */
  #reveal(index: number): void {
    const item = this.items[index];
    if (item) this.#zoom.reveal(item.date.time, 'follow');
  }

  #listbox(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[role="listbox"]');
  }

  /** The element holding the tab stop: the active option, or the listbox when none shows. */
  #tabStop(): HTMLElement | null {
    const listbox = this.#listbox();
    return listbox?.querySelector<HTMLElement>('[role="option"][tabindex="0"]') ?? listbox;
  }

  /** Announces the range the layout now shows; after gestures and focus moves, once they rest. */
  #announceRange(range: TimeRange, source: RangeSource): void {
    // A pan that follows the keyboard focus is said once the focus has spoken and the keys
    // rest, as a gesture's is, so that the status never names a range no longer shown.
    // Called once the range is laid out: the layout has counted what lies beyond it.
    const beyond = this.#layout.layout?.beyond ?? {earlier: 0, later: 0};
    this.#announcer.announce(rangeStatus(this.items.length, beyond, range, this.#wording), {
      settle: source === 'gesture' || source === 'follow',
    });
  }

  #choose(index: number): void {
    const item = this.items[index];
    if (!item) return;
    this.selected = item.id;
    const {text} = this.#wording;
    this.#announcer.announce(text.selected(item.title, this.#layout.dateLabel(index)));
    this.dispatchEvent(new PartnerTimelineSelectEvent({milestone: item.milestone, index}));
  }

  #indexOf(id: string | null): number {
    if (id === null) return -1;
    return this.items.findIndex((item) => item.id === id);
  }
}
