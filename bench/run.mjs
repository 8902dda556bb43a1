// The benchmark: builds the pages in bench/ (production mode), serves them, and measures
// <partner-timeline>, vis-timeline and d3-milestones side by side in one headless Chromium on
// the same seeded data. Prints a Markdown table of medians and the machine it ran on.
//
//   npm run bench                       # 5 runs per figure; peers get 1 run at 100,000
//   npm run bench -- --runs 3 --sizes 1000,10000 --libraries ours,d3-milestones
//   npm run bench -- --breakdown-runs 0  # without the traced breakdown of our first render
import {readFile} from 'node:fs/promises';
import {cpus, loadavg, totalmem} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright';
import {chromiumArgs, requireBrowser} from '../scripts/browsers.mjs';
import {build} from 'vite';
import {PHASES, traceDraw} from './breakdown.mjs';
import {serve} from './serve.mjs';

const {values: args} = parseArgs({
  options: {
    runs: {type: 'string', default: '5'},
    // Slow peers at the largest size: one run each, or the benchmark takes many minutes.
    'large-runs': {type: 'string', default: '1'},
    sizes: {type: 'string', default: '4,10,100,1000,10000,100000'},
    libraries: {type: 'string', default: 'ours,vis-timeline,d3-milestones'},
    timeout: {type: 'string', default: '60000'},
    seed: {type: 'string', default: '20171105'},
    'zoom-steps': {type: 'string', default: '5'},
    // Milestones per input of the parsing benchmark (0 leaves it out).
    'parse-size': {type: 'string', default: '20000'},
    // Traced first renders of ours per size, apart from the timed ones (0 leaves them out).
    'breakdown-runs': {type: 'string', default: '3'},
  },
});
const RUNS = Number(args.runs);
const LARGE_RUNS = Number(args['large-runs']);
const LARGE = 100_000;
const COLD_SIZE = 10_000;
const SIZES = args.sizes.split(',').map(Number);
const LIBRARIES = args.libraries.split(',');
const TIMEOUT = Number(args.timeout);
const SEED = Number(args.seed);
const ZOOM_STEPS = Number(args['zoom-steps']);
const PARSE_SIZE = Number(args['parse-size']);
const BREAKDOWN_RUNS = Number(args['breakdown-runs']);
/** Kept in step with ORDERINGS in bench/data.ts. */
const ORDERINGS = ['shuffled', 'reverse-sorted', 'one-start-descending-ends', 'identical'];
const VIEWPORT = {width: 1200, height: 600};
const NAMES = {
  ours: 'partner-timeline',
  'vis-timeline': 'vis-timeline',
  'd3-milestones': 'd3-milestones',
};

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const distDir = join(benchDir, '../node_modules/.cache/partner-timeline-bench');

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
      `load average ${loadavg()[0].toFixed(1)} at the start`,
  );
  console.log(
    `Medians of ${RUNS} runs (${LARGE_RUNS} for peers at ${LARGE.toLocaleString('en')}).`,
  );
  const rows = [];
  const gaveUp = new Set();
  for (const size of SIZES) {
    for (const library of LIBRARIES) {
      if (gaveUp.has(library)) {
        rows.push({size, library, skipped: 'skipped (timed out at a smaller size)'});
        continue;
      }
      const runs = library !== 'ours' && size >= LARGE ? LARGE_RUNS : RUNS;
      const row = await measure(library, size, runs);
      if (row.timeout) gaveUp.add(library);
      rows.push(row);
      process.stderr.write(`  ${NAMES[library]} × ${size}: ${describe(row)}\n`);
    }
  }
  console.log();
  console.log(table(rows));
  if (LIBRARIES.includes('ours') && BREAKDOWN_RUNS > 0) {
    console.log();
    console.log(await breakdowns());
  }
  if (LIBRARIES.includes('ours') && SIZES.includes(COLD_SIZE)) {
    const cold = await measure('ours', COLD_SIZE, RUNS, true);
    console.log(
      `\nCold page (no Intl call before the draw, so Chromium loads ICU's locale data during it): ` +
        `partner-timeline × ${COLD_SIZE.toLocaleString('en')} first render ` +
        `${pair(cold.draw, cold.drawCpu)} ms (wall / CPU, ` +
        `median of ${RUNS}). The peers make no Intl calls.`,
    );
  }
  if (PARSE_SIZE > 0) {
    console.log();
    console.log(await parsing(PARSE_SIZE));
  }
  console.log();
  console.log(await pageWeights());
  console.log(`Load average ${loadavg()[0].toFixed(1)} at the end.`);
} finally {
  await browser.close();
  server.close();
}

