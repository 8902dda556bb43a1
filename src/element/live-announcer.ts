import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** How long a burst of changes (a drag, a wheel spin) must pause before it is announced, ms. */
export const SETTLE_DELAY = 400;

/**
 * The text of a polite live region: what the host renders into its `role="status"` element.
 * Selection is announced at once; a burst of zoom steps only once it settles, so that a screen
 * reader says "Showing 2007 to 2017" once instead of for every wheel notch.
 */
export class LiveAnnouncer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #message = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The text to render into the live region. */
  get message(): string {
    return this.#message;
  }

  /** Announces `message`; with `settle`, only when no other announcement follows soon. */
  announce(message: string, {settle = false}: {settle?: boolean} = {}): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (settle) {
      this.#timer = setTimeout(() => this.#show(message), SETTLE_DELAY);
    } else {
      this.#show(message);
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #show(message: string): void {
    // The same words again would not change the region and so not be read: a no-break space
    // at the end makes them new text.
    this.#message = message === this.#message ? `${message}\u00a0` : message;
    this.#host.requestUpdate();
  }
}
