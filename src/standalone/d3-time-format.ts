// The standalone bundle's stand-in for d3-time-format. d3-scale's time scales build their
// default `tickFormat` from it when created, which keeps d3's whole formatting locale (about
// 3 kB gzip) in the bundle. The timeline never asks a scale for a tick format: it writes every
// date with `Intl.DateTimeFormat` in the element's locale. So a scale from the standalone bundle
// formats its ticks as ISO 8601 instants instead of d3's English short forms. The npm build keeps
// the real d3-time-format.

type Format = (date: Date | number) => string;

const iso: Format = (date) => new Date(+date).toISOString();

/** Accepts d3's specifiers and ignores them: every date becomes an ISO 8601 instant. */
export const utcFormat = (_specifier: string): Format => iso;
export const timeFormat = utcFormat;