/** Runs one library at one size `runs` times, each in a fresh page, and keeps the medians. */
async function measure(library, size, runs, cold = false) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const sample = await measureOnce(library, size, cold);
    if (sample.timeout) return {size, library, runs: run + 1, timeout: true};
    samples.push(sample);
  }
  const median = (key) => medianOf(samples.map((sample) => sample[key]));
  return {
    size,
    library,
    runs,
    draw: median('draw'),
    drawCpu: median('drawCpu'),
    zoom: median('zoom'),
    zoomDone: median('zoomDone'),
    zoomCpu: median('zoomCpu'),
    pan: median('pan'),
    panDone: median('panDone'),
    panCpu: median('panCpu'),
    nodes: median('nodes'),
    heap: median('heap'),
    longestTask: median('longestTask'),
    rangeMethod: samples[0].rangeMethod,
  };
}

async function measureOnce(library, size, cold) {
  const context = await browser.newContext({viewport: VIEWPORT});
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${server.url}/${library}.html`);
    await page.waitForFunction(() => 'bench' in window);
    await page.evaluate(
      ([n, seed, cold]) => window.bench.prepare(n, seed, cold),
      [size, SEED, cold],
    );
    const heapBefore = await usedHeap(cdp);
    const [draw, drawCpu] = await withCpu(cdp, () =>
      withTimeout(
        page.evaluate(() => window.bench.draw()),
        TIMEOUT,
      ),
    );
    if (draw === undefined) return {timeout: true};
    if (errors.length) throw new Error(`${library} × ${size}: ${errors.join('; ')}`);
    const nodes = await page.evaluate(() => window.bench.nodes());
    const longestTask = await page.evaluate(() => window.bench.longestTask());
    const heap = (await usedHeap(cdp)) - heapBefore;
    const zooms = [];
    const pans = [];
    for (let step = 0; step < ZOOM_STEPS; step++) {
      zooms.push(await withCpu(cdp, () => page.evaluate(() => window.bench.zoomStep())));
    }
    for (let step = 0; step < ZOOM_STEPS; step++) {
      pans.push(await withCpu(cdp, () => page.evaluate(() => window.bench.panStep())));
    }
    const rangeMethod = await page.evaluate(() => window.bench.rangeMethod());
    const stepMedian = (steps, part) =>
      steps.some(([times]) => times === null) ? null : medianOf(steps.map(part));
    return {
      draw,
      drawCpu,
      nodes,
      heap,
      longestTask,
      zoom: stepMedian(zooms, ([times]) => times.frame),
      zoomDone: stepMedian(zooms, ([times]) => times.done),
      zoomCpu: stepMedian(zooms, ([, cpu]) => cpu),
      pan: stepMedian(pans, ([times]) => times.frame),
      panDone: stepMedian(pans, ([times]) => times.done),
      panCpu: stepMedian(pans, ([, cpu]) => cpu),
      rangeMethod,
    };
  } finally {
    // A page stuck in a long script still closes: Playwright kills its renderer.
    await context.close();
  }
}

/**
 * The action's result and the renderer main thread's CPU time during it, ms. On a busy machine
 * wall-clock time also counts the time other processes held the cores; CPU time does not.
 */
async function withCpu(cdp, action) {
  const threadTime = async () => {
    const {metrics} = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'ThreadTime').value * 1000;
  };
  const before = await threadTime();
  const result = await action();
  return [result, (await threadTime()) - before];
}

/** JS heap in use after a full garbage collection, bytes. */
async function usedHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const {usedSize} = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** The promise's value, or `undefined` once `ms` have passed. */
async function withTimeout(promise, ms) {
  let timer;
  const expired = new Promise((resolve) => (timer = setTimeout(resolve, ms, undefined)));
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function medianOf(values) {
  const known = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (known.length === 0) return null;
  const middle = known.length >> 1;
  return known.length % 2 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
}

function describe(row) {
  if (row.skipped) return row.skipped;
  if (row.timeout) return `timeout (> ${TIMEOUT / 1000} s)`;
  return `${ms(row.draw)} ms, ${row.nodes} nodes`;
}

function pair(wall, cpu) {
  return wall === null || wall === undefined ? 'n/a' : `${ms(wall)} / ${ms(cpu)}`;
}

function triple(done, frame, cpu) {
  return frame === null || frame === undefined ? 'n/a' : `${ms(done)} / ${ms(frame)} / ${ms(cpu)}`;
}

function ms(value) {
  if (value === null || value === undefined) return 'n/a';
  return value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en');
}

function ratio(ours, theirs) {
  if (typeof ours !== 'number' || typeof theirs !== 'number' || theirs === 0) return '';
  return ours / theirs < 0.01 ? (ours / theirs).toFixed(4) : (ours / theirs).toFixed(2);
}

/** A Markdown table: one row per size and library, peers with ours ÷ theirs. */
function table(rows) {
  const header = [
    'N',
    'library',
    'first render ms (wall / CPU)',
    'zoom step ms (done / frame / CPU)',
    'pan step ms (done / frame / CPU)',
    'DOM nodes',
    'heap MB',
    'longest task ms',
    'ours ÷ theirs: render (wall / CPU)',
    'nodes',
    'heap',
  ];
  const lines = [header, header.map(() => '---')];
  for (const row of rows) {
    const name = NAMES[row.library];
    const size = row.size.toLocaleString('en');
    if (row.skipped || row.timeout) {
      const text = row.skipped ?? `timeout (> ${TIMEOUT / 1000} s)`;
      lines.push([size, name, text, '', '', '', '', '', '', '', '']);
      continue;
    }
    const ours = rows.find((other) => other.size === row.size && other.library === 'ours');
    const peer = row.library !== 'ours' && ours && !ours.timeout;
    lines.push([
      size,
      row.runs < RUNS ? `${name} (${row.runs} run)` : name,
      pair(row.draw, row.drawCpu),
      triple(row.zoomDone, row.zoom, row.zoomCpu),
      triple(row.panDone, row.pan, row.panCpu),
      row.nodes.toLocaleString('en'),
      (row.heap / 2 ** 20).toFixed(1),
      ms(row.longestTask),
      peer ? `${ratio(ours.draw, row.draw)} / ${ratio(ours.drawCpu, row.drawCpu)}` : '',
      peer ? ratio(ours.nodes, row.nodes) : '',
      peer ? ratio(ours.heap, row.heap) : '',
    ]);
  }
  const notes = [...new Set(rows.map((row) => row.rangeMethod).filter(Boolean))];
  return [
    ...lines.map((cells) => `| ${cells.join(' | ')} |`),
    '',
    'First render: data handed over → second animation frame after the draw. Wall: elapsed ' +
      "time; CPU: the renderer main thread's CPU time in that while (what a busy machine does " +
      'not inflate). DOM nodes: ' +
      'elements, text and comments in the shadow root (ours) or the container (peers). Heap: JS ' +
      'heap added by the draw, after garbage collection. Longest task: the longest main-thread ' +
      "task during the first render (0 = none over 50 ms). Zoom/pan step (each run's median step): " +
      'the range shrinks by a fifth, or moves by a tenth, in an animation frame; ' +
      'done: from the call until the library says it is drawn (ours: `updateComplete`); ' +
      "frame: from the call to the end of that frame's rendering (script, style, layout, paint), " +
      "so ≤ 16 ms fits a 60 Hz frame; CPU: the main thread's time for the whole step. " +
      `${notes.join('; ') || 'n/a'}; d3-milestones has no zoom.`,
  ].join('\n');
}

/**
 * Where our first render's time goes at each size: medians of BREAKDOWN_RUNS traced draws, each
 * in a fresh page like the timed ones (tracing slows them a little, so they are kept apart).
 */
async function breakdowns() {
  const keys = Object.keys(PHASES);
  const lines = [
    `Where the first render of partner-timeline goes (Chromium trace of the renderer main thread, ms, median of ${BREAKDOWN_RUNS}):`,
    '',
    `| N | ${keys.map((key) => PHASES[key]).join(' | ')} | total |`,
    `| ${['---', ...keys.map(() => '---'), '---'].join(' | ')} |`,
  ];
  for (const size of SIZES) {
    const samples = [];
    for (let run = 0; run < BREAKDOWN_RUNS; run++) samples.push(await tracedDraw(size));
    const median = (key) => medianOf(samples.map((sample) => sample[key]));
    const total = medianOf(
      samples.map((sample) =>
        keys.reduce((sum, key) => sum + (key === 'forced' ? 0 : sample[key]), 0),
      ),
    );
    lines.push(
      `| ${size.toLocaleString('en')} | ${keys.map((key) => ms(median(key))).join(' | ')} | ${ms(total)} |`,
    );
  }
  lines.push(
    '',
    'Update: the microtask in which the element parses, lays out and renders (Lit updates in a ' +
      "microtask); frame: Chromium's rendering of the frames that follow; waiting: the main " +
      'thread idle until the frame after the draw.',
  );
  return lines.join('\n');
}

async function tracedDraw(size) {
  const context = await browser.newContext({viewport: VIEWPORT});
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${server.url}/ours.html`);
    await page.waitForFunction(() => 'bench' in window);
    await page.evaluate(([n, seed]) => window.bench.prepare(n, seed), [size, SEED]);
    return await traceDraw(cdp, () => page.evaluate(() => window.bench.draw()));
  } finally {
    await context.close();
  }
}

