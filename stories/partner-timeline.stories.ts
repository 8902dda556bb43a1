import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {
  defaultArgs,
  storyArgs,
  timelineStory,
  type TimelineStoryArgs,
} from './partner-timeline-templates.js';

const meta: Meta<TimelineStoryArgs> = {
  title: 'Components/partner-timeline',
  component: 'partner-timeline',
  argTypes: {
    milestones: {control: 'object'},
    src: {control: 'text', description: 'URL of a JSON document (used when milestones is null).'},
    label: {control: 'text'},
    orientation: {control: 'inline-radio', options: ['auto', 'horizontal', 'vertical']},
    gaps: {control: 'inline-radio', options: ['auto', 'linear']},
    locale: {control: 'text'},
    selected: {control: 'text'},
    timeout: {control: 'number'},
    serverWidth: {
      control: 'number',
      description: 'server-width: the width assumed by a server render (no effect in a browser).',
    },
    width: {control: 'text', description: 'Width of the story container (CSS length).'},
    theme: {control: 'inline-radio', options: ['', 'brand']},
  },
  args: defaultArgs,
  render: (args) => timelineStory(args),
};

export default meta;
type Story = StoryObj<TimelineStoryArgs>;

/** The four dated milestones of the CQMU–Pleven cooperation, with the 33-year gap compressed. */
export const Reference: Story = {args: storyArgs.reference};

/** An empty list draws an empty state, not an error. */
export const Empty: Story = {args: storyArgs.empty};

/** Rejected items are listed in the error panel; the valid ones are still drawn. */
export const InvalidInput: Story = {args: storyArgs.invalidInput};

/** Sixty generated milestones: labels move into lanes and dense stretches become clusters. */
export const LongList: Story = {args: storyArgs.longList};

/** A brand theme made only with `--partner-timeline-*` custom properties and `::part()` rules. */
export const BrandTheme: Story = {args: storyArgs.brandTheme};
