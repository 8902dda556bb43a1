/**
 * The parsing benchmark: the model's `parseMilestones` on inputs in orders that make sorts slow,
 * timed in the page (warm, median of runs), so that the ordering's cost shows beside the
 * baseline of shuffled dates.
 */
import {parseMilestones} from '../src/model/index.js';
import {orderedMilestones, type Ordering} from './data.js';

declare global {
  interface Window {
    parseBench: (ordering: Ordering, count: number, seed: number, runs: number) => number;
  }
}

window.parseBench = (ordering, count, seed, runs) => {
  const input = orderedMilestones(ordering, count, seed);
  // One untimed parse compiles the code, as on a page that parses more than once.
  if (parseMilestones(input).items.length !== count) throw new Error(`${ordering}: items lost`);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    parseMilestones(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1] ?? NaN;
};
