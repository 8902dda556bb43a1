import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {buildTimeScale, positionsAt, type ScalePlan} from '../../src/layout/scale.js';

/** A plan over [0, 30] ms with [10, 20] squeezed into a 40 px break: 10 px per ms elsewhere. */
const withBreak: ScalePlan = {
  domain: [0, 30],
  visible: new Int32Array(),
  gaps: [{start: 10, end: 20, from: 10, to: 20}],
  breakSize: 40,
};

describe('buildTimeScale()', () => {
  it('maps each linear piece at one rate and the break to its fixed size', () => {
    const scale = buildTimeScale(withBreak, 240);
    expect(scale.range).to.deep.equal([0, 100, 140, 240]);
    expect(scale.rate).to.equal(10);
    expect([0, 5, 10, 15, 20, 25, 30].map(scale.position)).to.deep.equal([
      0, 50, 100, 120, 140, 190, 240,
    ]);
  });

  it('extends the end pieces beyond the domain, as a d3 polylinear scale does', () => {
    const scale = buildTimeScale(withBreak, 240);
    expect(scale.position(-10)).to.equal(-100);
    expect(scale.position(40)).to.equal(340);
  });

  it('maps a domain without breaks linearly onto the whole length', () => {
    const scale = buildTimeScale(
      {domain: [1000, 3000], visible: new Int32Array(), gaps: [], breakSize: 0},
      400,
    );
    expect(scale.pieces).to.deep.equal([{start: 1000, end: 3000}]);
    expect([1000, 1500, 3000].map(scale.position)).to.deep.equal([0, 100, 400]);
  });
});

describe('positionsAt()', () => {
  it('gives exactly the positions of the d3 scale, for any sorted instants and breaks', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({min: -1e6, max: 1e6}), {minLength: 2, maxLength: 8}),
        fc.array(fc.integer({min: -2e6, max: 2e6}), {maxLength: 60}),
        fc.integer({min: 0, max: 60}),
        (stops, times, breakSize) => {
          const sorted = stops.sort((a, b) => a - b);
          // Stops pair up into gaps between the first and the last: [d0, from, to, …, d1].
          const gaps = [];
          for (let i = 1; i + 2 < sorted.length; i += 2) {
            gaps.push({start: sorted[i], end: sorted[i + 1], from: sorted[i], to: sorted[i + 1]});
          }
          const plan: ScalePlan = {
            domain: [sorted[0], sorted.at(-1)!],
            visible: new Int32Array(),
            gaps,
            breakSize,
          };
          const scale = buildTimeScale(plan, 1000);
          const instants = Float64Array.from(times).sort();
          expect(Array.from(positionsAt(scale, instants))).to.deep.equal(
            Array.from(instants, scale.position),
          );
        },
      ),
    );
  });
});
