/**
 * Benchmarks 1 to 5, on the pages content.mjs generates: 100 cards against static HTML
 * (1), 100 cards sharing one `src` (2), one card's update (3), mount/unmount cycles (4)
 * and the script-tag bundle against a minimal Lit bundle (5). `context` is
 * `{ withPage, server }`, as for ssr.mjs and cls.mjs.
 */
import { collectGarbage, countCardObjects, measurePage, withTimeout } from './browser.mjs';
import { median } from './stats.mjs';

export const RECORD_PATH = '/demo/records/thymogen.json';
/** Cycles before the "before" heap reading, so one-time costs (templates, compiled code) are not counted as growth. */
export const WARM_CYCLES = 20;
/** Samples of each kind per page in benchmark 3: the first is cold, the rest warm. */
export const ONE_CARD_PAIRS = 10;
/** Page loads of each bundle per run in benchmark 5 (alternating); a run's figure is their median. */
export const BUNDLE_LOADS = 5;

/**
 * @typedef {import('./browser.mjs').BenchContext} BenchContext
 * @typedef {import('./browser.mjs').BenchWindow} BenchWindow
 * @typedef {import('./browser.mjs').CdpMainThread} CdpMainThread
 * @typedef {'static' | 'embedded' | 'src'} PageVariant
 */

/**
 * What a page of benchmarks 1 and 2 resolves `window.benchDone` with, in ms since navigation
 * start: long-tasks.js, then cards-ready.js on the card pages or static-painted.js on the
 * static page (bench/pages/). Only the card pages run mark-start.js and list their resources.
 * @typedef {{
 *   longestTask: number, blockingTime: number, scriptStart: number, allReady: number, painted: number,
 *   domInteractive: number, firstContentfulPaint: number, cards: number, text: number,
 *   ready?: number, resources?: { path: string, start: number, end: number }[],
 *   beforeBundle?: number, defined?: number, rendered?: number, readyAtDefined?: number, firstLoad?: number, lastLoad?: number,
 * }} PageBench
 * @typedef {PageBench & { mainThread: CdpMainThread, requests: number, resourceEntries: number }} PageRun
 */

/**
 * Benchmark 3's samples (bench/pages/one-card.js), in ms from setting the record (or
 * appending the static card) to the end of the update and to the next paint.
 * @typedef {{ update: number, paint: number }} OneCardSample
 * @typedef {{ card: OneCardSample[], static: OneCardSample[] }} OneCardRun
 */

/**
 * What a bundle page of benchmark 5 resolves `window.benchDone` with (bench/pages/bundle-timing.js).
 * @typedef {{ blocked: number, fetch: number, evaluate: number, bytes: number, defined: boolean }} BundleBench
 * @typedef {{ fetch: number, evaluate: number, blocked: number }} BundleFigures
 */

/**
 * @typedef {Awaited<ReturnType<typeof cyclesRun>>} CycleRun
 * @typedef {{ static: PageRun[], embedded: PageRun[], src: PageRun[], oneCard: OneCardRun[], cycles: CycleRun[], bundleCard: BundleFigures[], bundleLit: BundleFigures[] }} BenchResults
 */

/**
 * Benchmarks 1 and 2: one page load of a variant.
 * @param {BenchContext} context
 * @param {PageVariant} variant
 * @param {number} cards
 * @returns {Promise<PageRun>}
 */
async function pageRun(context, variant, cards) {
  const { server } = context;
  const path = { static: '/gen/static.html', embedded: '/gen/cards-embedded.html', src: '/gen/cards-src.html' }[variant];
  server.resetCounts();
  /** @type {PageBench & { mainThread: CdpMainThread }} */
  const bench = await measurePage(context, path);
  if (bench.cards !== cards) throw new Error(`${variant}: ${bench.cards} cards on the page, expected ${cards}`);
  if (variant !== 'static' && bench.ready !== cards) throw new Error(`${variant}: only ${bench.ready} cards ready`);
  const requests = server.count(RECORD_PATH);
  const resourceEntries = (bench.resources ?? []).filter((r) => r.path === RECORD_PATH).length;
  return { ...bench, requests, resourceEntries };
}

/**
 * Benchmark 3: one fresh page, alternating card and static samples.
 * @param {BenchContext} context
 * @param {boolean} staticFirst
 */
const oneCardRun = ({ withPage, server }, staticFirst) =>
  withPage(async (page) => {
    await page.goto(`${server.origin}/gen/one-card.html`, { waitUntil: 'load', timeout: 60_000 });
    return withTimeout(
      page.evaluate((pairs, first) => /** @type {BenchWindow} */ (window).runOneCard(pairs, first), ONE_CARD_PAIRS, staticFirst),
      'one-card page did not finish',
    );
  });

/**
 * Benchmark 4: heap before and after `cycles` mount/unmount cycles, detached cards, cycle times.
 * @param {BenchContext} context
 * @param {boolean} staticFirst
 * @param {number} cycles
 */
