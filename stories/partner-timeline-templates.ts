import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/index.js';
import {generatedMilestones, invalidMilestones, referenceMilestones} from './fixtures.js';

/**
 * The main stories as plain arguments and one template, so that Storybook and the tests in
 * test/element/stories.test.ts render exactly the same thing.
 */
export interface TimelineStoryArgs {
  readonly milestones: readonly unknown[] | null;
  readonly src: string;
  readonly label: string;
  readonly orientation: 'auto' | 'horizontal' | 'vertical';
  readonly gaps: 'auto' | 'linear';
  /** Empty: the page's language. */
  readonly locale: string;
  /** Empty: nothing selected. */
  readonly selected: string;
  readonly timeout: number;
  /** Width the layout assumes when rendered on a server. */
  readonly serverWidth: number;
  /** Width of the container (CSS length). */
  readonly width: string;
  /** A class on the container, for the themed story. */
  readonly theme: '' | 'brand';
}

export const defaultArgs: TimelineStoryArgs = {
  milestones: referenceMilestones,
  src: '',
  label: 'CQMU and Pleven cooperation',
  orientation: 'auto',
  gaps: 'auto',
  locale: '',
  selected: '',
  timeout: 15000,
  serverWidth: 960,
  width: '100%',
  theme: '',
};

/** The arguments of each story, over {@link defaultArgs}. */
export const storyArgs = {
  reference: {},
  empty: {milestones: []},
  invalidInput: {milestones: invalidMilestones},
  longList: {milestones: generatedMilestones(60), label: 'Sixty milestones'},
  brandTheme: {theme: 'brand', selected: 'hifu-joint-study'},
} satisfies Record<string, Partial<TimelineStoryArgs>>;

/**
 * A brand theme made only of the public custom properties and `::part()` rules: nothing reaches
 * into the shadow DOM.
 */
const brandTheme = html`<style>
  .brand {
    /* The padding stays inside the container's width (100% by default) instead of overflowing it. */
    box-sizing: border-box;
    background: #fbfaf6;
    padding: 16px;
  }
  /* Set on the element itself: its :host defaults win over values inherited from a parent. */
  .brand partner-timeline {
    --partner-timeline-font-family: Georgia, 'Times New Roman', serif;
    --partner-timeline-color: #1d2b36;
    --partner-timeline-marker-color: #0b6e4f;
    --partner-timeline-category-1: #0b6e4f;
    --partner-timeline-category-2: #8a3b12;
    --partner-timeline-selected-color: #8a3b12;
    --partner-timeline-focus-color: #0b6e4f;
    --partner-timeline-axis-color: #0b6e4f;
    --partner-timeline-label-background: #f4f1ea;
    --partner-timeline-label-border: #c9bfa8;
    --partner-timeline-radius: 0;
  }
  .brand partner-timeline::part(label) {
    border-width: 0 0 0 3px;
    border-color: #0b6e4f;
  }
  .brand partner-timeline::part(detail) {
    background: #f4f1ea;
  }
</style>`;

export function timelineStory(partial: Partial<TimelineStoryArgs> = {}): TemplateResult {
  const args = {...defaultArgs, ...partial};
  return html`<div class=${args.theme} style="width: ${args.width}; max-width: 100%">
    ${args.theme === 'brand' ? brandTheme : ''}
    <partner-timeline
      .milestones=${args.milestones}
      src=${ifDefined(args.src || undefined)}
      label=${args.label}
      orientation=${args.orientation}
      gaps=${args.gaps}
      locale=${ifDefined(args.locale || undefined)}
      selected=${ifDefined(args.selected || undefined)}
      timeout=${args.timeout}
    ></partner-timeline>
  </div>`;
}
