import {expect, fixture} from '@open-wc/testing';
import reference from '../../data/cqmu-pleven.json';
import type {PartnerTimeline} from '../../src/partner-timeline.js';
import {html, TimelineHarness} from '../harness.js';
import {
  EventLog,
  openRequests,
  requestId,
  requestState,
  settled,
  slowUrl,
  UNANSWERED,
  until,
} from './helpers.js';

type Observer = MutationObserver | ResizeObserver | IntersectionObserver;

/**
 * Counts what the page holds on to while it runs: observers observing, listeners on `window`
 * and `document`, and fetches not yet settled. Installed around one test, then restored.
 */
class Holdings {
  readonly observing = new Set<Observer>();
  readonly listeners = new Map<string, number>();
  inFlight = 0;
  readonly #restore: Array<() => void> = [];

  install(): void {
    for (const type of [MutationObserver, ResizeObserver, IntersectionObserver]) {
      this.#wrap(type.prototype, 'observe', (observer) => this.observing.add(observer));
      this.#wrap(type.prototype, 'disconnect', (observer) => this.observing.delete(observer));
    }
    for (const target of [window, document]) {
      const name = target === window ? 'window' : 'document';
      this.#wrap(target, 'addEventListener', (_, type) =>
        this.#count(`${name} ${String(type)}`, 1),
      );
      this.#wrap(target, 'removeEventListener', (_, type) =>
        this.#count(`${name} ${String(type)}`, -1),
      );
    }
    const original = Object.getOwnPropertyDescriptor(window, 'fetch')!;
    const fetch = window.fetch.bind(window);
    window.fetch = (...args) => {
      this.inFlight++;
      return fetch(...args).finally(() => this.inFlight--);
    };
    this.#restore.push(() => Object.defineProperty(window, 'fetch', original));
  }

  restore(): void {
    for (const restore of this.#restore.splice(0).reverse()) restore();
  }

  /** Listener types added more often than removed. */
  get danglingListeners(): string[] {
    return [...this.listeners].filter(([, count]) => count > 0).map(([type]) => type);
  }

  #count(key: string, delta: number): void {
    this.listeners.set(key, (this.listeners.get(key) ?? 0) + delta);
  }

  #wrap<T extends object, K extends keyof T & string>(
    target: T,
    key: K,
    record: (self: never, ...args: unknown[]) => void,
  ): void {
    const original = target[key] as (...args: unknown[]) => unknown;
    // The shape of the method does not change: it records, then does what it always did.
    (target as Record<string, unknown>)[key] = function (this: never, ...args: unknown[]) {
      record(this, ...args);
      return original.apply(this, args);
    };
    this.#restore.push(() => ((target as Record<string, unknown>)[key] = original));
  }
}

