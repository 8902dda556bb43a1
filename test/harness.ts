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
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await element.updateComplete;
  return new TimelineHarness(element);
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
