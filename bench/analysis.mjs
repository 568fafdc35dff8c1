/**
 * From the raw runs to the figures the report prints: per-benchmark statistics, the
 * ratios against each floor (medians over medians, and per-round pairs for min/max),
 * and the targets' pass/fail checks, benchmarks 6 and 7 included.
 */
import { gzipSync } from 'node:zlib';
import { RECORD_PATH } from './benchmarks.mjs';
import { analyseCls } from './cls.mjs';
import { analyseSsr } from './ssr.mjs';
import { median, ratio, stats } from './stats.mjs';

const MB = 1024 * 1024;
export const TARGETS = { cardStaticRatio: 2.0, requests: 1, heapGrowthBytes: 1 * MB, detachedCards: 0 };

/**
 * @typedef {import('./benchmarks.mjs').BenchResults} BenchResults
 * @typedef {import('./benchmarks.mjs').PageRun} PageRun
 * @typedef {import('./benchmarks.mjs').PageVariant} PageVariant
 * @typedef {import('./benchmarks.mjs').OneCardSample} OneCardSample
 * @typedef {import('./stats.mjs').Stats} Stats
 * @typedef {{ chromium: string, cards: number, cardBundle: Buffer, litBundle: Buffer | undefined, loadBefore: number[], loadAfter: number[], seconds: number }} Env
 *   what the report says about the run: the browser, cards per page, both bundles' bytes (the
 *   baseline's only when benchmark 5 ran), the machine's load average before and after, and the
 *   run's length
 * @typedef {ReturnType<typeof analyse>} Report
 * @typedef {(kind: 'card' | 'static', key: keyof OneCardSample) => Stats} SampleStats
 *   one figure of benchmark 3 over the runs: of the cold (first) or the warm samples
 */

/**
 * The whole analysis: `results` of benchmarks 1 to 5, `ssr` and `cls` of 6 and 7, `env`
 * what the report says about the run, `mainThread` section 8 as main-thread-section.mjs
 * analysed it. Every target's check lands in one `checks`.
 * @param {BenchResults} results
 * @param {import('./ssr.mjs').SsrResults} ssr
 * @param {import('./cls.mjs').ClsResults} cls
 * @param {Env} env
 * @param {import('./main-thread-report.mjs').Section} mainThread
 */
export function analyse(results, ssr, cls, env, mainThread) {
  const report = Object.assign(analysePages(results, env), { ssr: analyseSsr(ssr), cls: analyseCls(cls), mainThread });
  Object.assign(report.checks, report.ssr.checks, report.cls.checks, mainThread.checks);
  report.allPass = Object.values(report.checks).every(Boolean);
  return report;
}

/**
 * The values of `key` in `rows`, in order.
 * @template T
 * @template {keyof T} K
 * @param {T[]} rows
 * @param {K} key
 * @returns {T[K][]}
 */
const pick = (rows, key) => rows.map((row) => row[key]);

/**
 * Benchmarks 1 to 5.
 * @param {BenchResults} results
 * @param {Env} env
 */