describe('lifecycle', () => {
  const holdings = new Holdings();
  afterEach(() => holdings.restore());

  it('draws many instances on one page, each from its own way in', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const expected: string[][] = [];
    const logs: EventLog[] = [];
    for (let i = 0; i < 40; i++) {
      const element = document.createElement('partner-timeline');
      logs.push(new EventLog(element));
      const id = requestId(`instance-${i}`);
      const title = i % 4 === 3 ? `From ${id}` : `Instance ${i}`;
      switch (i % 4) {
        case 0:
          element.milestones = [{date: `${1990 + i}`, title}];
          break;
        case 1:
          element.setAttribute('milestones', JSON.stringify([{date: `${1990 + i}`, title}]));
          break;
        case 2:
          element.innerHTML = `<ol><li><time datetime="${1990 + i}">${1990 + i}</time> ${title}</li></ol>`;
          break;
        default:
          element.src = slowUrl(id, 0);
      }
      expected.push([title]);
      container.append(element);
    }
    const elements = [...container.querySelectorAll('partner-timeline')];
    await until(
      () => logs.every((log, i) => i % 4 < 2 || log.loads.length === 1),
      'not every instance loaded',
    );
    await Promise.all(elements.map(settled));
    expect(elements.map((element) => new TimelineHarness(element).titles)).to.deep.equal(expected);
    expect(logs.every((log) => log.errors.length === 0)).to.be.true;
  });

  it('leaves no observer, listener or request behind after 1,000 connect/disconnect cycles', async () => {
    const id = requestId('cycles');
    const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    holdings.install();
    const element = document.createElement('partner-timeline');
    element.innerHTML = `<ol><li><time datetime="1974">1974</time> Founded</li></ol>`;
    // Chrome may keep an aborted request going while an identical one waits for its cache
    // entry, so "closed at once" would be too strict: "closed, never answered" is the claim.
    element.src = slowUrl(id, UNANSWERED);
    container.append(element);
    await element.updateComplete;
    for (let cycle = 0; cycle < 1000; cycle++) {
      element.remove();
      container.append(element);
      // Now and then let updates and requests run, as a page that moves nodes around would.
      if (cycle % 100 === 0) await element.updateComplete;
    }
    element.remove();
    await element.updateComplete;

    expect([...holdings.observing], 'observers still observing').to.be.empty;
    expect(holdings.danglingListeners, 'window/document listeners').to.be.empty;
    await until(() => holdings.inFlight === 0, 'fetches still in flight');
    await until(async () => (await openRequests(id)) === 0, 'requests open on the server', {
      timeout: 10_000,
    });
    expect(await requestState(id)).to.be.oneOf(['none', 'aborted']);

    // And it still works: connected and given a new src, it loads and draws.
    const log = new EventLog(element);
    element.src = slowUrl(id, 0);
    container.append(element);
    await until(() => log.loads.length === 1, 'no load after the cycles');
    await settled(element);
    expect(new TimelineHarness(element).titles).to.deep.equal([`From ${id}`]);
    expect(log.errors).to.be.empty;
  });

  it('ends with the last data drawn after rapid re-assignment', async () => {
    const element = await fixture<PartnerTimeline>(html`<partner-timeline></partner-timeline>`);
    await settled(element);
    const log = new EventLog(element);
    for (let i = 0; i < 200; i++) {
      const data = [{date: `${1800 + i}`, title: `Assignment ${i}`}];
      if (i % 3 === 0) element.milestones = data;
      else if (i % 3 === 1) element.setAttribute('milestones', JSON.stringify(data));
      else element.milestones = [{date: '2024-02-30', title: 'Invalid'}];
      if (i % 50 === 0) await element.updateComplete;
    }
    element.milestones = reference.milestones;
    await settled(element);
    const timeline = new TimelineHarness(element);
    expect(timeline.titles).to.deep.equal(reference.milestones.map((m) => m.title));
    expect(timeline.part('error')).to.equal(null);
    // One error event per update that drew invalid data, never one per assignment.
    expect(log.errors.length).to.be.at.most(4);
  });

  it('ends with the last src drawn after rapid changes, every earlier request aborted', async () => {
    const element = await fixture<PartnerTimeline>(html`<partner-timeline></partner-timeline>`);
    await settled(element);
    const log = new EventLog(element);
    const prefix = requestId('rapid');
    const earlier = Array.from({length: 20}, (_, i) => `${prefix}-${i}`);
    for (const [i, id] of earlier.entries()) {
      element.src = slowUrl(id, UNANSWERED);
      // Some changes within one update, some across updates (each then starts a request).
      if (i % 4 === 0) await element.updateComplete;
    }
    const last = `${prefix}-last`;
    element.src = slowUrl(last, 50);
    await until(() => log.loads.length === 1, 'the last src was not loaded');
    await settled(element);

    expect(new TimelineHarness(element).titles).to.deep.equal([`From ${last}`]);
    expect(log.loads[0].detail.source).to.equal(slowUrl(last, 50));
    expect(log.errors).to.be.empty;
    await until(async () => {
      const states = await Promise.all(earlier.map(requestState));
      return states.every((state) => state === 'none' || state === 'aborted');
    }, 'an earlier request was not aborted');
    expect(await openRequests(prefix)).to.equal(0);
  });
});
