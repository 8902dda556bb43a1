import type {ReactiveController, ReactiveControllerHost} from 'lit';

import {describeError, quote} from '../model/index.js';

/** The largest `src` response read: bigger ones are cut off and reported. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** How long a `src` fetch may take when the element's `timeout` is not a positive number. */
export const DEFAULT_TIMEOUT = 15_000;

/** Where a `src` fetch stands. `loaded` holds the body as text: the model parses and reports it. */
export type SourceState =
  | {readonly status: 'idle'}
  | {readonly status: 'loading'; readonly url: string}
  | {readonly status: 'loaded'; readonly url: string; readonly text: string}
  | {readonly status: 'failed'; readonly url: string; readonly message: string};

/** How a finished fetch ended. */
export type SourceOutcome = Extract<SourceState, {status: 'loaded' | 'failed'}>;

const IDLE: SourceState = Object.freeze({status: 'idle'});

// `application/json` and every structured `+json` type (`application/ld+json`, `…/vnd.api+json`).
const JSON_MEDIA_TYPE = /^(?:application\/json|[\w.!#$&^+-]+\/[\w.!#$&^+-]+\+json)$/;

/** Options of {@link fetchSource}. */
export interface FetchSourceOptions {
  /** Aborts the request; the promise then rejects with the signal's reason. */
  readonly signal: AbortSignal;
  /** Milliseconds before the request is given up and reported. */
  readonly timeout: number;
  /** The largest body read, in bytes. */
  readonly maxBytes?: number;
}

/**
 * Fetches a JSON document and returns its text, or a message that says why it could not be
 * loaded, e.g. `could not load "x.json": HTTP 404 Not Found`. Only `application/json` and
 * `+json` responses are read, and only up to `maxBytes`. Rejects only when `signal` aborts,
 * so that a caller who cancelled never sees a report it did not ask for.
 *
 * @example
 * const outcome = await fetchSource('./cqmu-pleven.json', {signal, timeout: 15_000});
 * if (outcome.status === 'loaded') parseMilestones(outcome.text);
 */
export async function fetchSource(
  url: string,
  options: FetchSourceOptions,
): Promise<SourceOutcome> {
  const {signal, timeout, maxBytes = MAX_SOURCE_BYTES} = options;
  const failed = (reason: string): SourceOutcome => ({
    status: 'failed',
    url,
    message: `could not load ${quote(url)}: ${reason}`,
  });
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeout);
  try {
    const response = await fetch(url, {
      signal: AbortSignal.any([signal, deadline.signal]),
      headers: {Accept: 'application/json'},
    });
    const refusal = refuse(response, maxBytes);
    if (refusal) {
      // Free the connection: the body will not be read.
      await response.body?.cancel();
      return failed(refusal);
    }
    const text = await readText(response, maxBytes);
    return text === undefined ? failed(tooLarge(maxBytes)) : {status: 'loaded', url, text};
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (deadline.signal.aborted) return failed(`no response within ${timeout} ms`);
    return failed(`the request failed (${describeError(error)})`);
  } finally {
    clearTimeout(timer);
  }
}

/** Why a response is not read, judged from its status and headers alone. */
function refuse(response: Response, maxBytes: number): string | undefined {
  if (!response.ok) {
    return `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  }
  const type = response.headers.get('content-type');
  const mediaType = type?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!JSON_MEDIA_TYPE.test(mediaType)) {
    return `expected a JSON response (application/json), got ${mediaType ? quote(mediaType) : 'no content type'}`;
  }
  const length = Number(response.headers.get('content-length'));
  return length > maxBytes ? tooLarge(maxBytes) : undefined;
}

function tooLarge(maxBytes: number): string {
  return `the response is larger than the limit of ${formatBytes(maxBytes)}`;
}

function formatBytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1 ? `${Number(megabytes.toFixed(1))} MB` : `${bytes} bytes`;
}

/**
 * Reads the body as UTF-8 (as JSON must be), counting bytes as they stream in: a missing or
 * false `Content-Length` cannot make it read more than `maxBytes`. `undefined` when too large.
 */
async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const {done, value} = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, {stream: true});
  }
}

/** A `timeout` that `setTimeout` can honour; anything else falls back to the default. */
function usableTimeout(timeout: number): number {
  return Number.isFinite(timeout) && timeout > 0 ? Math.min(timeout, 2 ** 31 - 1) : DEFAULT_TIMEOUT;
}

/** Options of {@link SourceController}. */
export interface SourceControllerOptions {
  /** Read when each request starts: the host's `timeout` in milliseconds. */
  readonly timeout: () => number;
}

/**
 * Loads the element's `src`. The last URL always wins: a new one aborts the request in flight,
 * and so does a disconnect (the request starts again on reconnect), so no request outlives the
 * element's interest in it.
 *
 * @example
 * #source = new SourceController(this, {timeout: () => this.timeout});
 * // in willUpdate:
 * this.#source.load(this.src ?? '');
 * if (this.#source.state.status === 'loaded') parseMilestones(this.#source.state.text);
 */
export class SourceController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: SourceControllerOptions;
  #url = '';
  #loading: SourceState = IDLE;
  /** How the request for the current URL ended, once it has. */
  #outcome: SourceOutcome | null = null;
  /** The request in flight, if one is. */
  #request: AbortController | null = null;
  /** A disconnect aborted the request; it is made again on reconnect. */
  #interrupted = false;

  constructor(host: ReactiveControllerHost, options: SourceControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /**
   * Where the current `src` stands. The same object until it changes, so that the host can
   * compare states by identity. `loading` also covers a request waiting for a reconnect.
   */
  get state(): SourceState {
    if (this.#url === '') return IDLE;
    return this.#outcome ?? this.#loading;
  }

  /** Loads `url` (an empty string loads nothing) unless it is the one already loaded. */
  load(url: string): void {
    if (url === this.#url) return;
    this.#url = url;
    this.#loading = url === '' ? IDLE : {status: 'loading', url};
    this.#interrupted = false;
    this.#run();
  }

  hostConnected(): void {
    if (!this.#interrupted) return;
    this.#interrupted = false;
    this.#run();
  }

  hostDisconnected(): void {
    if (!this.#request) return;
    this.#interrupted = true;
    this.#request.abort();
    this.#request = null;
  }

  /** Starts the request for the current URL, aborting the one in flight. */
  #run(): void {
    this.#request?.abort();
    this.#request = null;
    this.#outcome = null;
    if (this.#url === '') return;
    const request = new AbortController();
    this.#request = request;
    const timeout = usableTimeout(this.#options.timeout());
    fetchSource(this.#url, {signal: request.signal, timeout}).then(
      (outcome) => {
        if (request !== this.#request) return;
        this.#request = null;
        this.#outcome = outcome;
        this.#host.requestUpdate();
      },
      // Rejected only when aborted: a newer URL or a disconnect took over.
      () => undefined,
    );
  }
}
