/**
 * `partner-timeline/react`: the element as a React component, with typed props and events.
 *
 * @example
 * ```tsx
 * import {PartnerTimeline} from 'partner-timeline/react';
 *
 * <PartnerTimeline
 *   label="CQMU and Pleven"
 *   milestones={[{date: '2014-07', title: 'Joint HIFU clinical study application'}]}
 *   onSelect={(event) => console.log(event.detail.milestone.title)}
 * />
 * ```
 */
import React from 'react';
import {createComponent, type EventName} from '@lit/react';
// The entry registers the tag, so rendering the component also defines the element.
import {
  PartnerTimeline as PartnerTimelineElement,
  PartnerTimelineErrorEvent,
  PartnerTimelineFilterChangeEvent,
  PartnerTimelineLoadEvent,
  PartnerTimelineRangeChangeEvent,
  PartnerTimelineSelectEvent,
} from './index.js';

export const PartnerTimeline = createComponent({
  tagName: 'partner-timeline',
  elementClass: PartnerTimelineElement,
  react: React,
  events: {
    onSelect: PartnerTimelineSelectEvent.eventName as EventName<PartnerTimelineSelectEvent>,
    onError: PartnerTimelineErrorEvent.eventName as EventName<PartnerTimelineErrorEvent>,
    onLoad: PartnerTimelineLoadEvent.eventName as EventName<PartnerTimelineLoadEvent>,
    onRangeChange:
      PartnerTimelineRangeChangeEvent.eventName as EventName<PartnerTimelineRangeChangeEvent>,
    onFilterChange:
      PartnerTimelineFilterChangeEvent.eventName as EventName<PartnerTimelineFilterChangeEvent>,
  },
  displayName: 'PartnerTimeline',
});

export type {
  Milestone,
  PartnerTimelineErrorEvent,
  PartnerTimelineFilterChangeEvent,
  PartnerTimelineLoadEvent,
  PartnerTimelineRangeChangeEvent,
  PartnerTimelineSelectEvent,
} from './index.js';
