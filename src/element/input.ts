import {parseMilestones} from '../model/index.js';
import {quote} from '../model/text.js';
import type {ParseResult} from '../model/types.js';
import type {InlineData} from './inline-data.js';
import type {SourceState} from './source-controller.js';

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
      return input.value ? loaded(parseMilestones(input.value.data), 'inline') : nothing();
    case 'src':
      return readSource(input.value);
  }
}

function readSource(state: SourceState): InputReading {
  switch (state.status) {
    case 'idle':
      return nothing();
    case 'loading':
      return {...nothing(), loading: true};
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

function nothing(): InputReading {
  return {result: {items: [], issues: []}, loading: false};
}
