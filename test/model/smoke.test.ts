import {expect} from '@open-wc/testing';
import {scaleUtc} from 'd3-scale';

describe('test set-up', () => {
  it('runs in a browser with d3', () => {
    expect(scaleUtc().domain([0, 1]).range([0, 10])(0.5)).to.equal(5);
    expect(typeof document).to.equal('object');
  });
});