const cyclesRun = ({ withPage, server }, staticFirst, cycles) =>
  withPage(async (page) => {
    await page.goto(`${server.origin}/gen/cycles.html`, { waitUntil: 'load', timeout: 60_000 });
    const cdp = await page.createCDPSession();
    await page.evaluate(
      (n) => Promise.all([/** @type {BenchWindow} */ (window).runCardCycles(n), /** @type {BenchWindow} */ (window).runStaticCycles(n)]),
      WARM_CYCLES,
    );
    // Set before or after the card cycles, as `staticFirst` says.
    let staticMs = NaN;
    if (staticFirst) staticMs = await page.evaluate((n) => /** @type {BenchWindow} */ (window).runStaticCycles(n), cycles);
    await collectGarbage(cdp);
    const before = await cdp.send('Runtime.getHeapUsage');
    const cardMs = await page.evaluate((n) => /** @type {BenchWindow} */ (window).runCardCycles(n), cycles);
    await collectGarbage(cdp);
    const after = await cdp.send('Runtime.getHeapUsage');
    const alive = await page.evaluate(() => /** @type {BenchWindow} */ (window).aliveCards());
    const removed = await page.evaluate(() => /** @type {BenchWindow} */ (window).removedCards());
    const instances = await countCardObjects(cdp);
    if (!staticFirst) staticMs = await page.evaluate((n) => /** @type {BenchWindow} */ (window).runStaticCycles(n), cycles);
    await cdp.detach();
    return {
      growth: after.usedSize - before.usedSize,
      before: before.usedSize,
      after: after.usedSize,
      embedderGrowth:
        after.embedderHeapUsedSize !== undefined ? after.embedderHeapUsedSize - before.embedderHeapUsedSize : NaN,
      alive,
      removed,
      instances,
      cardPerCycle: cardMs / cycles,
      staticPerCycle: staticMs / cycles,
    };
  });

/**
 * Benchmark 5: one page load that times a bundle's `<script src>`.
 * @param {BenchContext} context
 * @param {'card' | 'lit'} which
 * @returns {Promise<BundleBench & { mainThread: CdpMainThread }>}
 */
async function bundleRun(context, which) {
  /** @type {BundleBench & { mainThread: CdpMainThread }} */
  const bench = await measurePage(context, which === 'card' ? '/gen/bundle-card.html' : '/gen/bundle-lit.html');
  if (!bench.defined) throw new Error(`${which} bundle did not register its element`);
  return bench;
}

/**
 * Runs `warmup + runs` rounds of benchmarks 1 to 5, alternating the variants within each
 * round. The progress line ends with the seconds since `started`, the start of the whole run.
 * @param {BenchContext} context
 * @param {{ runs: number, warmup: number, cards: number, cycles: number, started: number }} options
 * @returns {Promise<BenchResults>}
 */
export async function runBenchmarks(context, { runs, warmup, cards, cycles, started }) {
  /** @type {BenchResults} */
  const results = { static: [], embedded: [], src: [], oneCard: [], cycles: [], bundleCard: [], bundleLit: [] };
  for (let round = 0; round < warmup + runs; round++) {
    const keep = round >= warmup;
    const label = keep ? `run ${round - warmup + 1}/${runs}` : `warm-up ${round + 1}/${warmup}`;
    let lap = performance.now();
    const step = (/** @type {string} */ name) => {
      const now = performance.now();
      process.stdout.write(` ${name} ${((now - lap) / 1000).toFixed(1)} s`);
      lap = now;
    };
    process.stdout.write(`${label}:`);
    // Benchmarks 1 and 2: the three page variants, rotated so each takes every position.
    /** @type {PageVariant[]} */
    const variants = ['static', 'embedded', 'src'];
    for (let i = 0; i < variants.length; i++) {
      const variant = variants[(i + round) % variants.length];
      const result = await pageRun(context, variant, cards);
      if (keep) results[variant].push(result);
    }
    step('pages');
    const oneCard = await oneCardRun(context, round % 2 === 0);
    if (keep) results.oneCard.push(oneCard);
    step('one-card');
    const cycleResult = await cyclesRun(context, round % 2 === 1, cycles);
    if (keep) results.cycles.push(cycleResult);
    step('cycles');
    /** @type {{ card: BundleBench[], lit: BundleBench[] }} */
    const loads = { card: [], lit: [] };
    for (let i = 0; i < BUNDLE_LOADS; i++) {
      /** @type {('card' | 'lit')[]} */
      const order = (round + i) % 2 === 0 ? ['card', 'lit'] : ['lit', 'card'];
      for (const which of order) loads[which].push(await bundleRun(context, which));
    }
    if (keep) {
      /** @type {(keyof BundleFigures)[]} */
      const keys = ['fetch', 'evaluate', 'blocked'];
      const medianLoad = (/** @type {BundleBench[]} */ rows) =>
        /** @type {BundleFigures} */ (Object.fromEntries(keys.map((key) => [key, median(rows.map((row) => row[key]))])));
      results.bundleCard.push(medianLoad(loads.card));
      results.bundleLit.push(medianLoad(loads.lit));
    }
    step('bundles');
    console.log(` (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  return results;
}
