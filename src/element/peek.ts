import {horizontalLabelWidth, labelContent} from '../layout/labels.js';
import type {LayoutItem, MeasureText, PlacedMilestone, TimelineLayout} from '../layout/types.js';
import {positionAt} from './view-range.js';

/** Room between a marker's centre and a label drawn beside it: half the 24 px target and more. */
const MARKER_GAP = 14;
/** Widest label beside a vertical axis, px (as in the layout). */
const VERTICAL_LABEL_MAX = 320;
const EDGE = 4;

/**
 * The active milestone drawn on its own while the layout holds it in a cluster.
 *
 * Keyboard focus walks every milestone in date order, so it reaches milestones that are too
 * dense to draw apart. Rather than land on the cluster (whose name says only "12 milestones")
 * or zoom the view on every arrow key, the focused one is lifted out: its marker at its own
 * instant, its label right beside the axis and above whatever lies there. It is a milestone
 * like any other (same name, same keys), so the next arrow key simply lifts out the next one.
 * The host lifts it only while the focus is in the list, and counts it out of its cluster.
 */
export function peekMilestone(
  layout: TimelineLayout,
  index: number,
  item: LayoutItem,
  measure: MeasureText,
): PlacedMilestone {
  const position = positionAt(layout.scale, item.start);
  if (layout.orientation === 'vertical') {
    const x = layout.milestones[0]?.label.x ?? layout.axis + MARKER_GAP;
    const maxWidth = Math.max(64, Math.min(VERTICAL_LABEL_MAX, layout.width - x - EDGE));
    const {dateLines, lines, width, height} = labelContent(item, maxWidth, measure);
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
  const {dateLines, lines, width, height} = labelContent(
    item,
    horizontalLabelWidth(layout.width),
    measure,
  );
  const x = Math.min(Math.max(position - width / 2, 0), Math.max(0, layout.width - width));
  const above = layout.axis - MARKER_GAP - height;
  return {
    index,
    position,
    marker: {x: position, y: layout.axis},
    side: above >= 0 ? 'before' : 'after',
    lane: 0,
    label: {x, y: above >= 0 ? above : layout.axis + MARKER_GAP, width, height},
    dateLines,
    lines,
    leader: false,
  };
}
