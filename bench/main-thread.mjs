/**
 * The main-thread section: one card in an article on a phone-like CPU (throttled 4×, and
 * 6× reported) and 100 cards at 1×, each page against the same content as HTML only,
 * from Chromium traces (trace.mjs), pages from main-thread-pages.mjs. Every load is a
 * fresh context with the cache off; the pages rotate within each round, so each takes
 * every position. The report is main-thread-report.mjs.
 */
import { withTimeout } from './browser.mjs';
import { BLANK_PATH, HUNDRED_PAGES, ONE_CARD_PAGES, hundredPath, onePath } from './main-thread-pages.mjs';
import { TRACE_CATEGORIES, mainThreadFromTrace } from './trace.mjs';
import { median, stats } from './stats.mjs';

/** CPU throttling of the one-card pages: 4× is Lighthouse's mobile profile and the target; 6× is reported. */
export const ONE_CARD_RATES = [4, 6];
export const TARGET_RATE = 4;
/** How far a card page's longest task may exceed the HTML-only page's, in ms. */
export const MAIN_THREAD_TARGETS = { longestTaskOver: 50 };
/** A phone-sized viewport (Lighthouse's mobile screen), so layout works on a phone's width. */
export const PHONE_VIEWPORT = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
/** @type {(keyof import('./trace.mjs').Clocked)[]} */
const CLOCKED = ['longestTask', 'blockingTime', 'blockingAfterFcp', 'total', 'longTasks'];

/**
 * What a main-thread page resolves `window.benchDone` with (bench/pages/main-thread-done.js), in
 * ms since navigation start.
 * @typedef {{ readyAt: number, quietFrom: number, quietAt: number, gaveUp: boolean, cards: number, ready: number, statuses: string[] }} MainThreadDone
 */

/**
 * @typedef {import('./trace.mjs').MainThread & { cards: number, readyCards: number, gaveUp: boolean }} Load
 * @typedef {{ one: Record<number, Record<string, Load[]>>, hundred: Record<string, Load[]> }} MainThreadResults
 */

/**
 * One fresh load of `path` with the CPU throttled `rate`×, traced from navigation start to
 * the page's `bench-quiet` mark. The context first opens a blank page of the same origin, so
 * the measured page loads in a renderer that already exists and the throttling applies to
 * it from its first task; nothing of the card is loaded before it.
 * @param {import('./browser.mjs').BenchContext} context
 * @param {string} path
 * @param {number} rate
 * @param {number} cards cards the page holds
 * @returns {Promise<Load>}
 */
export async function traceLoad({ withPage, server }, path, rate, cards) {
  return withPage(async (page) => {
    await page.setViewport(PHONE_VIEWPORT);
    await page.goto(server.origin + BLANK_PATH, { waitUntil: 'load' });
    await page.emulateCPUThrottling(rate);
    const url = server.origin + path;
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    /** @type {MainThreadDone} */
    let done;
    let buffer;
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      const benchDone = page.evaluate(() => /** @type {import('./browser.mjs').BenchWindow} */ (window).benchDone);
      done = /** @type {MainThreadDone} */ (await withTimeout(benchDone, `${path}: the page did not settle`, 120_000));
    } finally {
      buffer = await page.tracing.stop();
    }
    if (!buffer) throw new Error(`${path}: no trace`);
    // Chromium's trace file: its events under `traceEvents`.
    const { traceEvents } = /** @type {{ traceEvents: import('./trace.mjs').TraceEvent[] }} */ (JSON.parse(new TextDecoder().decode(buffer)));
    if (done.cards !== cards) throw new Error(`${path}: ${done.cards} cards on the page, expected ${cards}`);
    return { ...mainThreadFromTrace(traceEvents, url), cards: done.cards, readyCards: done.ready, gaveUp: done.gaveUp };
  });
}

/**
 * `warmup + runs` rounds; each loads every one-card page at each rate and the three
 * 100-card pages at 1×, rotated by round.
 * @param {import('./browser.mjs').BenchContext} context
 * @param {{ runs: number, warmup: number, cards: number }} options
 * @returns {Promise<MainThreadResults>}
 */
