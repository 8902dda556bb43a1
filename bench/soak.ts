/**
 * The in-page half of the soak (bench/soak.mjs): one <partner-timeline> on seeded data, and the
 * helpers the runner needs between the real input it sends: where to aim, when a step is drawn,
 * and the steps that are not gestures (new data, a new width, a disconnect).
 */
import '../src/index.js';
import {benchMilestones, seededRandom, type BenchMilestone} from './data.js';

/** The width every checkpoint measures at, px. */
const HOME_WIDTH = 1280;

/** A point in the viewport, CSS px. */
type Point = readonly [x: number, y: number];
/** The part of a box inside the viewport, CSS px. */
type Area = readonly [left: number, top: number, right: number, bottom: number];

/** What the runner needs to aim the next step. */
export interface SoakTargets {
  /** The plot's part inside the viewport, where wheel zoom and drag pan act. */
  readonly plot: Area | null;
  /** Centres of the clusters and of the milestone labels that lie inside the viewport. */
  readonly clusters: readonly Point[];
  readonly labels: readonly Point[];
  /** Centres of the toolbar's "Zoom out" and "Reset zoom" buttons. */
  readonly zoomOut: Point | null;
  readonly reset: Point | null;
  readonly orientation: 'horizontal' | 'vertical';
  /** How far the view is zoomed in: log2 of the data's time span over the range shown. */
  readonly depth: number;
  readonly canZoomIn: boolean;
  readonly selected: boolean;
  /** Whether the focus is in the list of milestones (where the arrow keys act). */
  readonly focused: boolean;
}

/** One step as the page saw it. */
export interface SoakStep {
  /** From the step's first input event (or its start, for a step without input) until the
   * element has drawn it and the page has laid it out, ms. */
  readonly ms: number;
  readonly targets: SoakTargets;
}

/** The runner's view of the page. */
export interface SoakPage {
  /** Draws `count` seeded milestones at 1280 px and waits for the draw. */
  prepare(count: number, seed: number): Promise<SoakStep>;
  /** `count` seeded random numbers in [0, 1), for the runner's choices. */
  randoms(count: number, seed: number): number[];
  /** Waits until the step's input is drawn; its time, and where to aim next. */
  settle(): Promise<SoakStep>;
  /** Takes keyboard focus out of the element, so that the next Tab lands on its tab stop. */
  blur(): void;
  /** Replaces the milestones with as many others (the next seed). */
  replaceData(): Promise<SoakStep>;
  setWidth(width: number): Promise<SoakStep>;
  /** Takes the element out of the page for a frame, then puts it back. */
  reconnect(): Promise<SoakStep>;
  /** Back to the state every checkpoint measures: first data, 1280 px, whole range, nothing
   * selected or focused, no announcement pending. */
  checkpoint(): Promise<void>;
  /** Elements, text and comments in the shadow root. */
  shadowNodes(): number;
}

declare global {
  interface Window {
    soak: SoakPage;
  }
}

const host = document.getElementById('host')!;
const element = document.createElement('partner-timeline');
element.label = 'Soak';
let first: readonly BenchMilestone[] = [];
let current: readonly BenchMilestone[] = [];
let count = 0;
let seed = 0;
let replacements = 0;
let shown: [number, number] | null = null;
let stepStart: number | null = null;

element.addEventListener('partner-timeline-range-change', (event) => {
  shown = [event.detail.start.getTime(), event.detail.end.getTime()];
});

// A step starts with its first input event that acts, as the page receives it: a press, a
// wheel notch, a key other than a modifier (not the move that brings the pointer into place).
const startStep = (): void => {
  stepStart ??= performance.now();
};
window.addEventListener('pointerdown', startStep, {capture: true});
window.addEventListener('wheel', startStep, {capture: true});
window.addEventListener(
  'keydown',
  (event) => {
    if (!['Control', 'Shift', 'Alt', 'Meta'].includes(event.key)) startStep();
  },
  {capture: true},
);

const nextFrame = (): Promise<void> =>
  new Promise((resolve) =>
    // The task after the frame: resize observations of that frame have been delivered.
    requestAnimationFrame(() => setTimeout(resolve)),
  );

/** Waits until no update is pending, then lays out what changed (without waiting for paint). */
async function drawn(): Promise<void> {
  while (!(await element.updateComplete));
  element.getBoundingClientRect();
}

