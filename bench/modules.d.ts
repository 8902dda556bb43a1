/** The part of d3-milestones' chainable API the benchmark uses (the package ships no types). */
declare module 'd3-milestones' {
  export interface Milestones {
    mapping(fields: Record<string, string>): Milestones;
    parseTime(specifier: string): Milestones;
    aggregateBy(
      interval: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year',
    ): Milestones;
    autoResize(enabled: boolean): Milestones;
    render(data: readonly object[]): void;
  }
  export default function milestones(selector: string | Element): Milestones;
}
