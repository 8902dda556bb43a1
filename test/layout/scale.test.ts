import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {buildTimeScale, type ScalePlan} from '../../src/layout/scale.js';

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

  it('inverts every position to the instant drawn there, breaks included', () => {
    // Instants are whole milliseconds (d3 inverts to a Date): a century on 1200 px.
    const century = buildTimeScale(
      {
        domain: [Date.UTC(1900, 0), Date.UTC(2000, 0)],
        visible: new Int32Array(),
        gaps: [
          {
            start: Date.UTC(1920, 0),
            end: Date.UTC(1990, 0),
            from: Date.UTC(1920, 0),
            to: Date.UTC(1990, 0),
          },
        ],
        breakSize: 40,
      },
      1200,
    );
    fc.assert(
      fc.property(fc.double({min: 0, max: 1200, noNaN: true}), (position) => {
        expect(century.position(century.invert(position))).to.be.closeTo(position, 1e-6);
      }),
    );
    const scale = buildTimeScale(withBreak, 240);
    expect([0, 50, 100, 120, 140, 190, 240].map(scale.invert)).to.deep.equal([
      0, 5, 10, 15, 20, 25, 30,
    ]);
  });

  it('moves every position by an offset and still inverts', () => {
    const scale = buildTimeScale(withBreak, 240, 60);
    expect(scale.range).to.deep.equal([60, 160, 200, 300]);
    expect(scale.position(15)).to.equal(180);
    expect(scale.invert(180)).to.equal(15);
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
