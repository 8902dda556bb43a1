import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {
  hostileTimeline,
  inlineScriptTimeline,
  listTimeline,
  sourceErrorTimeline,
  sourceTimeline,
} from './input-templates.js';

interface InputArgs {
  width: string;
}

/**
 * The ways data reaches `<partner-timeline>`, and what it does with bad and hostile data. When
 * several are present, `milestones` wins over `src`, which wins over an inline script, which wins
 * over a light-DOM list. The templates live in `input-templates.ts`, which test/input renders too.
 */
const meta: Meta<InputArgs> = {
  title: 'Components/partner-timeline/Input',
  component: 'partner-timeline',
  argTypes: {
    width: {control: 'text', description: 'Width of the story container (CSS length).'},
  },
  args: {width: '100%'},
};

export default meta;
type Story = StoryObj<InputArgs>;

/** `src="static-data/cqmu-pleven.json"`: a loading message (announced, `aria-busy`), then the data. */
export const FromSrc: Story = {render: ({width}) => sourceTimeline(undefined, width)};

/** A `src` that answers 404: the error part gives the URL and the status. */
export const SrcNotFound: Story = {render: ({width}) => sourceErrorTimeline(undefined, width)};

/** A child `<script type="application/json">`, as a CMS block would hold it. */
export const InlineScript: Story = {render: ({width}) => inlineScriptTimeline(width)};

/** A light-DOM `<ol>` of `<li><time datetime>`: readable without JavaScript, drawn with it. */
export const LightDomList: Story = {render: ({width}) => listTimeline(width)};

/**
 * Markup, script URLs and CSS in every field: drawn as text, links dropped, bad items
 * reported by index with a reason.
 */
export const HostileData: Story = {render: ({width}) => hostileTimeline(width)};
