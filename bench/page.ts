/**
 * The in-page half of the benchmark: each library's page hands `installBench` an adapter, and
 * the runner (bench/run.mjs) drives it through `window.bench`. Everything here runs in the
 * browser; timing starts when the data is handed over and stops when it is on screen.
 */
import {benchMilestones, type BenchMilestone} from './data.js';

/** What one library must do to be measured. */
export interface BenchAdapter {
  /** Hands `milestones` to the library in `host`; resolves when the library says it is drawn. */
  draw(host: HTMLElement, milestones: readonly BenchMilestone[]): Promise<void> | void;
  /** Builds the empty widget before the clock starts, for libraries that have one. */
  setup?(host: HTMLElement): Promise<void> | void;
  /** Where the library's DOM lives (a shadow root for ours, the host for the others). */
  root(host: HTMLElement): Node;
  /** Shows `[start, end]` (ms); absent when the library cannot zoom. */
  showRange?: (start: number, end: number) => Promise<void> | void;
  /** The library call `showRange` makes, for the table's notes (e.g. "zoomTo"). */
  readonly rangeMethod?: string;
}

/** The runner's view of a page. */
export interface BenchPage {
  /**
   * Makes the milestones and the empty widget; not timed. Unless `cold`, also makes the page's
   * first Intl call (see {@link warmIntl}).
   */
  prepare(count: number, seed: number, cold?: boolean): Promise<void>;
  /** Time from handing over the data to the second animation frame after it is drawn, ms. */
  draw(): Promise<number>;
  /** Nodes (elements, text and comments) the drawing left in the library's DOM. */
  nodes(): number;
  /** Longest main-thread task seen during `draw()`, ms (0 when none passed 50 ms). */
  longestTask(): Promise<number>;
  /** Times of one zoom step (the range shrinks by a fifth); `null` when unsupported. */
  zoomStep(): Promise<StepTimes | null>;
  /** Times of one pan step (the range moves by a tenth); `null` when unsupported. */
  panStep(): Promise<StepTimes | null>;
  /** The call a zoom or pan step makes; `null` when the library cannot zoom. */
  rangeMethod(): string | null;
}

/** How long a zoom or pan step took, ms from the call. */
export interface StepTimes {
  /** Until the library said it was done (for ours, `updateComplete`). */
  readonly done: number;
  /** Until the end of the rendering of the frame it ran in (see {@link inFrame}). */
  readonly frame: number;
}

declare global {
  interface Window {
    bench: BenchPage;
  }
}

/** Resolves after two animation frames: the frame that drew the change has been painted. */
function painted(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );
}

/**
 * Time of one zoom or pan step as a frame sees it, ms. The step starts in an animation frame
 * callback, where Chromium delivers wheel and pointer input, and the clock stops when that
 * frame's rendering (script, style, layout, paint) is done: a task queued from the callback runs
 * right after it. Waiting for the display's next refresh is left out, so a step within 16 ms
 * fits in one 60 Hz frame.
 */
function inFrame(step: () => Promise<void> | void): Promise<StepTimes> {
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      const start = performance.now();
      let done = 0;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve({done, frame: performance.now() - start});
      };
      Promise.resolve(step()).then(() => {
        done = performance.now() - start;
        channel.port2.postMessage(null);
      }, reject);
    });
  });
}

/**
 * Chromium loads ICU's locale data on a page's first Intl call: 40–300 ms here, once per page.
 * A page that shows any date or number has paid it before a timeline draws, so the pages pay it
 * before the clock starts, whatever the library; the runner measures a cold page separately.
 */
function warmIntl(): void {
  new Intl.DateTimeFormat('en', {timeZone: 'UTC'}).format(0);
  new Intl.NumberFormat('en').format(0);
}

function countNodes(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

/** Installs `window.bench` for `adapter`, drawing into the page's `#host` (1200 × 600 px). */
export function installBench(adapter: BenchAdapter): void {
  const host = document.getElementById('host');
  if (!host) throw new Error('the benchmark page needs a #host element');
  let milestones: readonly BenchMilestone[] = [];
  let range: [number, number] = [0, 0];
  let longest = 0;
  let longTasks: PerformanceObserver | undefined;

  // The marks bound the window that the runner's trace breaks down (see bench/breakdown.mjs).
  const timed = async (step: () => Promise<void> | void): Promise<number> => {
    const start = performance.mark('bench-draw-start').startTime;
    await step();
    await painted();
    return performance.mark('bench-draw-end').startTime - start;
  };

  window.bench = {
    async prepare(count, seed, cold = false) {
      if (!cold) warmIntl();
      await adapter.setup?.(host);
      milestones = benchMilestones(count, seed);
      range = [Infinity, -Infinity];
      for (const milestone of milestones) {
        const time = Date.parse(milestone.date);
        range = [Math.min(range[0], time), Math.max(range[1], time)];
      }
    },
    draw() {
      longest = 0;
      longTasks = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
      });
      longTasks.observe({type: 'longtask'});
      return timed(() => adapter.draw(host, milestones));
    },
    nodes: () => countNodes(adapter.root(host)),
    async longestTask() {
      // Long tasks reach the observer in a later task (takeRecords() does not have them yet).
      await new Promise((resolve) => setTimeout(resolve, 100));
      longTasks?.disconnect();
      return longest;
    },
    async zoomStep() {
      const showRange = adapter.showRange;
      if (!showRange) return null;
      const [start, end] = range;
      const cut = (end - start) / 10;
      range = [start + cut, end - cut];
      return inFrame(() => showRange(...range));
    },
    async panStep() {
      const showRange = adapter.showRange;
      if (!showRange) return null;
      const shift = (range[1] - range[0]) / 10;
      range = [range[0] + shift, range[1] + shift];
      return inFrame(() => showRange(...range));
    },
    rangeMethod: () => adapter.rangeMethod ?? null,
  };
}
