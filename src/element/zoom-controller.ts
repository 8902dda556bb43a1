import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {
  canZoomIn,
  canZoomOut,
  clampRange,
  panBy,
  rangeOf,
  revealTime,
  sameRange,
  zoomAround,
  type Orientation,
  type TimeRange,
  type TimeScale,
} from '../layout/index.js';
import {PartnerTimelineRangeChangeEvent} from '../events.js';
import type {TimelineStrings} from '../i18n.js';
import type {ZoomButton} from './templates/controls.js';

/** What the host tells the controller about the timeline as drawn now. */
export interface ZoomView {
  /** The scale of the current layout: the visible range and where its instants sit, px. */
  readonly scale: TimeScale;
  /** The whole timeline's range, as drawn when not zoomed. */
  readonly home: TimeRange;
  readonly orientation: Orientation;
  /** The CSS zoom of the plot: layout pixels are drawn this many times larger. */
  readonly textZoom: number;
}

export interface ZoomControllerOptions {
  /** The plot, where wheel, pinch and drag act; `null` while nothing is drawn. */
  readonly surface: () => HTMLElement | null;
  /** The timeline as drawn; `null` before the first layout or when there is nothing to show. */
  readonly view: () => ZoomView | null;
  /** Called as the host renders a changed range: the host announces it. */
  readonly onRangeChange?: (range: TimeRange, source: RangeSource) => void;
  /**
   * The instant the toolbar's buttons zoom around (the milestone holding the tab stop), used
   * while it is in view so that zooming in never leaves an empty view; else the middle.
   */
  readonly anchor?: () => number | undefined;
}

/**
 * What changed the range: a `gesture` (wheel, pinch, drag) comes in bursts and is announced once
 * it settles; a `step` (key or button) and an `api` call at once; `follow` is the view keeping up
 * with keyboard focus, which the focused milestone itself announces.
 */
export type RangeSource = 'gesture' | 'step' | 'api' | 'follow';

/** How many buttons {@link ZoomController.buttons} gives. */
export const ZOOM_BUTTON_COUNT = 3;

/** Factor of one zoom step by key or button. */
export const ZOOM_STEP = 2;
/** Zoom factor per pixel of wheel delta: one notch (100 px in Chromium) zooms by √2. */
const WHEEL_RATE = 0.005;
const WHEEL_DELTA_MAX = 100;
/** Movement (px) before a press becomes a drag, so that clicks and taps still select. */
const DRAG_THRESHOLD = 4;

type Gesture =
  | {
      readonly kind: 'drag';
      /** Where the pointer went down along the axis, and the scale drawn then. */
      readonly origin: number;
      readonly scale: TimeScale;
      moved: boolean;
    }
  | {
      readonly kind: 'pinch';
      readonly distance: number;
      /** The point between the fingers along the axis, and the scale drawn then. */
      readonly anchor: number;
      readonly scale: TimeScale;
    };

/**
 * Owns the visible time range of the timeline and the gestures that change it: Ctrl/⌘ + wheel
 * and trackpad pinch (which browsers send as a wheel with `ctrlKey`) zoom around the pointer;
 * two-finger touch pinch zooms around the fingers; a drag pans. A plain wheel is left to the
 * page, and the plot's `touch-action: pan-y` leaves vertical swipes to the page too.
 *
 * Zoom and pan act on what is drawn (see the layout's `zoomAround` and `panBy`): markers follow
 * a drag 1:1, breaks keep their size, and panning stops at the data. Gestures are applied once
 * per animation frame, however many events arrive in it. The host lays the timeline out with
 * {@link range} as its domain, so zooming re-runs the layout (labels stay crisp).
 */
