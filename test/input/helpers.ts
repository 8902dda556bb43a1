import {fixture, waitUntil} from '@open-wc/testing';
import type {PartnerTimelineErrorEvent, PartnerTimelineLoadEvent} from '../../src/events.js';
import type {PartnerTimeline} from '../../src/partner-timeline.js';
import {frames, html, renderTimeline, TimelineHarness} from '../harness.js';

export {frames};

/**
 * Waits for something that happens on its own schedule (a fetch, an observer, another frame).
 * Generous by default: other test runs may share the machine, and a bounded wait is not a
 * timing assertion.
 */
export function until(
  predicate: () => unknown,
  message: string,
  {timeout = 8000, interval = 25}: {timeout?: number; interval?: number} = {},
): Promise<void> {
  return waitUntil(predicate, message, {timeout, interval});
}

/** Waits until the element has drawn whatever it was given and the layout has settled. */
export async function settled(element: PartnerTimeline): Promise<void> {
  await element.updateComplete;
  await frames();
  await element.updateComplete;
}

/** Every load and error event an element fires, in order. */
export class EventLog {
  readonly loads: PartnerTimelineLoadEvent[] = [];
  readonly errors: PartnerTimelineErrorEvent[] = [];

  constructor(element: PartnerTimeline) {
    element.addEventListener('partner-timeline-load', (event) => this.loads.push(event));
    element.addEventListener('partner-timeline-error', (event) => this.errors.push(event));
  }

  get count(): number {
    return this.loads.length + this.errors.length;
  }
}

/** What an element showed after loading `src`. */
export interface SourceOutcome {
  readonly timeline: TimelineHarness;
  readonly log: EventLog;
}

/**
 * Renders an empty timeline, listens, then sets `src` and waits for the first load or error
 * event (listening first: a local fetch can finish within the frames `renderTimeline` waits).
 */
export async function loadSource(
  src: string,
  configure: (element: PartnerTimeline) => void = () => {},
): Promise<SourceOutcome> {
  const timeline = await renderTimeline(html`<partner-timeline></partner-timeline>`);
  const log = new EventLog(timeline.element);
  configure(timeline.element);
  timeline.element.src = src;
  await until(() => log.count > 0, `no load or error event for ${src}`);
  await settled(timeline.element);
  return {timeline, log};
}

/** Longer than any test waits: a request this slow that ended was aborted, not answered. */
export const UNANSWERED = 20_000;

/** A response the test server holds back for `delay` ms, titled `From <id>`. */
export function slowUrl(id: string, delay: number): string {
  return `/test-api/slow?id=${id}&delay=${delay}&title=${encodeURIComponent(`From ${id}`)}`;
}

/** The state of a request to /test-api/slow, as the test server saw it. */
export async function requestState(id: string): Promise<'none' | 'open' | 'aborted' | 'finished'> {
  const response = await fetch(`/test-api/request-state?id=${encodeURIComponent(id)}`);
  const {state} = (await response.json()) as {
    state: 'none' | 'open' | 'aborted' | 'finished';
  };
  return state;
}

/** How many requests to /test-api/slow whose id starts with `prefix` are still open. */
export async function openRequests(prefix: string): Promise<number> {
  const response = await fetch(`/test-api/open-requests?prefix=${encodeURIComponent(prefix)}`);
  const {open} = (await response.json()) as {open: number};
  return open;
}

/** Polls the test server until the request reaches `state`. */
export async function untilRequest(id: string, state: 'aborted' | 'finished'): Promise<void> {
  await until(
    async () => (await requestState(id)) === state,
    `request ${id} did not become ${state}`,
  );
}

/** A unique id for a slow request, so that tests (and reruns) never share server state. */
export function requestId(name: string): string {
  return `${name}-${Math.random().toString(36).slice(2)}`;
}

/** The visible text of the error part, with whitespace collapsed; `''` when there is none. */
export function errorText(timeline: TimelineHarness): string {
  return (timeline.part('error')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Renders an empty timeline, listens, then gives it `milestones` as a property. */
export async function withProperty(
  milestones: unknown,
): Promise<{timeline: TimelineHarness; log: EventLog}> {
  const element = await fixture<PartnerTimeline>(html`<partner-timeline></partner-timeline>`);
  await settled(element);
  const log = new EventLog(element);
  element.milestones = milestones as PartnerTimeline['milestones'];
  await settled(element);
  return {timeline: new TimelineHarness(element), log};
}

/** Renders an empty timeline, listens, then sets the `milestones` attribute. */
export async function withAttribute(
  value: string,
): Promise<{timeline: TimelineHarness; log: EventLog}> {
  const element = await fixture<PartnerTimeline>(html`<partner-timeline></partner-timeline>`);
  await settled(element);
  const log = new EventLog(element);
  element.setAttribute('milestones', value);
  await settled(element);
  return {timeline: new TimelineHarness(element), log};
}