export async function runMainThreadBench(context, { runs, warmup, cards }) {
  /** @type {MainThreadResults} */
  const results = {
    one: Object.fromEntries(ONE_CARD_RATES.map((rate) => [rate, Object.fromEntries(ONE_CARD_PAGES.map((p) => [p.id, []]))])),
    hundred: Object.fromEntries(HUNDRED_PAGES.map((p) => [p.id, []])),
  };
  /**
   * `list` started at its item `by`, wrapping round.
   * @template T
   * @param {T[]} list
   * @param {number} by
   * @returns {T[]}
   */
  const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);
  for (let round = 0; round < warmup + runs; round++) {
    const keep = round >= warmup;
    const started = performance.now();
    process.stdout.write(`main thread, ${keep ? `run ${round - warmup + 1}/${runs}` : `warm-up ${round + 1}/${warmup}`}:`);
    for (const rate of ONE_CARD_RATES) {
      for (const spec of rotate(ONE_CARD_PAGES, round)) {
        const load = await traceLoad(context, onePath(spec.id), rate, 1);
        if (keep) results.one[rate][spec.id].push(load);
      }
      process.stdout.write(` ${rate}×`);
    }
    for (const spec of rotate(HUNDRED_PAGES, round)) {
      const load = await traceLoad(context, hundredPath(spec.id), 1, cards);
      if (keep) results.hundred[spec.id].push(load);
      process.stdout.write(` ${cards}×${spec.id} ${load.wall.longestTask.toFixed(0)} ms`);
    }
    console.log(` (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  return results;
}

/**
 * @typedef {{ longestTask: Stats, blockingTime: Stats, blockingAfterFcp: Stats, total: Stats, longTasks: Stats, over: number, overPaired: Stats, totalOver: number, totalRatio: number }} ClockFigures
 * @typedef {{ wall: ClockFigures, cpu: ClockFigures, fcp: Stats, ready: Stats, quiet: Stats, loads: number, allReady: boolean, gaveUp: number, inside: [string, number][] }} PageFigures
 * @typedef {ReturnType<typeof stats>} Stats
 */

/**
 * One clock's figures of a page, against the HTML-only page of the same rounds: the headline
 * is the difference of the medians, min/max are the per-round differences.
 * @param {Load[]} rows
 * @param {Load[]} floor
 * @param {'wall' | 'cpu'} clock
 * @returns {ClockFigures}
 */
function clockFigures(rows, floor, clock) {
  const of = (/** @type {Load[]} */ list, /** @type {keyof import('./trace.mjs').Clocked} */ key) => list.map((row) => row[clock][key]);
  const figures = /** @type {ClockFigures} */ (/** @type {unknown} */ (Object.fromEntries(CLOCKED.map((key) => [key, stats(of(rows, key))]))));
  figures.over = figures.longestTask.median - median(of(floor, 'longestTask'));
  figures.overPaired = stats(rows.map((row, i) => row[clock].longestTask - floor[i][clock].longestTask));
  figures.totalOver = figures.total.median - median(of(floor, 'total'));
  figures.totalRatio = figures.total.median / median(of(floor, 'total'));
  return figures;
}

/**
 * @param {Load[]} rows
 * @param {Load[]} floor the HTML-only page's rows of the same rounds
 * @param {boolean} isFloor
 * @returns {PageFigures}
 */
function figures(rows, floor, isFloor) {
  // The load whose longest task is the median's (or just above it): what that task held.
  const sorted = [...rows].sort((a, b) => a.wall.longestTask - b.wall.longestTask);
  return {
    wall: clockFigures(rows, floor, 'wall'),
    cpu: clockFigures(rows, floor, 'cpu'),
    fcp: stats(rows.map((row) => row.fcp)),
    ready: stats(rows.map((row) => row.ready)),
    quiet: stats(rows.map((row) => row.quiet)),
    loads: rows.length,
    allReady: isFloor || rows.every((row) => row.readyCards === row.cards),
    gaveUp: rows.filter((row) => row.gaveUp).length,
    inside: sorted[sorted.length >> 1].longestInside.slice(0, 4),
  };
}

/**
 * Figures per page and the targets: pass/fail is on the wall clock (the definition of a long
 * task); the same checks on the thread's CPU time are reported beside them.
 * @param {MainThreadResults} results
 */
export function analyseMainThread(results) {
  const limit = MAIN_THREAD_TARGETS.longestTaskOver;
  /** @type {Record<number, Record<string, PageFigures>>} */
  const one = {};
  for (const rate of ONE_CARD_RATES) {
    const floor = results.one[rate].html;
    one[rate] = Object.fromEntries(ONE_CARD_PAGES.map((p) => [p.id, figures(results.one[rate][p.id], floor, p.card === 'html')]));
  }
  const hundred = Object.fromEntries(HUNDRED_PAGES.map((p) => [p.id, figures(results.hundred[p.id], results.hundred.html, p.card === 'html')]));
  const cardPages = ONE_CARD_PAGES.filter((p) => p.card !== 'html');
  const within = (/** @type {PageFigures} */ page, /** @type {'wall' | 'cpu'} */ clock) => page[clock].over <= limit && page.allReady;
  const checksOn = (/** @type {'wall' | 'cpu'} */ clock) => ({
    oneCardLongestTask: cardPages.every((p) => within(one[TARGET_RATE][p.id], clock)),
    hundredClientLongestTask: within(hundred.client, clock),
    hundredSsrLongestTask: within(hundred.ssr, clock),
  });
  // Some machines' Chromium records no thread time (`tdur`) in traces: then only the wall clock is measured.
  const loads = [...Object.values(results.one).flatMap((pages) => Object.values(pages)), ...Object.values(results.hundred)].flat();
  const cpuMeasured = loads.every((load) => Number.isFinite(load.cpu.total));
  return {
    one,
    hundred,
    cpuMeasured,
    checks: checksOn('wall'),
    cpuChecks: cpuMeasured ? checksOn('cpu') : undefined,
    worstOneCard: { wall: Math.max(...cardPages.map((p) => one[TARGET_RATE][p.id].wall.over)), cpu: Math.max(...cardPages.map((p) => one[TARGET_RATE][p.id].cpu.over)) },
  };
}
