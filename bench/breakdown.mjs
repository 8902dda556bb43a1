// Where a first render's time goes: the runner records a Chromium trace of one draw and sorts
// the renderer main thread's time between the page's `bench-draw-start` and `bench-draw-end`
// marks (see bench/page.ts) into the phases below.

/** Trace categories: the timeline DevTools shows, Blink's and V8's tasks, and the page's marks. */
const CATEGORIES = [
  'blink',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
];

/** The phases of a first render, in the order they happen, with what the table calls them. */
export const PHASES = {
  update: 'update (script)',
  forced: 'of which style/layout forced by script',
  styleLayout: 'frame: style + layout',
  paint: 'frame: paint + commit',
  other: 'other tasks',
  waiting: 'waiting for frames',
};

/**
 * Traces `draw` (which must call `window.bench.draw()` in `page`) and returns the ms each phase
 * took. The update is the microtask checkpoint that runs right after the data is handed over
 * (Lit updates in a microtask); frames are Chromium's BeginMainFrame tasks.
 */
export async function traceDraw(cdp, draw) {
  const events = [];
  const collect = ({value}) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: {includedCategories: CATEGORIES},
    transferMode: 'ReportEvents',
  });
  try {
    await draw();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return phasesOf(events);
}

function phasesOf(events) {
  const start = events.find((event) => event.name === 'bench-draw-start');
  const end = events.find((event) => event.name === 'bench-draw-end');
  if (!start || !end) throw new Error('the trace has no bench-draw-start/end marks');
  const main = events.find(
    (event) =>
      event.name === 'thread_name' &&
      event.pid === start.pid &&
      event.args?.name === 'CrRendererMain',
  );
  const slices = events
    .filter(
      (event) =>
        event.ph === 'X' &&
        event.pid === start.pid &&
        event.tid === main?.tid &&
        event.ts >= start.ts &&
        event.ts + event.dur <= end.ts,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const within = (outer) => (event) =>
    event !== outer && event.ts >= outer.ts && event.ts + event.dur <= outer.ts + outer.dur;
  const total = (list) => list.reduce((sum, event) => sum + event.dur, 0) / 1000;
  const outermost = (list) =>
    list.filter((event) => !list.some((other) => other !== event && within(other)(event)));

  const top = outermost(slices);
  const update = top.find((event) => event.name === 'RunMicrotasks');
  const inUpdate = update ? slices.filter(within(update)) : [];
  const forced = outermost(
    inUpdate.filter((event) => event.name === 'UpdateLayoutTree' || event.name === 'Layout'),
  );
  const frames = slices.filter(
    (event) => event.name === 'LocalFrameView::RunStyleAndLayoutLifecyclePhases',
  );
  const paint = slices.filter((event) =>
    ['PrePaint', 'LocalFrameView::RunPaintLifecyclePhase', 'Commit'].includes(event.name),
  );
  const busy = total(top);
  const phases = {
    update: update ? update.dur / 1000 : 0,
    forced: total(forced),
    styleLayout: total(frames),
    paint: total(paint),
  };
  phases.other = Math.max(0, busy - phases.update - phases.styleLayout - phases.paint);
  phases.waiting = Math.max(0, (end.ts - start.ts) / 1000 - busy);
  return phases;
}
