import {sendKeys} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import reference from '../../data/cqmu-pleven.json';
import {html, renderTimeline, type TimelineHarness} from '../harness.js';

export {frames} from '../harness.js';

export const milestones = reference.milestones;

/** The reference timeline in a wrapper `width` px wide. */
export function referenceAt(
  width: number,
  extra: TemplateResult = html``,
): Promise<TimelineHarness> {
  return renderTimeline(
    html`<div style="width: ${width}px">
      <partner-timeline label="CQMU and Pleven" .milestones=${milestones}
        >${extra}</partner-timeline
      >
    </div>`,
  );
}

/** Presses a key as a person would and waits for the element to draw the result. */
export async function press(timeline: TimelineHarness, key: string): Promise<void> {
  await sendKeys({press: key});
  await timeline.element.updateComplete;
}

/** Title of the option that has the focus inside the element, if any. */
export function focusedTitle(timeline: TimelineHarness): string | null {
  return timeline.focused?.querySelector('.title')?.textContent?.trim() ?? null;
}
