import {isServer, render, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {TimelineItem} from '../model/index.js';
import {
  clampRange,
  denseHeight,
  homeRange,
  LABEL_LINE_HEIGHT,
  layoutTimeline,
  liftMilestone,
  type EdgeSide,
  type GapMode,
  type LayoutItem,
  type LayoutOptions,
  type MeasureText,
  type Orientation,
  type PlacedMilestone,
  type TextRole,
  type TimelineLayout,
  type TimeRange,
} from '../layout/index.js';
import {DateLabels} from './date-labels.js';
import {renderSizer} from './templates/plot.js';
import {
  approximateMeasurer,
  canvasMeasurer,
  roleMeasurer,
  textStyleOf,
  type TextStyle,
} from './text-measure.js';

/** Below this width (px) `orientation="auto"` lays the timeline out vertically. */
export const VERTICAL_BELOW = 600;
/** Font size (px) the layout's label lines are made for: 0.875rem. */
export const DESIGN_FONT_SIZE = 14;
/** The narrowest plot laid out, px. */
const MIN_PLOT_WIDTH = 96;
/** Room across a horizontal axis that the label lanes may take, px. */
const HORIZONTAL_CROSS_LENGTH = 480;
/** Along a vertical axis: px per milestone, within limits; denser data clusters (and zooms). */
const VERTICAL_PITCH = 64;
const VERTICAL_MIN_LENGTH = 320;
const VERTICAL_MAX_LENGTH = 2400;

/** What a server render assumes of the element's computed style. */
const SERVER_STYLE = {
  fontSize: `${DESIGN_FONT_SIZE}px`,
  fontFamily: 'system-ui, sans-serif',
  lineHeight: `${LABEL_LINE_HEIGHT}px`,
};

/** What the host asks the layout for, on each update. */
export interface LayoutRequest {
  readonly items: readonly TimelineItem[];
  readonly orientation: 'auto' | Orientation;
  readonly gaps: GapMode;
  readonly locale: string;
  /** The zoomed range asked for; `null` draws the whole timeline. */
  readonly range: TimeRange | null;
  /** The date label of a milestone ("July 2014"), formatted only for milestones measured. */
  readonly formatDate: (item: TimelineItem) => string;
  /** Width assumed by a server render, where nothing can be measured. */
  readonly serverWidth: number;
  /** The text of the control for the milestones beyond an end of a zoomed view. */
  readonly edgeLabel?: (side: EdgeSide, count: number) => string;
}

/**
 * Owns the timeline's layout: the host calls `update()` in `willUpdate`. It measures the width available (a `ResizeController` on a sizer
 * the host renders) and the text style, and runs `layoutTimeline` again only when the items,
 * the width, the style, the locale or the zoomed range changed.
 *
 * Text larger than the design size (200% text, say) zooms the plot: the layout runs at the
 * design size on a plot narrower by as much, and CSS zoom (`textZoom`) draws it larger, text
 * laid out and rasterised at the final size, so that labels never overlap.
 *
 * @example
 * #layout = new LayoutController(this);
 * firstUpdated() { this.#layout.observe(this.renderRoot.querySelector('.sizer')!); }
 * willUpdate() { this.#layout.update({items, orientation, gaps, locale, range, formatDate, serverWidth}); }
 */
export class LayoutController implements ReactiveController {
  /** The layout drawn now; `null` when there is nothing to lay out. */
  layout: TimelineLayout | null = null;
  /** How much larger than the design size text is drawn: the plot's CSS zoom. */
  textZoom = 1;

  readonly #host: ReactiveControllerHost & HTMLElement & {readonly renderRoot: ParentNode};
  /** The width of the sizer the last layout was made for, px, once it has been measured. */
  #width: number | undefined;
  #observer: ResizeObserver | null = null;
  #labels = new DateLabels([], () => '');
  #layoutItems: readonly LayoutItem[] = [];
  #measure: MeasureText = () => 0;
  #inputs: readonly TimelineItem[] | null = null;
  /** What the cached labels and measurer were made for, and what the layout was made for. */
  #baseKey = '';
  #key = '';
  #sizer: Element | null = null;
  /** The text style last read, and the width and locale it was read for. */
  #look: {
    readonly width: number | undefined;
    readonly locale: string;
    readonly fontSize: number;
    readonly lineHeight: number;
    readonly styles: Record<TextRole, TextStyle> | null;
  } | null = null;
  /** The zoomed range of the last update, to tell a zoom or pan step from other updates. */
  #range: TimeRange | null = null;
  /** The height of the whole timeline's layout at the current width, data and text. */
  #homeHeight: number | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement & {readonly renderRoot: ParentNode}) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * Starts following the width of `sizer`, a zero-height element the host renders: observing
   * the host itself would report the host's own growth back within the frame. The sizer holds a
   * probe for each role of text (`.probe-title`, `.probe-date`, `.probe-tick`), styled as that
   * text is drawn, so that the layout measures text in the style it is drawn in. A new width
   * asks for an update; the first report, of the width already used, does not.
   */
  observe(sizer: Element): void {
    this.#sizer = sizer;
    this.#observer ??= new ResizeObserver((entries) => {
      const width = entries.at(-1)?.contentRect.width;
      if (width === undefined || width === this.#width) return;
      this.#width = width;
      this.#host.requestUpdate();
    });
    this.#observer.observe(sizer);
  }

  hostConnected(): void {
    if (this.#sizer) this.#observer?.observe(this.#sizer);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** The date label of the milestone at `index` (date order). */
  dateLabel(index: number): string {
    return this.#labels.get(index);
  }

  /** The milestone at `index` drawn on its own, out of the cluster the layout put it in. */
  lift(index: number): PlacedMilestone | null {
    const item = this.#layoutItems[index];
    return this.layout && item ? liftMilestone(this.layout, index, item, this.#measure) : null;
  }

  /** Lays the timeline out again if anything it depends on changed. */
  update(request: LayoutRequest): void {
    const {items, gaps, locale} = request;
    // Before the first render there is no sizer yet: a stand-in measures the same width and
    // styles, so that the first layout is the final one (no second update, no re-layout).
    const stand = !isServer && !this.#sizer ? this.#standInSizer() : null;
    const sizer = stand?.querySelector('.sizer') ?? this.#sizer;
    if (!isServer && this.#width === undefined) this.#width = sizer?.getBoundingClientRect().width;
    const width = isServer ? request.serverWidth : this.#width;
    // A zoom or pan step (only the range changed) keeps the text style read for the view before:
    // reading it forces a style pass over the whole shadow tree, at every step of a gesture.
    const step =
      this.#look !== null &&
      request.range !== this.#range &&
      items === this.#inputs &&
      width === this.#look.width &&
      locale === this.#look.locale;
    this.#range = request.range;
    const computed = isServer || step ? null : getComputedStyle(this.#host);
    const style = computed ?? SERVER_STYLE;
    const fontSize = step ? this.#look!.fontSize : parseFloat(style.fontSize) || DESIGN_FONT_SIZE;
    this.textZoom = Math.max(1, fontSize / DESIGN_FONT_SIZE);
    const zoom = this.textZoom;
    // The line height the labels are drawn with (`--partner-timeline-line-height`, resolved),
    // in whole pixels of the plot, so that line boxes do not round differently from the layout.
    const lineHeight = step
      ? this.#look!.lineHeight
      : Math.round((parseFloat(style.lineHeight) || fontSize * 1.25) / zoom);
    const plotWidth = Math.max(MIN_PLOT_WIDTH, Math.round((width || 640) / zoom));
    const orientation: Orientation =
      request.orientation === 'auto'
        ? plotWidth < VERTICAL_BELOW
          ? 'vertical'
          : 'horizontal'
        : request.orientation;
    const length =
      orientation === 'horizontal'
        ? plotWidth
        : Math.min(
            VERTICAL_MAX_LENGTH,
            Math.max(VERTICAL_MIN_LENGTH, items.length * VERTICAL_PITCH),
          );
    const styles = step
      ? this.#look!.styles
      : computed && this.#textStyles(computed, zoom, locale, sizer ?? null);
    if (!isServer && !step) this.#look = {width, locale, fontSize, lineHeight, styles};
    stand?.remove();
    const baseKey = JSON.stringify([plotWidth, orientation, gaps, locale, lineHeight, styles]);
    if (baseKey !== this.#baseKey || this.#inputs !== items) {
      this.#labels = new DateLabels(items, request.formatDate);
      this.#layoutItems = this.#labels.layoutItems();
      this.#measure = styles
        ? roleMeasurer({
            title: canvasMeasurer(styles.title),
            date: canvasMeasurer(styles.date),
            tick: canvasMeasurer(styles.tick),
          })
        : approximateMeasurer(fontSize);
      this.#homeHeight = undefined;
    }
    const layoutItems = this.#layoutItems;
    const domain =
      request.range && items.length > 0
        ? clampRange(request.range, homeRange(layoutItems, gaps))
        : null;
    const key = `${baseKey}|${domain?.join(',') ?? ''}`;
    if (key === this.#key && this.#inputs === items) return;
    this.#baseKey = baseKey;
    this.#key = key;
    this.#inputs = items;
    if (items.length === 0) {
      this.layout = null;
      return;
    }
    let options: LayoutOptions = {
      orientation,
      length,
      crossLength: orientation === 'horizontal' ? HORIZONTAL_CROSS_LENGTH : plotWidth,
      gaps,
      measure: this.#measure,
      locale,
      lineHeight,
      edgeLabel: request.edgeLabel,
    };
    // A zoomed or panned view keeps the height of the whole timeline's, so that the page below
    // does not jump while the reader zooms; it changes with the data, the width or the text.
    // Dense data (clusters at home) keeps room for a lane of labels on each side of the axis.
    if (orientation === 'horizontal') {
      if (this.#homeHeight === undefined) {
        const home = layoutTimeline(layoutItems, options);
        this.#homeHeight =
          home.clusters.length > 0 ? Math.max(home.height, denseHeight(lineHeight)) : home.height;
        // Unzoomed, and already as tall as it is to stay, the home layout is the one to draw:
        // laying it out again at its own height gives the same (the first render pays once).
        if (!domain && this.#homeHeight === home.height && home.height <= options.crossLength) {
          this.layout = home;
          return;
        }
      }
      options = {...options, height: this.#homeHeight};
    }
    this.layout = layoutTimeline(layoutItems, domain ? {...options, domain} : options);
  }

  /** How each role of text is drawn: from the sizer's probes, or the host before it renders. */
  #textStyles(
    host: CSSStyleDeclaration,
    zoom: number,
    locale: string,
    sizer: Element | null,
  ): Record<TextRole, TextStyle> {
    const probe = (role: TextRole) => {
      const element = sizer?.querySelector(`.probe-${role}`);
      return textStyleOf(element ? getComputedStyle(element) : host, zoom, locale);
    };
    return {title: probe('title'), date: probe('date'), tick: probe('tick')};
  }

  /** The sizer the host will render, drawn in its shadow root until measured. */
  #standInSizer(): HTMLElement {
    const holder = document.createElement('div');
    render(renderSizer(), holder);
    this.#host.renderRoot.append(holder);
    return holder;
  }
}