/**
 * The model's parse of `count` milestones in each ordering, warm, median of RUNS × 3 parses in
 * one page, with each ordering's time over that of shuffled dates: a sort that goes quadratic on
 * some order shows as a large ratio.
 */
async function parsing(count) {
  const context = await browser.newContext({viewport: VIEWPORT});
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/parse.html`);
    await page.waitForFunction(() => 'parseBench' in window);
    const times = {};
    for (const ordering of ORDERINGS) {
      times[ordering] = await page.evaluate(
        ([ordering, count, seed, runs]) => window.parseBench(ordering, count, seed, runs),
        [ordering, count, SEED, RUNS * 3],
      );
    }
    const lines = [
      `Parsing ${count.toLocaleString('en')} milestones (parseMilestones, warm, median of ${RUNS * 3}):`,
      '',
      '| input order | ms | ÷ shuffled |',
      '| --- | --- | --- |',
      ...ORDERINGS.map(
        (ordering) =>
          `| ${ordering} | ${ms(times[ordering])} | ${(times[ordering] / times.shuffled).toFixed(2)} |`,
      ),
    ];
    return lines.join('\n');
  } finally {
    await context.close();
  }
}

/** Gzipped JS of each benchmark page (library plus a ~1 KB harness), from the build manifest. */
async function pageWeights() {
  const manifest = JSON.parse(await readFile(join(distDir, '.vite/manifest.json'), 'utf8'));
  const parts = [];
  for (const library of LIBRARIES) {
    const files = new Set();
    const visit = (key) => {
      const chunk = manifest[key];
      if (!chunk || files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    visit(`${library}.html`);
    let bytes = 0;
    for (const file of files)
      bytes += gzipSync(await readFile(join(distDir, file)), {level: 9}).length;
    parts.push(`${NAMES[library]} ${(bytes / 1000).toFixed(1)} kB`);
  }
  return `JS per benchmark page, minified + gzip: ${parts.join(', ')}.`;
}
