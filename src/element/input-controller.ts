import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {parseMilestones, quote, type ParseIssue, type ParseResult} from '../model/index.js';
import {
  PartnerTimelineErrorEvent,
  PartnerTimelineLoadEvent,
  type ErrorDetail,
  type LoadDetail,
} from '../events.js';
import {InlineDataController, type InlineData} from './inline-data.js';
import {SourceController, type SourceState} from './source-controller.js';

/**
 * The way in the element draws from, by precedence: an explicit `milestones` value (property or
 * attribute), then `src`, then a child `<script type="application/json">`, then a light-DOM list.
 * `value` is compared by identity to tell whether the input changed.
 */
export type ActiveInput =
  | {readonly kind: 'milestones'; readonly value: unknown}
  | {readonly kind: 'src'; readonly value: SourceState}
  | {readonly kind: 'inline'; readonly value: InlineData | null};

/** What the element draws from the active input. */
export interface InputReading {
  readonly result: ParseResult;
  /** `src` is still loading. */
  readonly loading: boolean;
  /** Where loaded data came from (the `src` URL or `inline`); absent when nothing was loaded. */
  readonly loadedFrom?: string;
}

/** Whether `milestones` was given: `null` and `undefined` leave the way to `src` and children. */
export function isGiven(milestones: unknown): boolean {
  return milestones !== null && milestones !== undefined;
}

/** Picks the input with the highest precedence. */
export function activeInput(
  milestones: unknown,
  source: SourceState,
  inline: InlineData | null,
): ActiveInput {
  if (isGiven(milestones)) return {kind: 'milestones', value: milestones};
  if (source.status !== 'idle') return {kind: 'src', value: source};
  return {kind: 'inline', value: inline};
}

/** Parses the active input. Loaded data counts as loaded only if it was a milestone list. */
export function readInput(input: ActiveInput): InputReading {
  switch (input.kind) {
    case 'milestones':
      return {result: parseMilestones(input.value), loading: false};
    case 'inline':
      return input.value ? loaded(parseMilestones(input.value.data), 'inline') : NO_INPUT;
    case 'src':
      return readSource(input.value);
  }
}

function readSource(state: SourceState): InputReading {
  switch (state.status) {
    case 'idle':
      return NO_INPUT;
    case 'loading':
      return {...NO_INPUT, loading: true};
    case 'failed':
      return {
        result: {items: [], issues: [{index: null, message: state.message, severity: 'error'}]},
        loading: false,
      };
    case 'loaded':
      return loaded(fromUrl(parseMilestones(state.text), state.url), state.url);
  }
}

function loaded(result: ParseResult, from: string): InputReading {
  const rejectedAsAWhole = result.issues.some((issue) => issue.index === null);
  return rejectedAsAWhole ? {result, loading: false} : {result, loading: false, loadedFrom: from};
}

/** Names the URL in a message about the document as a whole: there may be several on a page. */
function fromUrl(result: ParseResult, url: string): ParseResult {
  const issues = result.issues.map((issue) =>
    issue.index === null
      ? {...issue, message: `could not read ${quote(url)}: ${issue.message}`}
      : issue,
  );
  return {items: result.items, issues};
}

const EMPTY: ParseResult = {items: [], issues: []};
const NO_INPUT: InputReading = {result: EMPTY, loading: false};

/** What the host tells the input controller; each is read when the host updates. */
export interface InputOptions {
  readonly milestones: () => unknown;
  readonly src: () => string | null;
  /** Milliseconds a `src` fetch may take. */
  readonly timeout: () => number;
  /** The one-line summary of the issues, in the page's language. */
  readonly summarise: (issues: readonly ParseIssue[]) => string;
  /** Data from `src` or inline JSON is about to be drawn: `count` valid milestones. */
  readonly onLoad?: (count: number) => void;
}

/**
 * Every way data comes in, in one place: the `milestones` property or attribute, `src` (fetched
 * by a {@link SourceController}), a child script or list (an {@link InlineDataController}). On
 * each host update it reads the input with the highest precedence, parses it when it changed,
 * and after the update fires `partner-timeline-error` for rejected input and
 * `partner-timeline-load` for data loaded from `src` or the children.
 *
 * @example
 * #input = new InputController(this, {
 *   milestones: () => this.milestones, src: () => this.src, timeout: () => this.timeout,
 *   summarise: (issues) => errorSummary(issues, this.#wording),
 * });
 * // in willUpdate:
 * if (this.#input.read()) relayout(this.#input.result.items);
 */
export class InputController implements ReactiveController {
  /** Valid milestones in date order and the problems found, from the current input. */
  result: ParseResult = EMPTY;
  /** `src` is loading. */
  loading = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: InputOptions;
  readonly #source: SourceController;
  readonly #inline: InlineDataController;
  /** The input value last read, compared by identity; see `activeInput`. */
  #input: unknown = undefined;
  #pendingError: ErrorDetail | null = null;
  #pendingLoad: LoadDetail | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: InputOptions) {
    this.#host = host;
    this.#options = options;
    this.#source = new SourceController(host, {timeout: options.timeout});
    this.#inline = new InlineDataController(host);
    host.addController(this);
  }

  /**
   * Reads the input with the highest precedence again; returns true when it changed and
   * `result` is new. `force` re-reads the same value (a `milestones` property set again).
   */
  read(force = false): boolean {
    const milestones = this.#options.milestones();
    // Nothing is fetched that would not be drawn: explicit milestones win over `src`.
    // A server render draws what it is given; `src` is fetched by the browser after hydration.
    this.#source.load(isGiven(milestones) || isServer ? '' : (this.#options.src() ?? ''));
    const input = activeInput(milestones, this.#source.state, this.#inline.value);
    if (input.value === this.#input && !force) return false;
    this.#input = input.value;
    const {result, loading, loadedFrom} = readInput(input);
    this.result = result;
    this.loading = loading;
    const {issues} = result;
    this.#pendingError =
      issues.length === 0 ? null : {message: this.#options.summarise(issues), issues};
    this.#pendingLoad =
      loadedFrom === undefined ? null : {count: result.items.length, source: loadedFrom};
    // Said in the update that draws the data (from hostUpdated it would ask for another).
    if (loadedFrom !== undefined) this.#options.onLoad?.(result.items.length);
    return true;
  }

  hostUpdated(): void {
    const error = this.#pendingError;
    const load = this.#pendingLoad;
    this.#pendingError = null;
    this.#pendingLoad = null;
    if (error) this.#host.dispatchEvent(new PartnerTimelineErrorEvent(error));
    if (load) this.#host.dispatchEvent(new PartnerTimelineLoadEvent(load));
  }
}
