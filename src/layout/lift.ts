import {
  horizontalLabelWidth,
  labelContent,
  PLOT_EDGE,
  VERTICAL_LABEL_MAX,
  VERTICAL_LABEL_MIN,
} from './labels.js';
import {MARKER_ROOM} from './lanes.js';
import type {LayoutItem, MeasureText, PlacedMilestone, TimelineLayout} from './types.js';

/**
 * A milestone that the layout holds in a cluster, lifted out to be drawn on its own.
 *
 * Keyboard focus walks every milestone in date order, so it reaches milestones that are too
 * dense to draw apart. Rather than land on the cluster (whose name says only "12 milestones")
 * or zoom the view on every arrow key, the focused one is lifted out: its marker at its own
 * instant, its label right beside the axis and above whatever lies there. It is a milestone
 * like any other (same name, same keys), so the next arrow key simply lifts out the next one.
 * The caller counts it out of its cluster, so that each milestone is drawn exactly once.
 */
export function liftMilestone(
  layout: TimelineLayout,
  index: number,
  item: LayoutItem,
  measure: MeasureText,
): PlacedMilestone {
  const position = layout.scale.position(item.start);
  const {lineHeight} = layout;
  if (layout.orientation === 'vertical') {
    const x = layout.milestones[0]?.label.x ?? layout.axis + MARKER_ROOM;
    const maxWidth = Math.max(
      VERTICAL_LABEL_MIN,
      Math.min(VERTICAL_LABEL_MAX, layout.width - x - PLOT_EDGE),
    );
    const {dateLines, lines, width, height} = labelContent(item, {maxWidth, measure, lineHeight});
    const y = Math.min(Math.max(position - height / 2, 0), Math.max(0, layout.height - height));
    return {
      index,
      position,
      marker: {x: layout.axis, y: position},
      side: 'after',
      lane: 0,
      label: {x, y, width, height},
      dateLines,
      lines,
      leader: false,
    };
  }
  const maxWidth = horizontalLabelWidth(layout.width);
  const {dateLines, lines, width, height} = labelContent(item, {maxWidth, measure, lineHeight});
  const x = Math.min(Math.max(position - width / 2, 0), Math.max(0, layout.width - width));
  const above = layout.axis - MARKER_ROOM - height;
  return {
    index,
    position,
    marker: {x: position, y: layout.axis},
    side: above >= 0 ? 'before' : 'after',
    lane: 0,
    label: {x, y: above >= 0 ? above : layout.axis + MARKER_ROOM, width, height},
    dateLines,
    lines,
    leader: false,
  };
}
