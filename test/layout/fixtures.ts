import {expect} from '@open-wc/testing';
import type {Box, LayoutItem, LayoutOptions, TimelineLayout} from '../../src/layout/index.js';

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
  expectTickLabelsApart(layout);
}

/** Tick labels keep clear of each other and of the ends of the axis. */
export function expectTickLabelsApart(layout: TimelineLayout): void {
  const horizontal = layout.orientation === 'horizontal';
  const length = horizontal ? layout.width : layout.height;
  const half = (label: string) => (horizontal ? measure(label) / 2 : 8);
  let edge = -Infinity;
  for (const tick of layout.ticks) {
    expect(tick.position - half(tick.label), `tick ${tick.label} overlaps`).to.be.at.least(edge);
    edge = tick.position + half(tick.label);
    expect(edge).to.be.at.most(length + EPSILON);
  }
}