export class ZoomController implements ReactiveController {
  /** The range asked for; `null` draws the whole timeline. */
  range: TimeRange | null = null;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ZoomControllerOptions;
  #change: RangeSource | null = null;
  /** A changed range drawn by the update in progress, for the event after it. */
  #drawn: TimeRange | null = null;
  #pointers = new Map<number, {x: number; y: number}>();
  #gesture: Gesture | null = null;
  #suppressClick = false;
  /** A gesture's next range, applied at the next animation frame. */
  #pending: (() => TimeRange | null) | null = null;
  #frame = 0;
  /** Wheel zoom gathered within one frame: the product of its factors and the last anchor. */
  #wheel: {factor: number; anchor: number} | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ZoomControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.#host;
    host.addEventListener('wheel', this.#onWheel, {passive: false});
    host.addEventListener('pointerdown', this.#onPointerDown);
    host.addEventListener('pointermove', this.#onPointerMove);
    host.addEventListener('pointerup', this.#onPointerUp);
    host.addEventListener('pointercancel', this.#onPointerUp);
    host.addEventListener('click', this.#onClick, {capture: true});
  }

  hostDisconnected(): void {
    const host = this.#host;
    host.removeEventListener('wheel', this.#onWheel);
    host.removeEventListener('pointerdown', this.#onPointerDown);
    host.removeEventListener('pointermove', this.#onPointerMove);
    host.removeEventListener('pointerup', this.#onPointerUp);
    host.removeEventListener('pointercancel', this.#onPointerUp);
    host.removeEventListener('click', this.#onClick, {capture: true});
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#pending = null;
    this.#wheel = null;
    this.#pointers.clear();
    this.#gesture = null;
  }

  /** The range drawn now (the whole timeline when not zoomed); `null` when nothing is drawn. */
  get visible(): TimeRange | null {
    const view = this.#options.view();
    return view ? rangeOf(view.scale) : null;
  }

  /** Whether zooming in one step would show more detail. */
  get canZoomIn(): boolean {
    const view = this.#options.view();
    return view !== null && canZoomIn(view.scale, view.home);
  }

  /** Whether zooming out one step would show more time. */
  get canZoomOut(): boolean {
    const view = this.#options.view();
    return view !== null && canZoomOut(view.scale, view.home);
  }

  /** The toolbar's buttons: zoom in, zoom out, reset, each enabled when it would do something. */
  buttons(text: TimelineStrings): ZoomButton[] {
    return [
      {
        name: text.zoomIn,
        glyph: '+',
        enabled: this.canZoomIn,
        zoom: () => this.zoomBy(1 / ZOOM_STEP, 'step', this.#anchorInView()),
      },
      {
        name: text.zoomOut,
        glyph: '\u2212',
        enabled: this.canZoomOut,
        zoom: () => this.zoomBy(ZOOM_STEP, 'step', this.#anchorInView()),
      },
      {
        name: text.resetZoom,
        glyph: text.resetZoom,
        enabled: this.range !== null,
        zoom: () => this.reset('step'),
      },
    ];
  }

  /**
   * Zooms for a key: `+` (or `=`, the same key unshifted) in and `-` out around `anchor`, `0`
   * back to the whole timeline. Returns false for any other key.
   */
  handleKey(key: string, anchor: number): boolean {
    if (key === '+' || key === '=') this.zoomBy(1 / ZOOM_STEP, 'step', anchor);
    else if (key === '-') this.zoomBy(ZOOM_STEP, 'step', anchor);
    else if (key === '0') this.reset('step');
    else return false;
    return true;
  }

  /** Shows `range` (asked for by time), kept within the limits of zoom. */
  zoomTo(range: TimeRange, source: RangeSource): void {
    const view = this.#options.view();
    this.#show(view ? clampRange(range, view.home) : range, source);
  }

  #anchorInView(): number | undefined {
    const anchor = this.#options.anchor?.();
    const visible = this.#options.view()?.scale.visible;
    return anchor !== undefined && visible && anchor >= visible[0] && anchor <= visible[1]
      ? anchor
      : undefined;
  }

  /** Zooms by `factor` (below 1 zooms in) around the instant `anchor`, or the axis's middle. */
  zoomBy(factor: number, source: RangeSource, anchor?: number): void {
    const view = this.#options.view();
    if (!view) return;
    const {scale} = view;
    const [start, end] = scale.visible.map(scale.position);
    const at = anchor === undefined ? (start + end) / 2 : scale.position(anchor);
    this.#show(zoomAround(scale, view.home, factor, at), source);
  }

  /** Moves what is drawn by `delta` px along the axis (forward brings earlier time in). */
  panBy(delta: number, source: RangeSource): void {
    const view = this.#options.view();
    if (view) this.#show(panBy(view.scale, view.home, delta), source);
  }

  /** Pans just enough to show `time`; nothing when it already shows or the view is whole. */
  reveal(time: number, source: RangeSource): void {
    const view = this.#options.view();
    if (!view || this.range === null) return;
    this.#show(revealTime(view.scale, view.home, time), source);
  }

  /** Shows the whole timeline again. */
  reset(source: RangeSource): void {
    if (this.range === null) return;
    this.range = null;
    this.#changed(source);
  }

  /** Once the host has laid out a changed range, before it renders: the host announces it. */
  hostUpdate(): void {
    const source = this.#change;
    this.#change = null;
    const range = source && this.visible;
    if (!source || !range) return;
    this.#drawn = range;
    this.#options.onRangeChange?.(range, source);
  }

  /** After the render: `partner-timeline-range-change` with the range now drawn. */
  hostUpdated(): void {
    const range = this.#drawn;
    this.#drawn = null;
    if (!range) return;
    const [start, end] = range;
    this.#host.dispatchEvent(
      new PartnerTimelineRangeChangeEvent({start: new Date(start), end: new Date(end)}),
    );
  }

  #show(range: TimeRange, source: RangeSource): void {
    if (sameRange(range, this.visible)) return;
    this.range = range;
    this.#changed(source);
  }

  #changed(source: RangeSource): void {
    // Within one update a gesture wins, so that a burst is never announced step by step.
    if (this.#change !== 'gesture') this.#change = source;
    this.#host.requestUpdate();
  }

  /** Shows what a gesture asks for at the next frame: one layout per frame, not per event. */
  #schedule(next: () => TimeRange | null): void {
    this.#pending = next;
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      const range = this.#pending?.();
      this.#pending = null;
      if (range) this.#show(range, 'gesture');
    });
  }

  /** Position of an event along the time axis in layout pixels (mirrored in right-to-left). */
  #along(event: {clientX: number; clientY: number}, view: ZoomView): number | null {
    const surface = this.#options.surface();
    if (!surface) return null;
    const box = surface.getBoundingClientRect();
    const pixels =
      view.orientation === 'vertical'
        ? event.clientY - box.top
        : getComputedStyle(surface).direction === 'rtl'
          ? box.right - event.clientX
          : event.clientX - box.left;
    return pixels / view.textZoom;
  }

  #onSurface(event: Event): boolean {
    const surface = this.#options.surface();
    return surface !== null && event.composedPath().includes(surface);
  }

  #onWheel = (event: WheelEvent): void => {
    // A plain wheel scrolls the page; only Ctrl/⌘ (and trackpad pinch, sent with ctrlKey) zooms.
    if (!(event.ctrlKey || event.metaKey) || !this.#onSurface(event)) return;
    const view = this.#options.view();
    const anchor = view && this.#along(event, view);
    if (!view || anchor === null) return;
    event.preventDefault();
    const pixels = event.deltaY * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1);
    const delta = Math.max(-WHEEL_DELTA_MAX, Math.min(WHEEL_DELTA_MAX, pixels));
    const factor = (this.#wheel?.factor ?? 1) * 2 ** (delta * WHEEL_RATE);
    this.#wheel = {factor, anchor};
    this.#schedule(() => {
      const wheel = this.#wheel;
      const now = this.#options.view();
      this.#wheel = null;
      return wheel && now ? zoomAround(now.scale, now.home, wheel.factor, wheel.anchor) : null;
    });
  };

  #onPointerDown = (event: PointerEvent): void => {
    this.#suppressClick = false;
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    if (!this.#onSurface(event)) return;
    this.#pointers.set(event.pointerId, {x: event.clientX, y: event.clientY});
    this.#startGesture();
  };

  #onPointerMove = (event: PointerEvent): void => {
    if (!this.#pointers.has(event.pointerId)) return;
    this.#pointers.set(event.pointerId, {x: event.clientX, y: event.clientY});
    const gesture = this.#gesture;
    const view = this.#options.view();
    if (!gesture || !view) return;
    const {home} = view;
    if (gesture.kind === 'pinch') {
      const distance = this.#distance();
      if (distance > 0) {
        const factor = gesture.distance / distance;
        this.#schedule(() => zoomAround(gesture.scale, home, factor, gesture.anchor));
      }
      return;
    }
    const position = this.#along(event, view);
    if (position === null) return;
    const moved = position - gesture.origin;
    if (!gesture.moved && Math.abs(moved) < DRAG_THRESHOLD) return;
    if (!gesture.moved) {
      gesture.moved = true;
      // Captured only now, so that a press without a drag stays a click on its milestone.
      try {
        this.#host.setPointerCapture(event.pointerId);
      } catch {
        // A synthetic pointer cannot be captured; the drag goes on while it stays over us.
      }
    }
    // What is drawn follows the pointer from where the drag began.
    this.#schedule(() => panBy(gesture.scale, home, moved));
  };

  #onPointerUp = (event: PointerEvent): void => {
    if (!this.#pointers.delete(event.pointerId)) return;
    if (this.#gesture?.kind === 'drag' && this.#gesture.moved) this.#suppressClick = true;
    this.#startGesture();
  };

  /** A drag ends in a pointerup whose click must not also select a milestone. */
  #onClick = (event: MouseEvent): void => {
    if (!this.#suppressClick) return;
    this.#suppressClick = false;
    event.stopPropagation();
    event.preventDefault();
  };

  /** Starts the gesture the pointers down now make, from the scale drawn now. */
  #startGesture(): void {
    const view = this.#options.view();
    const points = [...this.#pointers.values()];
    if (!view || points.length === 0) {
      this.#gesture = null;
      return;
    }
    const {scale} = view;
    if (points.length === 1) {
      const [point] = points;
      const origin = this.#along({clientX: point.x, clientY: point.y}, view);
      this.#gesture = origin === null ? null : {kind: 'drag', origin, scale, moved: false};
      return;
    }
    const [a, b] = points;
    const middle = this.#along({clientX: (a.x + b.x) / 2, clientY: (a.y + b.y) / 2}, view);
    const [start, end] = scale.visible.map(scale.position);
    this.#gesture = {
      kind: 'pinch',
      distance: this.#distance(),
      anchor: middle ?? (start + end) / 2,
      scale,
    };
  }

  #distance(): number {
    const [a, b] = [...this.#pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }
}
