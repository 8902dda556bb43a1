import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {
  bulgarianTimeline,
  chineseTimeline,
  clusterListTimeline,
  darkTimeline,
  forcedColorsTimeline,
  keyboardOnlyTimeline,
  pannedTimeline,
  rtlTimeline,
  selectedTimeline,
  sidebarTimeline,
  zoomedTimeline,
} from './interaction-templates.js';

interface InteractionArgs {
  width: string;
}

/**
 * Keyboard, screen reader, zoom and display states of `<partner-timeline>`. The templates live
 * in `interaction-templates.ts`, which the tests in `test/a11y` render too.
 */
const meta: Meta<InteractionArgs> = {
  title: 'Components/partner-timeline/Interaction',
  component: 'partner-timeline',
  argTypes: {
    width: {control: 'text', description: 'Width of the story container (CSS length).'},
  },
  args: {width: '100%'},
};

export default meta;
type Story = StoryObj<InteractionArgs>;

/** A milestone chosen: its detail shows below the plot, never over the markers. */
export const Selected: Story = {render: ({width}) => selectedTimeline(width)};

/**
 * Zoomed to 2006–2017 with `zoomTo('2006', '2017')`. Ctrl/⌘ + wheel or a pinch zooms around
 * the pointer, a drag pans, and the toolbar below zooms in, out and back.
 */
export const Zoomed: Story = {render: ({width}) => zoomedTimeline(width)};

/**
 * Zoomed to 2013–2018: the edge controls ("‹ 2 earlier") count what lies outside the view; a
 * click or Enter brings the nearest of them in and puts the focus on it. A drag never pans
 * beyond the first and last milestones.
 */
export const PannedToEdge: Story = {render: ({width}) => pannedTimeline(width)};

/**
 * Thirteen milestones on one day: a click on their cluster opens a list of them, since no zoom
 * can take them apart. Arrows or Tab move in the list, Enter chooses, Escape closes it.
 */
export const ClusterList: Story = {render: ({width}) => clusterListTimeline(width)};

/**
 * In a `display: flex` row beside a 200 px sidebar the element takes the free space; in an
 * inline-block, a table cell or a centred column it is 40rem wide, or less if the room is less.
 */
export const BesideASidebar: Story = {render: ({width}) => sidebarTimeline(width)};

/** Everything without a mouse: Tab in, arrows to move, Enter to open, + − 0 to zoom. */
export const KeyboardOnly: Story = {render: ({width}) => keyboardOnlyTimeline(width)};

/** In a dark container that declares `color-scheme: dark`, which the element follows. */
export const Dark: Story = {
  render: ({width}) => darkTimeline(width),
  parameters: {backgrounds: {disable: true}},
};

/** Forced colours keep markers in system colours; turn on the emulation in DevTools to see it. */
export const ForcedColors: Story = {render: ({width}) => forcedColorsTimeline(width)};

/** Under `dir="rtl"` the earliest milestone is on the right and Left moves later in time. */
export const RTL: Story = {render: ({width}) => rtlTimeline(width)};

/** `lang="bg"` on a container: dates, summary, toolbar and announcements in Bulgarian. */
export const Bulgarian: Story = {render: ({width}) => bulgarianTimeline(width)};

/** `locale="zh-CN"`: "2014年7月" and the built-in Chinese strings. */
export const Chinese: Story = {render: ({width}) => chineseTimeline(width)};
