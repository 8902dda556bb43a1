import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Tracks the content width of an element inside the host's shadow root and updates the host
 * when, and only when, the width changes.
 *
 * Why not `ResizeController` from `@lit-labs/observers`: observing the host reports its own
 * redraw (the host's height follows the layout) back within the same frame, which Chromium
 * reports as "ResizeObserver loop completed with undelivered notifications"; and its `target()`
 * directive requests an update in the middle of the first render. This controller observes a
 * zero-height sizer that only the width can change, attached after the first render.
 */
export class WidthController implements ReactiveController {
  /** The last width seen, in CSS px; `undefined` before the first observation. */
  value: number | undefined;

  #host: ReactiveControllerHost;
  #observer: ResizeObserver | null = null;
  #target: Element | null = null;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Starts observing `target` (the sizer); call it once the host has rendered it. */
  observe(target: Element): void {
    if (target === this.#target) return;
    this.#target = target;
    this.#connect();
  }

  hostConnected(): void {
    this.#connect();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
  }

  #connect(): void {
    if (!this.#target || typeof ResizeObserver !== 'function') return;
    this.#observer?.disconnect();
    this.#observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width;
      if (width === undefined || width === this.value) return;
      this.value = width;
      this.#host.requestUpdate();
    });
    this.#observer.observe(this.#target);
  }
}
