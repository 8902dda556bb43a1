/**
 * The benchmark's milestones: the same seeded random data for every library, so that the
 * figures compare drawing, not data. Plain `{date, title}` objects with day-precision ISO dates,
 * the one shape all three libraries read without conversion.
 */

/** A milestone as every benchmarked library reads it. */
export interface BenchMilestone {
  readonly id: string;
  readonly date: string;
  readonly title: string;
}

/** The first and last day milestones may fall on: 125 years, like a long institutional history. */
const FIRST_DAY = Date.UTC(1900, 0, 1);
const LAST_DAY = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;

const WORDS = [
  'agreement',
  'clinic',
  'exchange',
  'faculty',
  'founded',
  'hospital',
  'joint',
  'laboratory',
  'medical',
  'opens',
  'programme',
  'research',
  'signed',
  'students',
  'study',
  'surgery',
  'training',
  'university',
  'visit',
  'delegation',
];

/**
 * mulberry32: a tiny seeded PRNG with good enough spread for test data. `Math.random` cannot be
 * seeded, and the figures must come from the same milestones in every run and every library.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` milestones on random days between 1900 and 2024, titled with 2–6 random words. */
export function benchMilestones(count: number, seed: number): BenchMilestone[] {
  const random = seededRandom(seed);
  const days = Math.floor((LAST_DAY - FIRST_DAY) / DAY);
  const milestones: BenchMilestone[] = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(FIRST_DAY + Math.floor(random() * days) * DAY).toISOString().slice(0, 10);
    const words = Array.from(
      {length: 2 + Math.floor(random() * 5)},
      () => WORDS[Math.floor(random() * WORDS.length)],
    );
    milestones.push({id: `m${i}`, date, title: `${i + 1} ${words.join(' ')}`});
  }
  return milestones;
}

/** Inputs that have made sorts slow: the model must order each in O(n log n). */
export const ORDERINGS = ['shuffled', 'reverse-sorted', 'one-start-descending-ends', 'identical'];
export type Ordering = (typeof ORDERINGS)[number];

/** A milestone with an optional end, as the parsing benchmark feeds the model. */
export interface SpanMilestone extends BenchMilestone {
  readonly end?: string;
}

/**
 * `count` milestones in an order that sorts have trouble with: shuffled days (the baseline),
 * the same days in reverse, spans that all start on one day with ends in descending order, or
 * one milestone repeated.
 */
export function orderedMilestones(
  ordering: Ordering,
  count: number,
  seed: number,
): SpanMilestone[] {
  const day = (offset: number) => new Date(FIRST_DAY + offset * DAY).toISOString().slice(0, 10);
  switch (ordering) {
    case 'reverse-sorted':
      return Array.from({length: count}, (_, i) => ({
        id: `m${i}`,
        date: day(count - i),
        title: `Milestone ${i + 1}`,
      }));
    case 'one-start-descending-ends':
      return Array.from({length: count}, (_, i) => ({
        id: `m${i}`,
        date: day(0),
        end: day(count - i),
        title: `Span ${i + 1}`,
      }));
    case 'identical':
      return Array.from({length: count}, (_, i) => ({id: `m${i}`, date: day(0), title: 'Same'}));
    default:
      return benchMilestones(count, seed);
  }
}
