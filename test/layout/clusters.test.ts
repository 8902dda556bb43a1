import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  groupMarkers,
  MIN_MARKER_DISTANCE,
  withRepresentatives,
  type Entry,
} from '../../src/layout/clusters.js';

/** Sorted marker positions in [0, 1280] px and the instants they stand for (many equal). */
const markers = fc
  .array(fc.integer({min: 0, max: 1_280_000}), {minLength: 2, maxLength: 800})
  .map((values) => {
    const sorted = values.sort((a, b) => a - b);
    // Instants: a position's thousandths, so that neighbours often share one.
    return {
      positions: Float64Array.from(sorted, (value) => Math.round(value / 1000)),
      starts: Float64Array.from(sorted, (value) => Math.round(value / 1000)),
    };
  });

const mean = (positions: Float64Array, {from, to}: Entry) =>
  positions.slice(from, to).reduce((sum, value) => sum + value, 0) / (to - from);

describe('withRepresentatives(): labels among clusters', () => {
  it('keeps every item in exactly one entry, in date order, and markers 24 px apart or stacked', () => {
    fc.assert(
      fc.property(markers, ({positions, starts}) => {
        const entries = withRepresentatives(positions, starts);
        let next = 0;
        for (const entry of entries) {
          expect(entry.from).to.equal(next);
          expect(entry.to).to.be.above(entry.from);
          if (!entry.cluster) expect(entry.to - entry.from).to.equal(1);
          next = entry.to;
        }
        expect(next).to.equal(positions.length);
        const at = entries.map((entry) => mean(positions, entry));
        // Markers 24 px apart, but for milestones at one instant (a stack of up to three).
        at.slice(1).forEach((x, i) => {
          if (x !== at[i]) expect(x - at[i]).to.be.at.least(MIN_MARKER_DISTANCE - 1e-9);
        });
      }),
      {numRuns: 200},
    );
  });

  it('draws more milestones alone than the fine grouping when markers crowd', () => {
    const positions = Float64Array.from({length: 1000}, (_, i) => (i * 1280) / 1000);
    const starts = Float64Array.from(positions);
    const alone = (entries: Entry[]) => entries.filter((entry) => !entry.cluster).length;
    expect(alone(groupMarkers(positions, starts))).to.be.at.most(1);
    expect(alone(withRepresentatives(positions, starts))).to.be.at.least(10);
  });
});
