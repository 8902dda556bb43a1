import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/index.js';
import type {Milestone} from '../src/model/types.js';

/**
 * The layout stories as plain arguments and one template, so that the stories and the browser
 * tests in test/element/layout-browser.test.ts render exactly the same thing.
 */
export interface LayoutStoryArgs {
  readonly milestones: readonly Milestone[];
  readonly label: string;
  /** Width of the wrapper the element sits in, px; the element never grows past the page. */
  readonly width: number;
  readonly orientation: 'auto' | 'horizontal' | 'vertical';
  readonly gaps: 'auto' | 'linear';
  /** Empty: the page's language. */
  readonly locale: string;
}

/** A timeline in a wrapper `width` px wide, as a column of a page would hold it. */
export function timelineInWrapper(args: LayoutStoryArgs): TemplateResult {
  return html`<div style="width: ${args.width}px; max-width: 100%">
    <partner-timeline
      label=${args.label}
      .milestones=${args.milestones}
      orientation=${args.orientation}
      gaps=${args.gaps}
      locale=${ifDefined(args.locale || undefined)}
    ></partner-timeline>
  </div>`;
}
