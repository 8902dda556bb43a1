import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/index.js';
import {generatedMilestones, invalidMilestones, referenceMilestones} from './fixtures.js';

interface TimelineArgs {
  milestones: readonly unknown[] | null;
  label: string;
  orientation: 'auto' | 'horizontal' | 'vertical';
  gaps: 'auto' | 'linear';
  locale: string;
  selected: string;
  width: string;
}

const meta: Meta<TimelineArgs> = {
  title: 'Components/partner-timeline',
  component: 'partner-timeline',
  argTypes: {
    orientation: {control: 'inline-radio', options: ['auto', 'horizontal', 'vertical']},
    gaps: {control: 'inline-radio', options: ['auto', 'linear']},
    locale: {control: 'text'},
    selected: {control: 'text'},
    width: {control: 'text', description: 'Width of the story container (CSS length).'},
  },
  args: {
    milestones: referenceMilestones,
    label: 'CQMU and Pleven cooperation',
    orientation: 'auto',
    gaps: 'auto',
    locale: '',
    selected: '',
    width: '100%',
  },
  render: (args) => html`
    <div style="width: ${args.width}; max-width: 100%">
      <partner-timeline
        .milestones=${args.milestones}
        label=${args.label}
        orientation=${args.orientation}
        gaps=${args.gaps}
        locale=${args.locale}
        selected=${ifDefined(args.selected || undefined)}
      ></partner-timeline>
    </div>
  `,
};

export default meta;
type Story = StoryObj<TimelineArgs>;

/** The four dated milestones of the CQMU–Pleven cooperation, with the 33-year gap compressed. */
export const Reference: Story = {};

/** An empty list draws an empty state, not an error. */
export const Empty: Story = {args: {milestones: []}};

/** Rejected items are listed in the error panel; the valid ones are still drawn. */
export const InvalidInput: Story = {args: {milestones: invalidMilestones}};

/** Sixty generated milestones: labels move into lanes and dense stretches become clusters. */
export const LongList: Story = {
  args: {milestones: generatedMilestones(60), label: 'Sixty milestones'},
};
