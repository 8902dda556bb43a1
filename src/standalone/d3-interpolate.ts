// The standalone bundle's stand-in for d3-interpolate. d3-scale's continuous scales import its
// generic `interpolate`, which can blend colours, strings, dates, arrays and objects and so
// brings d3-color (about 5.5 kB gzip with the rest). The timeline's scales only ever map numbers
// to pixel numbers, so numbers are all this module interpolates. The npm build keeps the real
// d3-interpolate: an app's own bundler sees it there.

type Interpolator = (t: number) => number;

/** Linear interpolation between two numbers, as d3's `interpolateNumber`. */
export function interpolateNumber(a: number, b: number): Interpolator {
  a = +a;
  b = +b;
  return (t) => a * (1 - t) + b * t;
}

/** As `interpolateNumber`, rounded to integers, as d3's `interpolateRound`. */
export function interpolateRound(a: number, b: number): Interpolator {
  a = +a;
  b = +b;
  return (t) => Math.round(a * (1 - t) + b * t);
}

/** d3's generic `interpolate`, narrowed to numbers: the only values the timeline's ranges hold. */
export const interpolate = interpolateNumber;

/** d3's `piecewise` for numbers: the interpolators of consecutive values, joined end to end. */
export function piecewise(
  interpolator: (a: number, b: number) => Interpolator,
  values: readonly number[],
): Interpolator {
  const last = values.length - 1;
  const pieces = values.slice(1).map((value, i) => interpolator(values[i], value));
  return (t) => {
    const i = Math.max(0, Math.min(last - 1, Math.floor((t *= last))));
    return pieces[i](t - i);
  };
}
