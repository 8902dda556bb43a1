import type {Milestone} from '../src/model/types.js';
import reference from '../data/cqmu-pleven.json';

/** The reference data set: the CQMU–Pleven cooperation. */
export const referenceMilestones: readonly Milestone[] = reference.milestones;

/** Input with rejected items beside valid ones, to show the error state. */
export const invalidMilestones: readonly unknown[] = [
  ...reference.milestones.slice(0, 2),
  {date: '2024-02-30', title: 'Not a calendar date'},
  {date: '2019', title: ''},
  {title: 'No date at all'},
  {date: '2016-05', title: 'Unsafe link dropped', url: 'javascript:alert(1)'},
];

/** A seeded pseudo-random generator, so stories look the same on every load. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const topics = [
  'Joint lecture series',
  'Visiting professorship',
  'Shared research grant',
  'Summer school',
  'Clinical training exchange',
  'Conference in Chongqing',
  'Conference in Pleven',
  'Memorandum renewed',
];

/** `count` seeded milestones between 1990 and 2025, at day, month or year precision. */
export function generatedMilestones(count: number, seed = 7): Milestone[] {
  const random = mulberry32(seed);
  const start = Date.UTC(1990, 0, 1);
  const end = Date.UTC(2025, 11, 31);
  return Array.from({length: count}, (_, index) => {
    const date = new Date(start + random() * (end - start)).toISOString();
    const precision = random();
    const iso =
      precision < 0.2 ? date.slice(0, 4) : precision < 0.5 ? date.slice(0, 7) : date.slice(0, 10);
    return {
      id: `generated-${index}`,
      date: iso,
      title: `${topics[Math.floor(random() * topics.length)]} ${index + 1}`,
      category: random() < 0.5 ? 'Chongqing Medical University' : 'Pleven Medical University',
    };
  });
}
