// The soak: <partner-timeline> in headless Chromium through thousands of mixed steps, most of
// them real input sent through Playwright's mouse and keyboard (Ctrl + wheel zoom, drag pan,
// arrow and page keys, select and clear, a click on a cluster and on the toolbar's zoom out),
// the rest made by the page (new data, a new width, a disconnect and reconnect). Every `--every`
// steps the element is brought back to one state (first data, 1280 px, whole range, nothing
// selected or focused) and measured there: nodes in its shadow root, every DOM node and the JS
// heap after garbage collection, event listeners, and the median time of the steps since the
// last line. Flat lines mean that a long session costs what its first minute did.
//
// Each size runs in its own page (its own renderer process), all at once: Chromium delivers a
// mouse move or wheel notch with a frame, so a gesture takes 17 to 33 ms however fast the page
// is, and one size after the other would take four times as long as the steps' own work. The
// pages wait for each other at every line, so that each line of every size is measured under
// the same load.
//
//   npm run soak                                  # 10,000 steps on 1,000 and on 10,000 milestones
//   npm run soak -- --steps 2000 --sizes 1000 --every 500
import {cpus, loadavg, totalmem} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {chromium} from 'playwright';
import {build} from 'vite';
import {chromiumArgs, requireBrowser} from '../scripts/browsers.mjs';
import {serve} from './serve.mjs';

const {values: args} = parseArgs({
  options: {
    steps: {type: 'string', default: '10000'},
    sizes: {type: 'string', default: '1000,10000'},
    every: {type: 'string', default: '1000'},
    seed: {type: 'string', default: '20171105'},
  },
});
const STEPS = Number(args.steps);
const SIZES = args.sizes.split(',').map(Number);
const EVERY = Number(args.every);
const SEED = Number(args.seed);
const VIEWPORT = {width: 1400, height: 900};
/** Widths a step may give the host, px; below 600 the timeline turns vertical. */
const WIDTHS = [1280, 1100, 960, 800, 640, 480];
/** Budget after the last step, against the line after the first `--every` steps. */
const BUDGET = {nodes: 0.05, heap: 0.05, stepTime: 0.1};

/** What a step does and how often, in percent of the steps. */
const MIX = [
  ['wheel zoom', 22, wheelZoom],
  ['drag pan', 20, dragPan],
  ['keyboard move', 22, keyboardMove],
  ['select or clear', 12, selectOrClear],
  ['cluster open', 6, openCluster],
  ['cluster close', 6, closeCluster],
  ['new data', 2, (page) => page.evaluate(() => window.soak.replaceData())],
  ['new width', 5, newWidth],
  ['disconnect', 5, (page) => page.evaluate(() => window.soak.reconnect())],
];

/** The keys of a keyboard move, by orientation; `+` or `-` join them (see keyboardMove). */
const KEYS = {
  horizontal: ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', 'Home', 'End'],
  vertical: ['ArrowDown', 'ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'],
};

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const distDir = join(benchDir, '../node_modules/.cache/partner-timeline-bench');

/** Where the mouse of each page is: Playwright's mouse starts at (0, 0). */
const pointers = new WeakMap();

/**
 * Runs the steps on `size` milestones in a fresh page. Returns its lines: one after the first
 * draw, then one every `EVERY` steps, each reported to `progress` as it is measured.
 */
