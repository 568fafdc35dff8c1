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
 * The whole analysis: `results` of benchmarks 1 to 5, `ssr` and `cls` of 6 and 7, `env`
 * what the report says about the run, `mainThread` section 8 as main-thread-section.mjs
 * analysed it. Every target's check lands in one `checks`.
 */
export function analyse(results, ssr, cls, env, mainThread) {
  const report = analysePages(results, env);
  report.ssr = analyseSsr(ssr);
  report.cls = analyseCls(cls);
  report.mainThread = mainThread;
  Object.assign(report.checks, report.ssr.checks, report.cls.checks, mainThread.checks);
  report.allPass = Object.values(report.checks).every(Boolean);
  return report;
}

/** Benchmarks 1 to 5. */
function analysePages(results, env) {
  const pick = (rows, key) => rows.map((row) => row[key]);
  const total = (variant) => stats(pick(results[variant], 'painted'));
  const pageTotals = { static: total('static'), embedded: total('embedded'), src: total('src') };
  const paired = (a, b) => stats(results[a].map((row, i) => ratio(row.painted, results[b][i].painted)));

  // Milestones of the page loads (medians, ms since navigation start) and main-thread totals.
  const medianOf = (variant, read) => median(results[variant].map(read));
  const milestones = (variant) => ({
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
  // the cards' script work comes from the page's own marks instead: bundle evaluation and first render.
  const mainThread = (variant) => {
    const own = (row) => (variant === 'static' ? 0 : row.defined - row.beforeBundle + (row.rendered - row.defined));
    return {
      evaluate: variant === 'static' ? NaN : medianOf(variant, (row) => row.defined - row.beforeBundle),
      firstRender: variant === 'static' ? NaN : medianOf(variant, (row) => row.rendered - row.defined),
      style: medianOf(variant, (row) => row.mainThread.style),
      layout: medianOf(variant, (row) => row.mainThread.layout),
      other: medianOf(variant, (row) => row.mainThread.task - row.mainThread.style - row.mainThread.layout - own(row)),
      task: medianOf(variant, (row) => row.mainThread.task),
      longestTask: medianOf(variant, (row) => row.longestTask),
      blockingTime: medianOf(variant, (row) => row.blockingTime),
      nodes: medianOf(variant, (row) => row.mainThread.nodes),
    };
  };
  // The evaluate/render split holds only if no card had rendered when the definition callback ran.
  const splitValid = [...results.embedded, ...results.src].every((row) => row.readyAtDefined === 0);

  const cardStatic = ratio(pageTotals.embedded.median, pageTotals.static.median);
  const srcStatic = ratio(pageTotals.src.median, pageTotals.static.median);
  const srcEmbedded = ratio(pageTotals.src.median, pageTotals.embedded.median);
  const requests = pick(results.src, 'requests');
  const resourceEntries = pick(results.src, 'resourceEntries');

  const cold = (kind, key) => stats(results.oneCard.map((run) => run[kind][0][key]));
  const warm = (kind, key) => stats(results.oneCard.map((run) => median(run[kind].slice(1).map((s) => s[key]))));
  const oneCard = {
    cold: { cardUpdate: cold('card', 'update'), cardPaint: cold('card', 'paint'), staticInsert: cold('static', 'update'), staticPaint: cold('static', 'paint') },
    warm: { cardUpdate: warm('card', 'update'), cardPaint: warm('card', 'paint'), staticInsert: warm('static', 'update'), staticPaint: warm('static', 'paint') },
  };
  oneCard.cold.ratio = ratio(oneCard.cold.cardPaint.median, oneCard.cold.staticPaint.median);
  oneCard.warm.ratio = ratio(oneCard.warm.cardPaint.median, oneCard.warm.staticPaint.median);

  const cycles = {
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
  cycles.ratio = ratio(cycles.cardPerCycle.median, cycles.staticPerCycle.median);

  const bundle = {
    card: { fetch: stats(pick(results.bundleCard, 'fetch')), evaluate: stats(pick(results.bundleCard, 'evaluate')), blocked: stats(pick(results.bundleCard, 'blocked')) },
    lit: { fetch: stats(pick(results.bundleLit, 'fetch')), evaluate: stats(pick(results.bundleLit, 'evaluate')), blocked: stats(pick(results.bundleLit, 'blocked')) },
    sizes: {
      card: { raw: env.cardBundle.length, gzip: gzipSync(env.cardBundle, { level: 9 }).length },
      lit: { raw: env.litBundle.length, gzip: gzipSync(env.litBundle, { level: 9 }).length },
    },
  };
  bundle.ratio = ratio(bundle.card.evaluate.median, bundle.lit.evaluate.median);
  bundle.sizeRatio = ratio(bundle.sizes.card.gzip, bundle.sizes.lit.gzip);

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
