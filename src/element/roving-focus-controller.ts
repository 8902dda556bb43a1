import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Orientation} from '../layout/index.js';

export interface RovingFocusOptions {
  /** How many items take part, in order: date order for milestones, DOM order for buttons. */
  readonly count: () => number;
  /** The axis the items run along: its arrow keys move (Left/Right mirrored right-to-left). */
  readonly orientation: () => Orientation;
  /** How far PageUp and PageDown move; when omitted, those keys are left alone. */
  readonly pageStep?: (count: number) => number;
  /** The rendered element that holds the tab stop for item `index`; it takes the focus. */
  readonly elementFor: (index: number) => HTMLElement | null;
  /** The element around the items: focus inside it follows the active item across renders. */
  readonly container: () => HTMLElement | null;
  /** Called when a key moved the active item, before the host renders again. */
  readonly onMove?: (index: number) => void;
}

/**
 * A roving tab stop over a run of items (the WAI-ARIA listbox and toolbar pattern): one item
 * holds `tabindex="0"`, arrow keys, Home, End and optionally PageUp/PageDown move it and the
 * focus. Items are counted, not queried, so an item the host draws as part of something else
 * (a cluster) or not at all still has its place in the order.
 *
 * Focus survives re-renders: when focus was inside the container before an update and the
 * element of the active item changed or vanished, the active item's element takes it back.
 */
export class RovingFocusController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: RovingFocusOptions;
  #active = 0;
  #focusPending = false;
  #hadFocus = false;

  constructor(host: ReactiveControllerHost, options: RovingFocusOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Index of the item that holds the tab stop. */
  get active(): number {
    return this.#active;
  }

  set active(index: number) {
    const last = Math.max(0, this.#options.count() - 1);
    const next = Math.min(last, Math.max(0, Math.trunc(index) || 0));
    if (next === this.#active) return;
    this.#active = next;
    this.#host.requestUpdate();
  }

  /** Moves the focus to the active item once the host has rendered. */
  focusActive(): void {
    this.#focusPending = true;
    this.#host.requestUpdate();
  }

  /**
   * Moves the active item for an arrow, Home, End, PageUp or PageDown key and returns true;
   * returns false (leaving the event alone) for any other key.
   */
  handleKeydown(event: KeyboardEvent): boolean {
    const count = this.#options.count();
    if (count === 0 || event.altKey || event.ctrlKey || event.metaKey) return false;
    const next = this.#target(event.key, count);
    if (next === null) return false;
    event.preventDefault();
    this.handleMove(next);
    return true;
  }

  /** Moves the active item and the focus to `index`, as a key would (type-ahead, say). */
  handleMove(index: number): void {
    this.active = index;
    this.#options.onMove?.(this.#active);
    this.focusActive();
  }

  hostUpdate(): void {
    this.#hadFocus = this.#options.container()?.matches(':focus-within') ?? false;
  }

  hostUpdated(): void {
    if (!this.#focusPending && !this.#hadFocus) return;
    // A key asked for the move: the item scrolls into view. Focus merely kept across a render
    // (a drag, new data) must not scroll the page under the pointer.
    const preventScroll = !this.#focusPending;
    this.#focusPending = false;
    this.#hadFocus = false;
    const element = this.#options.elementFor(this.#active);
    if (element && !element.matches(':focus')) element.focus({preventScroll});
  }

  #target(key: string, count: number): number | null {
    const active = this.#active;
    const last = count - 1;
    const step = this.#options.pageStep?.(count);
    const [forward, backward] = this.#arrows();
    if (forward.includes(key)) return Math.min(last, active + 1);
    if (backward.includes(key)) return Math.max(0, active - 1);
    switch (key) {
      case 'Home':
        return 0;
      case 'End':
        return last;
      case 'PageDown':
        return step === undefined ? null : Math.min(last, active + step);
      case 'PageUp':
        return step === undefined ? null : Math.max(0, active - step);
      default:
        return null;
    }
  }

  /**
   * The keys that move forward and backward: the arrows along the axis (Left/Right mirrored
   * right-to-left), and those of the other axis too, so that Down (which screen-reader users
   * press by habit) moves to the next item instead of scrolling the page.
   */
  #arrows(): [forward: string[], backward: string[]] {
    const [right, left] = this.#rtl() ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
    return this.#options.orientation() === 'vertical'
      ? [
          ['ArrowDown', right],
          ['ArrowUp', left],
        ]
      : [
          [right, 'ArrowDown'],
          [left, 'ArrowUp'],
        ];
  }

  #rtl(): boolean {
    const container = this.#options.container();
    return container !== null && getComputedStyle(container).direction === 'rtl';
  }
}
