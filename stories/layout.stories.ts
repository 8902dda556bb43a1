import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {
  generatedMilestones,
  longTitleMilestones,
  referenceMilestones,
  sameMonthMilestones,
  spanMilestones,
} from './fixtures.js';
import {timelineInWrapper, type LayoutStoryArgs} from './layout-templates.js';

/**
 * How the layout reads at different widths and with awkward data: compressed gaps, vertical
 * mode, same-day milestones, spans, dense data and titles too long for a label.
 */
const meta: Meta<LayoutStoryArgs> = {
  title: 'Layout',
  component: 'partner-timeline',
  argTypes: {
    width: {control: {type: 'range', min: 240, max: 1920, step: 8}},
    orientation: {control: 'inline-radio', options: ['auto', 'horizontal', 'vertical']},
    gaps: {control: 'inline-radio', options: ['auto', 'linear']},
    locale: {control: 'text'},
    milestones: {control: false},
  },
  args: {
    milestones: referenceMilestones,
    label: 'CQMU and Pleven cooperation',
    width: 1280,
    orientation: 'auto',
    gaps: 'auto',
    locale: '',
  },
  render: timelineInWrapper,
};

export default meta;
type Story = StoryObj<LayoutStoryArgs>;

/** A phone: `auto` turns vertical below 600 px, the 33-year gap is a break beside the axis. */
export const Width320: Story = {args: {width: 320}};

/** A tablet column: horizontal, labels in lanes above and below the axis. */
export const Width768: Story = {args: {width: 768}};

/** A desktop column: 2007–2017 takes most of the axis, 1974–2007 is a break marked "33 years". */
export const Width1280: Story = {args: {width: 1280}};

/** Vertical at any width: labels stacked beside the axis, each by its marker. */
export const Vertical: Story = {args: {width: 768, orientation: 'vertical'}};

/** The reference data with the long empty stretch compressed (the default, `gaps="auto"`). */
export const Reference: Story = {args: {width: 1280, gaps: 'auto'}};

/** The same data on a true linear axis: 1974 far to the left, the last three crowded right. */
export const ReferenceLinear: Story = {args: {width: 1280, gaps: 'linear'}};

/** Ten milestones in one month, several on the same day: none hides another. */
export const SameDay: Story = {
  args: {milestones: sameMonthMilestones(), label: 'July 2014', width: 768},
};

/** Milestones with `end` are spans: a bar from start to end, overlapping bars in their own lanes. */
export const Spans: Story = {
  args: {milestones: spanMilestones, label: 'Programmes and events', width: 1024},
};

/** 1,000 seeded milestones: dense stretches become `+N` clusters that zoom in when activated. */
export const Dense1000: Story = {
  args: {milestones: generatedMilestones(1000), label: 'A thousand milestones', width: 1280},
};

/** Titles of 200+ characters and 300-character tokens: wrapped to three lines and ellipsised. */
export const LongTitles: Story = {
  args: {milestones: longTitleMilestones, label: 'Long titles', width: 1024},
};

/** Tick and break labels follow the element's locale: years as "2010年", the break as "33年". */
export const ChineseLocale: Story = {args: {width: 1024, locale: 'zh-CN'}};
