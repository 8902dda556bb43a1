import {fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../src/index.js';
import type {PartnerTimeline} from '../src/partner-timeline.js';

/** Every shadow-DOM query of the tests, so that tests read as behaviour, not selectors. */
export class TimelineHarness {
  constructor(readonly element: PartnerTimeline) {}

  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('partner-timeline has no shadow root');
    return root;
  }

  parts(name: string): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
  }

  part(name: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  get milestones(): HTMLElement[] {
    return this.parts('milestone');
  }

  get listbox(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[role="listbox"]');
  }

  /** Titles of the drawn milestones, in DOM order. */
  get titles(): string[] {
    return this.milestones.map(
      (milestone) => milestone.querySelector('.title')?.textContent?.trim() ?? '',
    );
  }

  /** The `<time>` texts of the drawn milestones, in DOM order. */
  get dates(): string[] {
    return this.milestones.map((milestone) => milestone.querySelector('time')?.textContent ?? '');
  }

  /** The milestone holding the single tab stop. */
  get tabStop(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[role="option"][tabindex="0"]');
  }

  /** The element focused inside the shadow root, if any. */
  get focused(): Element | null {
    return this.root.activeElement;
  }

  milestoneNamed(title: string): HTMLElement {
    const found = this.milestones.find((milestone) =>
      milestone.querySelector('.title')?.textContent?.includes(title),
    );
    if (!found) throw new Error(`no milestone titled ${title}`);
    return found;
  }

  /** The zoom toolbar, outside the listbox. */
  get toolbar(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[role="toolbar"]');
  }

  /** The zoom toolbar's buttons by accessible name ("Zoom in", "Zoom out", "Reset zoom"). */
  button(name: string): HTMLButtonElement {
    const found = [
      ...this.root.querySelectorAll<HTMLButtonElement>('[role="toolbar"] button'),
    ].find((button) => (button.getAttribute('aria-label') ?? button.textContent.trim()) === name);
    if (!found) throw new Error(`no button named ${name}`);
    return found;
  }

  /** The text of the polite live region. */
  get announcement(): string {
    return this.root.querySelector('#live')?.textContent?.trim() ?? '';
  }

  /** The marker dot of a milestone (or cluster) option. */
  markerOf(option: Element): HTMLElement {
    const marker = option.querySelector<HTMLElement>('[part~="marker"]');
    if (!marker) throw new Error('the option has no marker');
    return marker;
  }

  /** How many milestones are drawn, alone or counted in a cluster: each exactly once. */
  get accountedFor(): number {
    const clustered = this.parts('cluster').reduce(
      (sum, cluster) => sum + Number(cluster.dataset['count']),
      0,
    );
    return this.milestones.length + clustered;
  }

  /** The box of a part relative to the element's own box. */
  boxOf(part: Element): DOMRect {
    const host = this.element.getBoundingClientRect();
    const box = part.getBoundingClientRect();
    return new DOMRect(box.x - host.x, box.y - host.y, box.width, box.height);
  }
}

/** Renders a template holding one `<partner-timeline>` and waits for its first draw. */
export async function renderTimeline(template: TemplateResult): Promise<TimelineHarness> {
  const wrapper = await fixture<HTMLElement>(template);
  const element =
    wrapper.localName === 'partner-timeline'
      ? (wrapper as PartnerTimeline)
      : wrapper.querySelector('partner-timeline');
  if (!element) throw new Error('the template holds no partner-timeline');
  await element.updateComplete;
  // A second frame lets the ResizeController report the real width and the element re-lay out.
  await frames();
  await element.updateComplete;
  return new TimelineHarness(element);
}

/** Waits `count` animation frames: enough for a resize observation or a layout to land. */
export function frames(count = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(count);
  });
}

/** Loads a page in a same-origin iframe of the given size and waits for it to load. */
export async function openFrame(
  url: string,
  {width = 1100, height = 600}: {width?: number; height?: number} = {},
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

export {html};

/** Whether two boxes overlap by more than a hair. */
export function intersects(a: DOMRect, b: DOMRect): boolean {
  const epsilon = 0.5;
  return (
    a.left < b.right - epsilon &&
    b.left < a.right - epsilon &&
    a.top < b.bottom - epsilon &&
    b.top < a.bottom - epsilon
  );
}
