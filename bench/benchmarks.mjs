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

/** Benchmarks 1 and 2: one page load of a variant. */
async function pageRun(context, variant, cards) {
  const { server } = context;
  const path = { static: '/gen/static.html', embedded: '/gen/cards-embedded.html', src: '/gen/cards-src.html' }[variant];
  server.resetCounts();
  const bench = await measurePage(context, path);
  if (bench.cards !== cards) throw new Error(`${variant}: ${bench.cards} cards on the page, expected ${cards}`);
  if (variant !== 'static' && bench.ready !== cards) throw new Error(`${variant}: only ${bench.ready} cards ready`);
  const requests = server.count(RECORD_PATH);
  const resourceEntries = (bench.resources ?? []).filter((r) => r.path === RECORD_PATH).length;
  return { ...bench, requests, resourceEntries };
}

/** Benchmark 3: one fresh page, alternating card and static samples. */
const oneCardRun = ({ withPage, server }, staticFirst) =>
  withPage(async (page) => {
    await page.goto(`${server.origin}/gen/one-card.html`, { waitUntil: 'load', timeout: 60_000 });
    return withTimeout(
      page.evaluate((pairs, first) => window.runOneCard(pairs, first), ONE_CARD_PAIRS, staticFirst),
      'one-card page did not finish',
    );
  });

/** Benchmark 4: heap before and after `cycles` mount/unmount cycles, detached cards, cycle times. */
const cyclesRun = ({ withPage, server }, staticFirst, cycles) =>
  withPage(async (page) => {
    await page.goto(`${server.origin}/gen/cycles.html`, { waitUntil: 'load', timeout: 60_000 });
    const cdp = await page.createCDPSession();
    await page.evaluate((n) => Promise.all([window.runCardCycles(n), window.runStaticCycles(n)]), WARM_CYCLES);
    let staticMs;
    if (staticFirst) staticMs = await page.evaluate((n) => window.runStaticCycles(n), cycles);
    await collectGarbage(cdp);
    const before = await cdp.send('Runtime.getHeapUsage');
    const cardMs = await page.evaluate((n) => window.runCardCycles(n), cycles);
    await collectGarbage(cdp);
    const after = await cdp.send('Runtime.getHeapUsage');
    const alive = await page.evaluate(() => window.aliveCards());
    const removed = await page.evaluate(() => window.removedCards());
    const instances = await countCardObjects(cdp);
    if (!staticFirst) staticMs = await page.evaluate((n) => window.runStaticCycles(n), cycles);
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

/** Benchmark 5: one page load that times a bundle's `<script src>`. */
async function bundleRun(context, which) {
  const bench = await measurePage(context, which === 'card' ? '/gen/bundle-card.html' : '/gen/bundle-lit.html');
  if (!bench.defined) throw new Error(`${which} bundle did not register its element`);
  return bench;
}

/**
 * Runs `warmup + runs` rounds of benchmarks 1 to 5, alternating the variants within each
 * round. The progress line ends with the seconds since `started`, the start of the whole run.
 */
export async function runBenchmarks(context, { runs, warmup, cards, cycles, started }) {
  const results = { static: [], embedded: [], src: [], oneCard: [], cycles: [], bundleCard: [], bundleLit: [] };
  for (let round = 0; round < warmup + runs; round++) {
    const keep = round >= warmup;
    const label = keep ? `run ${round - warmup + 1}/${runs}` : `warm-up ${round + 1}/${warmup}`;
    let lap = performance.now();
    const step = (name) => {
      const now = performance.now();
      process.stdout.write(` ${name} ${((now - lap) / 1000).toFixed(1)} s`);
      lap = now;
    };
    process.stdout.write(`${label}:`);
    // Benchmarks 1 and 2: the three page variants, rotated so each takes every position.
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
    const loads = { card: [], lit: [] };
    for (let i = 0; i < BUNDLE_LOADS; i++) {
      for (const which of (round + i) % 2 === 0 ? ['card', 'lit'] : ['lit', 'card']) loads[which].push(await bundleRun(context, which));
    }
    if (keep) {
      const medianLoad = (rows) => Object.fromEntries(['fetch', 'evaluate', 'blocked'].map((key) => [key, median(rows.map((row) => row[key]))]));
      results.bundleCard.push(medianLoad(loads.card));
      results.bundleLit.push(medianLoad(loads.lit));
    }
    step('bundles');
    console.log(` (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  return results;
}