function analysePages(results, env) {
  const { litBundle } = env;
  if (!litBundle) throw new Error('benchmark 5 has no baseline bundle to compare with');
  const total = (/** @type {PageVariant} */ variant) => stats(pick(results[variant], 'painted'));
  const pageTotals = { static: total('static'), embedded: total('embedded'), src: total('src') };
  const paired = (/** @type {PageVariant} */ a, /** @type {PageVariant} */ b) => stats(results[a].map((row, i) => ratio(row.painted, results[b][i].painted)));

  // Milestones of the page loads (medians, ms since navigation start) and main-thread totals.
  const medianOf = (/** @type {PageVariant} */ variant, /** @type {(row: PageRun) => number} */ read) => median(results[variant].map(read));
  const milestones = (/** @type {PageVariant} */ variant) => ({
    parsed: medianOf(variant, (row) => row.domInteractive),
    beforeBundle: medianOf(variant, (row) => row.beforeBundle ?? NaN),
    defined: medianOf(variant, (row) => row.defined ?? NaN),
    rendered: medianOf(variant, (row) => row.rendered ?? NaN),
    allReady: medianOf(variant, (row) => row.allReady),
    painted: medianOf(variant, (row) => row.painted),
    firstContentfulPaint: medianOf(variant, (row) => row.firstContentfulPaint ?? NaN),
    evaluate: medianOf(variant, (row) => (row.defined ?? NaN) - (row.beforeBundle ?? NaN)),
    firstRender: medianOf(variant, (row) => (row.rendered ?? NaN) - (row.defined ?? NaN)),
    recordArrived: medianOf(variant, (row) => row.resources?.find((r) => r.path === RECORD_PATH)?.end ?? NaN),
    firstLoad: medianOf(variant, (row) => row.firstLoad ?? NaN),
    lastLoad: medianOf(variant, (row) => row.lastLoad ?? NaN),
    loadBurst: medianOf(variant, (row) => (row.lastLoad ?? NaN) - (row.firstLoad ?? NaN)),
  });
  // Main-thread time by kind. CDP's ScriptDuration leaves out microtasks, where Lit renders, so
  // the bundle's evaluation comes from the page's own marks (one task). The cards' first render
  // runs in slices with style, layout and idle time between them, so its marks give a span, not
  // main-thread time: it stays in "everything else". Only the card pages carry the bundle's
  // marks; a missing one counts as NaN, as in the milestones.
  const mainThread = (/** @type {PageVariant} */ variant) => {
    const evaluation = (/** @type {PageRun} */ row) => (row.defined ?? NaN) - (row.beforeBundle ?? NaN);
    const own = (/** @type {PageRun} */ row) => (variant === 'static' ? 0 : evaluation(row));
    return {
      evaluate: variant === 'static' ? NaN : medianOf(variant, evaluation),
      style: medianOf(variant, (row) => row.mainThread.style),
      layout: medianOf(variant, (row) => row.mainThread.layout),
      other: medianOf(variant, (row) => row.mainThread.task - row.mainThread.style - row.mainThread.layout - own(row)),
      task: medianOf(variant, (row) => row.mainThread.task),
      longestTask: medianOf(variant, (row) => row.longestTask),
      blockingTime: medianOf(variant, (row) => row.blockingTime),
      nodes: medianOf(variant, (row) => row.mainThread.nodes ?? NaN),
    };
  };
  // The evaluate/render split holds only if no card had rendered when the definition callback ran.
  const splitValid = [...results.embedded, ...results.src].every((row) => row.readyAtDefined === 0);

  const cardStatic = ratio(pageTotals.embedded.median, pageTotals.static.median);
  const srcStatic = ratio(pageTotals.src.median, pageTotals.static.median);
  const srcEmbedded = ratio(pageTotals.src.median, pageTotals.embedded.median);
  const requests = pick(results.src, 'requests');
  const resourceEntries = pick(results.src, 'resourceEntries');

  /** @type {SampleStats} */
  const cold = (kind, key) => stats(results.oneCard.map((run) => run[kind][0][key]));
  /** @type {SampleStats} */
  const warm = (kind, key) => stats(results.oneCard.map((run) => median(run[kind].slice(1).map((s) => s[key]))));
  /** Each sample kind's figures, and the ratio of the paints. @param {SampleStats} of */
  const oneCardFigures = (of) => {
    const figures = { cardUpdate: of('card', 'update'), cardPaint: of('card', 'paint'), staticInsert: of('static', 'update'), staticPaint: of('static', 'paint') };
    return { ...figures, ratio: ratio(figures.cardPaint.median, figures.staticPaint.median) };
  };
  const oneCard = { cold: oneCardFigures(cold), warm: oneCardFigures(warm) };

  const cycleFigures = {
    growth: stats(pick(results.cycles, 'growth')),
    before: stats(pick(results.cycles, 'before')),
    after: stats(pick(results.cycles, 'after')),
    embedderGrowth: stats(pick(results.cycles, 'embedderGrowth')),
    alive: stats(pick(results.cycles, 'alive')),
    instances: stats(pick(results.cycles, 'instances')),
    removed: results.cycles[0].removed,
    cardPerCycle: stats(pick(results.cycles, 'cardPerCycle')),
    staticPerCycle: stats(pick(results.cycles, 'staticPerCycle')),
  };
  const cycles = { ...cycleFigures, ratio: ratio(cycleFigures.cardPerCycle.median, cycleFigures.staticPerCycle.median) };

  const bundleFigures = {
    card: { fetch: stats(pick(results.bundleCard, 'fetch')), evaluate: stats(pick(results.bundleCard, 'evaluate')), blocked: stats(pick(results.bundleCard, 'blocked')) },
    lit: { fetch: stats(pick(results.bundleLit, 'fetch')), evaluate: stats(pick(results.bundleLit, 'evaluate')), blocked: stats(pick(results.bundleLit, 'blocked')) },
    sizes: {
      card: { raw: env.cardBundle.length, gzip: gzipSync(env.cardBundle, { level: 9 }).length },
      lit: { raw: litBundle.length, gzip: gzipSync(litBundle, { level: 9 }).length },
    },
  };
  const bundle = {
    ...bundleFigures,
    ratio: ratio(bundleFigures.card.evaluate.median, bundleFigures.lit.evaluate.median),
    sizeRatio: ratio(bundleFigures.sizes.card.gzip, bundleFigures.sizes.lit.gzip),
  };

  const checks = {
    cardStatic: cardStatic <= TARGETS.cardStaticRatio,
    requests: requests.every((n) => n === TARGETS.requests) && resourceEntries.every((n) => n === TARGETS.requests),
    heap: cycles.growth.max < TARGETS.heapGrowthBytes,
    detached: cycles.alive.max === TARGETS.detachedCards && cycles.instances.max === TARGETS.detachedCards,
  };

  return {
    env,
    pages: {
      totals: pageTotals,
      milestones: { static: milestones('static'), embedded: milestones('embedded'), src: milestones('src') },
      mainThread: { static: mainThread('static'), embedded: mainThread('embedded'), src: mainThread('src') },
      splitValid,
      cardStatic,
      srcStatic,
      srcEmbedded,
      pairedCardStatic: paired('embedded', 'static'),
      pairedSrcStatic: paired('src', 'static'),
      text: { card: results.embedded[0].text, static: results.static[0].text },
    },
    shared: { requests, resourceEntries, allReady: stats(pick(results.src, 'allReady')) },
    oneCard,
    cycles,
    bundle,
    checks,
    allPass: Object.values(checks).every(Boolean),
  };
}