async function soak(browser, server, size, atLine) {
  const started = performance.now();
  // Reduced motion: the element's hover and focus transitions would draw frames after most
  // steps, and the frames of a 2-core machine are better spent on steps.
  const context = await browser.newContext({viewport: VIEWPORT, reducedMotion: 'reduce'});
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    pointers.set(page, {x: 0, y: 0});
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${server.url}/soak.html`);
    await page.waitForFunction(() => 'soak' in window);
    await page.evaluate(([n, seed]) => window.soak.prepare(n, seed), [size, SEED]);
    const randoms = await page.evaluate(
      ([n, seed]) => window.soak.randoms(n, seed),
      [STEPS * 4, SEED],
    );
    let next = 0;
    const random = () => randoms[next++ % randoms.length];

    const lines = [];
    const counts = new Map(MIX.map(([name]) => [name, 0]));
    let times = [];
    let targets;
    const line = async (step) => {
      lines.push({step, ...(await measure(page, cdp)), ...medians(times)});
      times = [];
      await atLine(size, lines);
      ({targets} = await settle(page));
    };

    await line(0);
    let cpuBefore = await threadTime(cdp);
    for (let step = 1; step <= STEPS; step++) {
      const [name, , run] = pick(random());
      counts.set(name, counts.get(name) + 1);
      const result = await run(page, targets, random);
      const cpuNow = await threadTime(cdp);
      times.push({wall: result.ms, cpu: cpuNow - cpuBefore});
      targets = result.targets;
      if (step % EVERY === 0 || step === STEPS) {
        await line(step);
        cpuBefore = await threadTime(cdp);
      } else {
        cpuBefore = cpuNow;
      }
    }
    if (errors.length) {
      throw new Error(`${size} milestones: the page reported errors:\n${errors.join('\n')}`);
    }
    return {size, lines, counts, seconds: (performance.now() - started) / 1000};
  } finally {
    await context.close();
  }
}

/** The step kind a random number in [0, 1) falls on, by the shares of `MIX`. */
function pick(value) {
  let left = value * 100;
  for (const entry of MIX) {
    left -= entry[1];
    if (left < 0) return entry;
  }
  return MIX[MIX.length - 1];
}

function settle(page) {
  return page.evaluate(() => window.soak.settle());
}

function choose(list, random) {
  return list[Math.floor(random() * list.length)];
}

/** The middle of an area of the viewport, in whole pixels. */
function middleOf([left, top, right, bottom]) {
  return [Math.round((left + right) / 2), Math.round((top + bottom) / 2)];
}

/** Moves the pointer to `point`, unless it is there already (a move waits for a frame). */
async function moveTo(page, [x, y]) {
  const pointer = pointers.get(page);
  if (pointer.x === x && pointer.y === y) return;
  await page.mouse.move(x, y);
  Object.assign(pointer, {x, y});
}

async function click(page, point) {
  await moveTo(page, point);
  await page.mouse.down();
  await page.mouse.up();
}

/**
 * One notch of Ctrl + wheel over the plot. In or out at random, drawn back towards a view
 * about four times closer than the whole range, so that the run spends its time at every depth.
 */
async function wheelZoom(page, targets, random) {
  if (!targets.plot) return settle(page);
  const pullIn = Math.min(0.9, Math.max(0.1, 0.5 - 0.15 * (targets.depth - 2)));
  const zoomIn = targets.canZoomIn && random() < pullIn;
  // Wherever the pointer is on the plot: it zooms around the pointer.
  const [left, top, right, bottom] = targets.plot;
  const {x, y} = pointers.get(page);
  if (x < left || x > right || y < top || y > bottom) await moveTo(page, middleOf(targets.plot));
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, zoomIn ? -100 : 100);
  await page.keyboard.up('Control');
  return settle(page);
}

/**
 * A press on the plot, a drag of 40 to 300 px along the axis (towards the plot's middle, so
 * that the pointer stays over it), a release.
 */
async function dragPan(page, targets, random) {
  if (!targets.plot) return settle(page);
  const axis = targets.orientation === 'vertical' ? 1 : 0;
  const centre = middleOf(targets.plot);
  const middle = centre[axis];
  const pointer = pointers.get(page);
  const across = [pointer.x, pointer.y][1 - axis];
  const onPlot = across >= targets.plot[1 - axis] && across <= targets.plot[3 - axis];
  if (!onPlot || Math.abs([pointer.x, pointer.y][axis] - middle) > 300) {
    await moveTo(page, centre);
  }
  const from = [pointer.x, pointer.y];
  const distance = (from[axis] > middle ? -1 : 1) * Math.round(40 + random() * 260);
  const to = [...from];
  to[axis] += distance;
  await page.mouse.down();
  await moveTo(page, to);
  await page.mouse.up();
  return settle(page);
}

/** Tab into the list of milestones when the focus is elsewhere, as a reader would. */
async function focusList(page, targets) {
  if (targets.focused) return;
  await page.evaluate(() => window.soak.blur());
  await page.keyboard.press('Tab');
  await settle(page);
}

/** A move along the milestones, or `+` / `-` to zoom around the focused one. */
async function keyboardMove(page, targets, random) {
  await focusList(page, targets);
  const keys = [...KEYS[targets.orientation], targets.depth > 4 ? '-' : '+'];
  await page.keyboard.press(choose(keys, random));
  return settle(page);
}

/** Escape clears a selection; otherwise a click on a label or Enter on the focused milestone. */
async function selectOrClear(page, targets, random) {
  if (!targets.selected && targets.labels.length > 0 && random() < 0.5) {
    await click(page, choose(targets.labels, random));
    return settle(page);
  }
  await focusList(page, targets);
  await page.keyboard.press(targets.selected ? 'Escape' : 'Enter');
  return settle(page);
}

/** A click on a cluster, which zooms in on it (or, at the closest zoom, picks its first). */
async function openCluster(page, targets, random) {
  if (targets.clusters.length === 0) return settle(page);
  await click(page, choose(targets.clusters, random));
  return settle(page);
}

/** A click on the toolbar's "Zoom out", or on "Reset zoom" from a close view. */
async function closeCluster(page, targets) {
  const button = targets.depth > 4 ? targets.reset : targets.zoomOut;
  if (!button) return settle(page);
  await click(page, button);
  return settle(page);
}

function newWidth(page, _targets, random) {
  return page.evaluate((width) => window.soak.setWidth(width), choose(WIDTHS, random));
}

/** The renderer main thread's CPU time so far, ms. */
async function threadTime(cdp) {
  const {metrics} = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ThreadTime').value * 1000;
}

/** Brings the element back to the checkpoint state and measures it there. */
async function measure(page, cdp) {
  await page.evaluate(() => window.soak.checkpoint());
  const shadowNodes = await page.evaluate(() => window.soak.shadowNodes());
  await cdp.send('HeapProfiler.collectGarbage');
  const {usedSize} = await cdp.send('Runtime.getHeapUsage');
  // Every node the renderer holds, detached ones included: a node kept alive after it left the
  // page (by a listener, a closure, a cache) shows here and not in the shadow root.
  const {nodes} = await cdp.send('Memory.getDOMCounters');
  return {
    shadowNodes,
    domNodes: nodes,
    heap: usedSize,
    blinkHeap: await blinkHeap(cdp),
    listeners: await listeners(cdp),
  };
}

/**
 * Bytes of Blink's garbage-collected objects (nodes, styles, shaped text...), which the JS heap
 * figure leaves out: the native objects of a heap snapshot. About 1.5 s a snapshot.
 */
async function blinkHeap(cdp) {
  const chunks = [];
  const collect = ({chunk}) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', {reportProgress: false});
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const {snapshot, nodes} = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const native = snapshot.meta.node_types[0].indexOf('native');
  let bytes = 0;
  for (let node = 0; node < nodes.length; node += fields.length) {
    if (nodes[node + type] === native) bytes += nodes[node + size];
  }
  return bytes;
}

/** Event listeners on the window and on every node of the document, shadow roots included. */
async function listeners(cdp) {
  let total = 0;
  for (const [expression, depth] of [
    ['window', 0],
    ['document', -1],
  ]) {
    const {result} = await cdp.send('Runtime.evaluate', {expression, objectGroup: 'soak'});
    const found = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
      depth,
      pierce: true,
    });
    total += found.listeners.length;
  }
  await cdp.send('Runtime.releaseObjectGroup', {objectGroup: 'soak'});
  return total;
}

function medians(times) {
  return {
    wall: medianOf(times.map((time) => time.wall)),
    cpu: medianOf(times.map((time) => time.cpu)),
  };
}

function medianOf(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function count(value) {
  return value.toLocaleString('en');
}

function ms(value) {
  return value === null ? '' : value.toFixed(1);
}

/** One line of a size's table. */
function row(line) {
  return [
    count(line.step),
    count(line.shadowNodes),
    count(line.domNodes),
    (line.heap / 2 ** 20).toFixed(2),
    (line.blinkHeap / 2 ** 20).toFixed(2),
    count(line.listeners),
    line.step === 0 ? '' : `${ms(line.cpu)} / ${ms(line.wall)}`,
  ];
}

function table(run) {
  const header = [
    'steps',
    'shadow nodes',
    'DOM nodes',
    'JS heap MB',
    'Blink heap MB',
    'listeners',
    'median step ms (CPU / wall)',
  ];
  return [header, header.map(() => '---'), ...run.lines.map(row)]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}

/** The budget's verdict: the last line against the one after the first `EVERY` steps. */
function budget(lines) {
  const [firstLine, lastLine] = [lines[1], lines[lines.length - 1]];
  if (!firstLine || firstLine === lastLine) return 'Budget: needs two lines of steps or more.';
  const growth = (key) => lastLine[key] / firstLine[key] - 1;
  const percent = (change) => `${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)} %`;
  const checks = [
    ['shadow nodes', growth('shadowNodes'), BUDGET.nodes],
    ['DOM nodes', growth('domNodes'), BUDGET.nodes],
    ['JS heap', growth('heap'), BUDGET.heap],
    ['Blink heap', growth('blinkHeap'), BUDGET.heap],
    ['median step CPU time', growth('cpu'), BUDGET.stepTime],
  ];
  const met = checks.every(([, change, limit]) => change <= limit);
  return (
    `Budget, step ${count(lastLine.step)} against step ${count(firstLine.step)}: ` +
    checks
      .map(([name, change, limit]) => `${name} ${percent(change)} (≤ ${limit * 100} %)`)
      .join(', ') +
    `: ${met ? 'met' : 'NOT met'}. Median step wall time ${percent(growth('wall'))}.`
  );
}

/** Resolves for all `parties` at once, each time all of them have called it. */
function barrier(parties) {
  let waiting = 0;
  let open;
  let gate = new Promise((resolve) => (open = resolve));
  return () => {
    const current = gate;
    if (++waiting === parties) {
      waiting = 0;
      const release = open;
      gate = new Promise((resolve) => (open = resolve));
      release();
    }
    return current;
  };
}

// Last, so that every declaration above is initialised when the run starts.
await build({configFile: join(benchDir, 'vite.config.ts'), logLevel: 'warn'});
const server = await serve(distDir);
const browser = await chromium.launch({
  executablePath: requireBrowser('chromium'),
  args: chromiumArgs,
});

try {
  const cpu = cpus();
  console.log(
    `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ` +
      `${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM; Chromium ${browser.version()} headless; ` +
      `Node ${process.version}; viewport ${VIEWPORT.width} × ${VIEWPORT.height} px; seed ${SEED}; ` +
      `load average ${loadavg()[0].toFixed(1)} at the start.`,
  );
  console.log(
    `${count(STEPS)} steps on ${SIZES.map(count).join(' and on ')} milestones, each size in ` +
      `its own page, all at once: ${MIX.map(([name, share]) => `${name} ${share} %`).join(', ')}.`,
  );
  const together = barrier(SIZES.length);
  const atLine = async (size, lines) => {
    const line = lines[lines.length - 1];
    const [step, shadow, dom, heap, blink, listening, time] = row(line);
    process.stderr.write(
      `  ${count(size)} milestones, step ${step}: ${shadow} shadow nodes, ${dom} DOM nodes, ` +
        `${heap} MB JS heap, ${blink} MB Blink heap, ${listening} listeners` +
        `${time ? `, median step ${time} ms (CPU / wall)` : ''}\n`,
    );
    await together();
  };
  const runs = await Promise.all(SIZES.map((size) => soak(browser, server, size, atLine)));
  for (const run of runs) {
    console.log(`\n${count(run.size)} milestones\n\n${table(run)}\n`);
    console.log(
      `Steps made: ${[...run.counts].map(([name, n]) => `${name} ${count(n)}`).join(', ')}; ` +
        `${run.seconds.toFixed(0)} s.`,
    );
    console.log(budget(run.lines));
  }
  console.log(
    '\nMeasured every line at one state: the first data, 1280 px, the whole range, nothing ' +
      'selected or focused. Shadow nodes: elements, text and comments in the shadow root. DOM ' +
      "nodes: every node the page's renderer holds after garbage collection, detached ones " +
      'included. JS heap: used, after garbage collection. Blink heap: the native objects of a ' +
      'heap snapshot taken then (nodes, styles, shaped text...). Listeners: on the window and every ' +
      "node of the document, shadow roots included. Step CPU: the renderer main thread's time " +
      'for the step; wall: from its first press, wheel notch or key (or its start, for a step ' +
      'without input) until the element has drawn it and the page laid it out.',
  );
  console.log(`\nLoad average ${loadavg()[0].toFixed(1)} at the end.`);
} finally {
  await browser.close();
  server.close();
}