function visible(box: DOMRect): Area | null {
  const area: Area = [
    Math.max(box.left, 0),
    Math.max(box.top, 0),
    Math.min(box.right, innerWidth),
    Math.min(box.bottom, innerHeight),
  ];
  return area[2] - area[0] < 4 || area[3] - area[1] < 4 ? null : area;
}

function centre(box: DOMRect): Point | null {
  const area = visible(box);
  return area && [Math.round((area[0] + area[2]) / 2), Math.round((area[1] + area[3]) / 2)];
}

function centres(selector: string): Point[] {
  const root = element.shadowRoot;
  if (!root) return [];
  return [...root.querySelectorAll(selector)]
    .map((node) => centre(node.getBoundingClientRect()))
    .filter((point): point is Point => point !== null);
}

function spanOf(milestones: readonly BenchMilestone[]): number {
  let [min, max] = [Infinity, -Infinity];
  for (const milestone of milestones) {
    const time = Date.parse(milestone.date);
    [min, max] = [Math.min(min, time), Math.max(max, time)];
  }
  return max - min;
}

function targets(): SoakTargets {
  const root = element.shadowRoot;
  const plot = root?.querySelector('.plot');
  const [zoomIn, zoomOut, reset] = root?.querySelectorAll('[role="toolbar"] button') ?? [];
  const listbox = root?.querySelector('[role="listbox"]');
  const point = (button: Element | undefined) =>
    button ? centre(button.getBoundingClientRect()) : null;
  return {
    plot: plot ? visible(plot.getBoundingClientRect()) : null,
    clusters: centres('[part~="cluster"]'),
    labels: centres('[part~="milestone"] [part~="label"]'),
    zoomOut: point(zoomOut),
    reset: point(reset),
    orientation: root?.querySelector('[part="timeline"].vertical') ? 'vertical' : 'horizontal',
    depth: shown ? Math.max(0, Math.log2(spanOf(current) / (shown[1] - shown[0]))) : 0,
    canZoomIn: zoomIn?.getAttribute('aria-disabled') !== 'true',
    selected: element.selected !== null,
    focused: listbox?.matches(':focus-within') ?? false,
  };
}

async function timed(step: () => Promise<void> | void): Promise<SoakStep> {
  stepStart = performance.now();
  await step();
  return window.soak.settle();
}

window.soak = {
  async prepare(size, dataSeed) {
    // Every page that shows a date has made an Intl call before a timeline draws.
    new Intl.DateTimeFormat('en', {timeZone: 'UTC'}).format(0);
    [count, seed] = [size, dataSeed];
    first = current = benchMilestones(count, seed);
    return timed(async () => {
      element.milestones = first;
      host.append(element);
      await nextFrame();
    });
  },
  randoms(length, randomSeed) {
    const random = seededRandom(randomSeed);
    return Array.from({length}, random);
  },
  async settle() {
    const start = stepStart ?? performance.now();
    await drawn();
    const ms = performance.now() - start;
    stepStart = null;
    return {ms, targets: targets()};
  },
  blur() {
    (element.shadowRoot?.activeElement as HTMLElement | null)?.blur();
  },
  replaceData() {
    // Made before the clock starts: the step is the element's work, not the data's.
    current = benchMilestones(count, seed + 1 + (replacements++ % 5));
    return timed(() => {
      element.milestones = current;
    });
  },
  setWidth(width) {
    return timed(async () => {
      host.style.width = `${width}px`;
      await nextFrame();
    });
  },
  reconnect() {
    return timed(async () => {
      element.remove();
      await nextFrame();
      host.append(element);
      await nextFrame();
    });
  },
  async checkpoint() {
    if (!element.isConnected) host.append(element);
    host.style.width = `${HOME_WIDTH}px`;
    current = first;
    element.milestones = first;
    element.select(null);
    element.resetZoom();
    window.soak.blur();
    await nextFrame();
    await drawn();
    // Announcements of a gesture wait 400 ms for the gesture to end.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await drawn();
    stepStart = null;
  },
  shadowNodes() {
    const walker = document.createTreeWalker(element.shadowRoot ?? element, NodeFilter.SHOW_ALL);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    return nodes;
  },
};
