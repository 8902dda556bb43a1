import {expect} from '@open-wc/testing';
import {scaleDiverging, scaleLinear, scaleUtc} from 'd3-scale';
import * as interpolateStandIn from '../../src/standalone/d3-interpolate.js';
import {utcFormat} from '../../src/standalone/d3-time-format.js';

// The standalone bundle swaps d3-interpolate and d3-time-format for the small stand-ins in
// src/standalone (see vite.bundle.config.ts). Here d3-scale still imports the real modules, so
// a scale built with the stand-in beside one built as usual shows whether the bundle's scales
// map every number as the npm build's do.

const utc = (year: number, month = 0, day = 1) => Date.UTC(year, month, day);

/** Instants before, inside, between and after the stops of a domain. */
function probes(domain: readonly number[]): number[] {
  const first = domain[0];
  const last = domain[domain.length - 1];
  const span = last - first;
  const times = [first - span / 3, last + span / 7];
  for (let k = 0; k <= 40; k++) times.push(first + (span * k) / 40);
  return [...times, ...domain];
}

describe('standalone stand-in for d3-interpolate', () => {
  it('maps a two-stop scaleUtc exactly as d3-interpolate does', () => {
    const domain = [utc(1974), utc(2017, 10)];
    const real = scaleUtc().domain(domain).range([0, 1037.5]);
    const standIn = real.copy().interpolate(interpolateStandIn.interpolate);
    for (const time of probes(domain)) expect(standIn(time)).to.equal(real(time));
  });

  it('maps a piecewise scaleUtc with a compressed gap exactly as d3-interpolate does', () => {
    // The shape buildTimeScale gives the reference data: a 40 px break inside 1974–2007.
    const domain = [utc(1972, 3), utc(1975, 6), utc(2005, 9), utc(2018, 7)];
    const range = [0, 82.25, 122.25, 1100];
    const real = scaleUtc().domain(domain).range(range);
    const standIn = real.copy().interpolate(interpolateStandIn.interpolate);
    for (const time of probes(domain)) expect(standIn(time)).to.equal(real(time));
    // Clamped and reversed (a right-to-left range), too.
    real.clamp(true).range(range.map((x) => 1100 - x));
    standIn.clamp(true).range(range.map((x) => 1100 - x));
    for (const time of probes(domain)) expect(standIn(time)).to.equal(real(time));
  });

  it('rounds as d3-interpolate does under rangeRound', () => {
    const domain = [utc(2014, 6), utc(2015), utc(2017, 10)];
    const real = scaleUtc().domain(domain).rangeRound([0, 333, 999]);
    const standIn = scaleUtc()
      .domain(domain)
      .range([0, 333, 999])
      .interpolate(interpolateStandIn.interpolateRound);
    for (const time of probes(domain)) expect(standIn(time)).to.equal(real(time));
  });

  it('interpolateNumber and piecewise give the numbers of their d3 namesakes', () => {
    // A linear scale over [0, 1] is d3's number interpolation; a diverging scale's interpolator
    // is d3's piecewise over its three range values.
    const number = scaleLinear().range([-12.5, 480]);
    const real = scaleDiverging().range([3, 200, -40]).interpolator();
    const piecewise = interpolateStandIn.piecewise(interpolateStandIn.interpolate, [3, 200, -40]);
    for (const t of [-0.5, 0, 0.1, 1 / 3, 0.5, 0.75, 0.999, 1, 1.25]) {
      expect(interpolateStandIn.interpolateNumber(-12.5, 480)(t)).to.equal(number(t));
      expect(piecewise(t)).to.equal(real(t));
    }
  });
});

describe('standalone stand-in for d3-time-format', () => {
  it('formats every date as an ISO 8601 instant, whatever the specifier', () => {
    const date = new Date(utc(2014, 6));
    expect(utcFormat('%B %Y')(date)).to.equal('2014-07-01T00:00:00.000Z');
    expect(utcFormat('%Y')(+date)).to.equal('2014-07-01T00:00:00.000Z');
  });
});
