import {expect} from '@open-wc/testing';
import {
  REACH,
  type Box,
  type LayoutItem,
  type LayoutOptions,
  type PlacedMilestone,
  type TimelineLayout,
} from '../../src/layout/index.js';
import {TICK_LABEL_GAP} from '../../src/layout/ticks.js';

/** A UTC instant, months from 0 as in `Date.UTC`, and years under 100 kept as written. */
export function utc(year: number, month = 0, day = 1, hours = 0, minutes = 0): number {
  const date = new Date(Date.UTC(2000, month, day, hours, minutes));
  date.setUTCFullYear(year);
  return +date;
}

/** A fake font: 7 px per character. */
export const measure = (text: string) => 7 * text.length;

export function item(start: number, title = 'Milestone', end?: number): LayoutItem {
  const dateLabel = new Date(start).toISOString().slice(0, 10);
  return end === undefined ? {start, title, dateLabel} : {start, end, title, dateLabel};
}

/** The CQMU–Pleven reference data: 1974, 2007, 2014-07, 2017-11. */
export const reference: readonly LayoutItem[] = [
  {start: utc(1974), title: 'Pleven Medical University founded', dateLabel: '1974'},
  {start: utc(2007), title: 'Da Vinci surgical robot at Pleven', dateLabel: '2007'},
  {start: utc(2014, 6), title: 'Joint HIFU clinical study application', dateLabel: 'July 2014'},
  {start: utc(2017, 10), title: 'Student exchange agreement signed', dateLabel: 'November 2017'},
];

export function horizontal(length: number, extra: Partial<LayoutOptions> = {}): LayoutOptions {
  return {length, crossLength: 400, orientation: 'horizontal', measure, ...extra};
}

export function vertical(length: number, extra: Partial<LayoutOptions> = {}): LayoutOptions {
  return {length, crossLength: 360, orientation: 'vertical', measure, ...extra};
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Tolerance for comparing pixel coordinates computed along different paths. */
const EPSILON = 1e-6;

export function inside(box: Box, layout: TimelineLayout): boolean {
  return (
    box.x >= -EPSILON &&
    box.y >= -EPSILON &&
    box.x + box.width <= layout.width + EPSILON &&
    box.y + box.height <= layout.height + EPSILON
  );
}

/** Marker positions of milestones and clusters, ordered by (first) item index. */
export function positionsInDateOrder(layout: TimelineLayout): number[] {
  return [
    ...layout.milestones.map((m) => [m.index, m.position] as const),
    ...layout.clusters.map((c) => [c.indices[0], c.position] as const),
  ]
    .sort((a, b) => a[0] - b[0])
    .map(([, position]) => position);
}

/** Every item index placed, with repeats, sorted. */
export function placedIndices(layout: TimelineLayout): number[] {
  return [
    ...layout.milestones.map((m) => m.index),
    ...layout.clusters.flatMap((c) => c.indices),
  ].sort((a, b) => a - b);
}

/** Every number anywhere in the layout. */
export function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

/** Checks what must hold for every layout; `visible` lists the indices that should be placed. */
export function expectSound(layout: TimelineLayout, visible: readonly number[]): void {
  expect(numbersIn(layout).every(Number.isFinite), 'every number is finite').to.be.true;
  expect(placedIndices(layout)).to.deep.equal([...visible]);

  const labels = layout.milestones.map((m) => m.label);
  for (const box of labels) expect(inside(box, layout), `${JSON.stringify(box)} inside`).to.be.true;
  for (let a = 0; a < labels.length; a++) {
    for (let b = a + 1; b < labels.length; b++) {
      expect(intersects(labels[a], labels[b]), `labels ${a} and ${b} overlap`).to.be.false;
    }
  }

  const bars = layout.milestones.flatMap((m) => (m.bar ? [m.bar] : []));
  for (let a = 0; a < bars.length; a++) {
    for (let b = a + 1; b < bars.length; b++) {
      expect(intersects(bars[a], bars[b]), `bars ${a} and ${b} overlap`).to.be.false;
    }
  }

  const positions = positionsInDateOrder(layout);
  for (let i = 1; i < positions.length; i++) {
    expect(positions[i], 'positions in date order').to.be.at.least(positions[i - 1] - EPSILON);
  }
  const length = layout.orientation === 'horizontal' ? layout.width : layout.height;
  for (const position of positions) {
    expect(position).to.be.within(-EPSILON, length + EPSILON);
  }
  for (const milestone of layout.milestones) expectNearItsMarker(milestone, layout);
  expectTickLabelsApart(layout);
}

/**
 * A label sits by its marker: horizontally the marker lies within the label's width;
 * vertically within {@link REACH} of the label's extent. A leader, when there is one, ends on
 * the label's edge.
 */
export function expectNearItsMarker(milestone: PlacedMilestone, layout: TimelineLayout): void {
  const {label, position, anchor} = milestone;
  const horizontal = layout.orientation === 'horizontal';
  const from = horizontal ? label.x : label.y;
  const extent = horizontal ? label.width : label.height;
  const reach = horizontal ? EPSILON : REACH + EPSILON;
  expect(position, 'marker by its label').to.be.within(from - reach, from + extent + reach);
  expect(milestone.leader, 'a leader has an anchor').to.equal(anchor !== undefined);
  if (!anchor) return;
  const onEdge = horizontal
    ? Math.abs(anchor.y - label.y) < EPSILON ||
      Math.abs(anchor.y - label.y - label.height) < EPSILON
    : Math.abs(anchor.x - label.x) < EPSILON;
  expect(onEdge, `leader ends on the label's edge`).to.be.true;
  expect(anchor.x).to.be.within(label.x - EPSILON, label.x + label.width + EPSILON);
  expect(anchor.y).to.be.within(label.y - EPSILON, label.y + label.height + EPSILON);
}

/** Extent of a tick or break label along the axis, with the fake font. */
function halfExtent(layout: TimelineLayout, label: string): number {
  return layout.orientation === 'horizontal' ? measure(label) / 2 : 8;
}

/**
 * Tick labels keep clear of each other, of break labels and of the ends of the axis; break
 * labels stay inside the axis.
 */
export function expectTickLabelsApart(layout: TimelineLayout): void {
  const length = layout.orientation === 'horizontal' ? layout.width : layout.height;
  const breaks = layout.breaks.map((gap) => {
    const half = Math.min(halfExtent(layout, gap.label), length / 2);
    expect(gap.labelPosition - half, `break ${gap.label} inside`).to.be.at.least(-EPSILON);
    expect(gap.labelPosition + half, `break ${gap.label} inside`).to.be.at.most(length + EPSILON);
    return [gap.labelPosition - half, gap.labelPosition + half] as const;
  });
  let edge = -Infinity;
  for (const tick of layout.ticks) {
    const half = halfExtent(layout, tick.label);
    const [from, to] = [tick.position - half, tick.position + half];
    expect(from, `tick ${tick.label} overlaps`).to.be.at.least(edge);
    edge = to;
    expect(edge).to.be.at.most(length + EPSILON);
    for (const [start, end] of breaks) {
      const clear =
        to + TICK_LABEL_GAP <= start + EPSILON || from >= end + TICK_LABEL_GAP - EPSILON;
      expect(clear, `tick ${tick.label} clear of a break label`).to.be.true;
    }
  }
}
