/**
 * Benchmark 6: 100 server-rendered cards against the same content as static HTML
 * and against 100 iframe embeds of the card (pages from ssr-pages.mjs).
 *
 * Per page load: the first paint of the last card's text (the end of the first
 * frame after the parser put the last card in the DOM; for iframes, the last frame
 * to paint its card), and the total: every card ready after the bundle's takeover,
 * then painted (static: DOMContentLoaded, then painted). Variants rotate within
 * each round; ratios are medians over medians of the same run.
 */
import { FRAME_HEIGHT, FRAME_PATH, SSR_PATHS, STYLESHEET_PATH } from './ssr-pages.mjs';
import { withTimeout } from './browser.mjs';
import { STAT_HEAD, ms, pass, row, stats, x2 } from './stats.mjs';

/**
 * @typedef {keyof typeof SSR_PATHS} SsrVariant
 * @typedef {'firstPaint' | 'painted'} PaintKey the two paint marks a ratio compares
 * @typedef {import('./stats.mjs').Stats} Stats
 */

/**
 * What a page of this benchmark resolves `window.benchDone` with, in ms since navigation start
 * (bench/pages/): first-paint.js and ssr-done.js on the rendered and static pages (the ready and
 * takeover counts only where the bundle is), frames.js on the iframe page, which reports no
 * parsing marks and takes the last frame's paint as its first paint. Node adds the main-thread
 * totals and the server's request counts.
 * @typedef {{
 *   allReady: number, painted: number, firstPaint: number, domInteractive: number, htmlBytes: number,
 *   cards: number, firstHeight: number, lastHeight: number, text: number,
 *   ready?: number, takenOver?: number, lastParsed?: number, definedAtFirstFrame?: boolean, takenOverAtFirstFrame?: boolean,
 *   domContentLoaded?: number, firstContentfulPaint?: number, firstFramePainted?: number,
 *   mainThread: import('./browser.mjs').CdpMainThread, bundleRequests: number, frameRequests: number, stylesheetRequests: number,
 * }} SsrRun
 * @typedef {Record<SsrVariant, SsrRun[]>} SsrResults
 * @typedef {ReturnType<typeof analyseSsr>} SsrAnalysis
 */

export const SSR_TARGETS = { renderedFirstPaint: 1.1 };
/** @type {SsrVariant[]} */
const VARIANTS = ['static', 'rendered', 'bare', 'linked', 'iframes'];
/** Variants whose cards the bundle takes over. @type {SsrVariant[]} */
const TAKEN_OVER = ['rendered', 'linked'];
const BUNDLE_PATH = '/dist/compound-card.js';

/**
 * One page load of `variant`: the page's marks, the main-thread totals and the server's request counts.
 * @param {import('./browser.mjs').BenchContext} context
 * @param {SsrVariant} variant
 * @param {number} cards
 * @returns {Promise<SsrRun>}
 */
async function loadOnce({ withPage, server }, variant, cards) {
  server.resetCounts();
  const bench = await withPage(async (page) => {
    // The linked stylesheet is served cacheable, as a host would: with the cache on, the
    // 100 links make one request. Everything else is `no-store`, so nothing else changes.
    if (variant === 'linked') await page.setCacheEnabled(true);
    await page.goto(server.origin + SSR_PATHS[variant], { waitUntil: 'load', timeout: 120_000 });
    const done = await withTimeout(
      page.evaluate(() => /** @type {import('./browser.mjs').BenchWindow} */ (window).benchDone),
      `${variant}: the page did not finish`,
      120_000,
    );
    // The page's figures, which the lines below complete.
    const result = /** @type {SsrRun} */ (done);
    const metrics = await page.metrics();
    const msOf = (/** @type {keyof import('puppeteer-core').Metrics} */ key) => (metrics[key] ?? NaN) * 1000;
    result.mainThread = { style: msOf('RecalcStyleDuration'), layout: msOf('LayoutDuration'), task: msOf('TaskDuration'), nodes: metrics.Nodes };
    return result;
  });
  bench.bundleRequests = server.count(BUNDLE_PATH);
  bench.frameRequests = server.count(FRAME_PATH);
  bench.stylesheetRequests = server.count(STYLESHEET_PATH);
  if (bench.cards !== cards) throw new Error(`${variant}: ${bench.cards} cards on the page, expected ${cards}`);
  if ((TAKEN_OVER.includes(variant) || variant === 'iframes') && bench.ready !== cards) throw new Error(`${variant}: only ${bench.ready} cards ready`);
  if (TAKEN_OVER.includes(variant) && bench.takenOver !== cards) throw new Error(`${variant}: only ${bench.takenOver} cards taken over`);
  if (variant === 'iframes' && bench.frameRequests !== cards) throw new Error(`iframes: ${bench.frameRequests} frame pages requested`);
  return bench;
}

/**
 * Extra rounds of the one-document pages, per measured round of all five. The first-paint
 * target compares medians of loads that spread by ±20 % on a 2-core machine (how many frames
 * the browser lays out while it parses varies from load to load): 11 loads a page left the
 * ratio of the medians ±0.05 from run to run. The iframe page, five times as long to load
 * and compared on nothing within 10 %, is not repeated.
 */
export const FIRST_PAINT_ROUNDS_PER_RUN = 2;
/** The pages the extra rounds load. @type {SsrVariant[]} */
const ONE_DOCUMENT = VARIANTS.filter((variant) => variant !== 'iframes');

/**
 * Runs `warmup + runs` rounds of the five pages, rotated so each takes every
 * position, then `runs × FIRST_PAINT_ROUNDS_PER_RUN` rounds of the four one-document
 * pages, rotated the same way. `context` is `{ withPage, server }` from run.mjs.
 * @param {import('./browser.mjs').BenchContext} context
 * @param {{ runs: number, warmup: number, cards: number }} options
 * @returns {Promise<SsrResults>}
 */
export async function runSsrBench(context, { runs, warmup, cards }) {
  const results = /** @type {SsrResults} */ (Object.fromEntries(VARIANTS.map((variant) => [variant, /** @type {SsrRun[]} */ ([])])));
  const extra = runs * FIRST_PAINT_ROUNDS_PER_RUN;
  for (let round = 0; round < warmup + runs + extra; round++) {
    const keep = round >= warmup;
    const pages = round < warmup + runs ? VARIANTS : ONE_DOCUMENT;
    const started = performance.now();
    const label = !keep ? `warm-up ${round + 1}/${warmup}` : pages === VARIANTS ? `run ${round - warmup + 1}/${runs}` : `first-paint run ${round - warmup - runs + 1}/${extra}`;
    process.stdout.write(`rendered cards, ${label}:`);
    for (let i = 0; i < pages.length; i++) {
      const variant = pages[(i + round) % pages.length];
      const result = await loadOnce(context, variant, cards);
      if (keep) results[variant].push(result);
      process.stdout.write(` ${variant} ${ms(result.painted)} ms`);
    }
    console.log(` (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  return results;
}

/** @param {SsrResults} results */
export function analyseSsr(results) {
  const of = (/** @type {SsrVariant} */ variant, /** @type {PaintKey} */ key) => stats(results[variant].map((row) => row[key]));
  const med = (/** @type {SsrVariant} */ variant, /** @type {(row: SsrRun) => number} */ read) => stats(results[variant].map(read)).median;
  const firstPaint = Object.fromEntries(VARIANTS.map((v) => [v, of(v, 'firstPaint')]));
  const total = Object.fromEntries(VARIANTS.map((v) => [v, of(v, 'painted')]));
  // Per-round ratios for min/max; the headline is the ratio of the medians.
  /** @param {PaintKey} key @param {SsrVariant} a @param {SsrVariant} b */
  const paired = (key, a, b) => stats(results[a].map((row, i) => row[key] / results[b][i][key]));
  /** @param {Record<string, Stats>} set @param {SsrVariant} a @param {SsrVariant} b */
  const ratio = (set, a, b) => set[a].median / set[b].median;
  const ratios = {
    firstPaint: {
      rendered: ratio(firstPaint, 'rendered', 'static'),
      bare: ratio(firstPaint, 'bare', 'static'),
      linked: ratio(firstPaint, 'linked', 'static'),
      iframes: ratio(firstPaint, 'iframes', 'static'),
    },
    total: {
      rendered: ratio(total, 'rendered', 'static'),
      linked: ratio(total, 'linked', 'static'),
      iframes: ratio(total, 'iframes', 'static'),
      iframesRendered: ratio(total, 'iframes', 'rendered'),
    },
    pairedFirstPaint: paired('firstPaint', 'rendered', 'static'),
    pairedBare: paired('firstPaint', 'bare', 'static'),
    pairedLinked: paired('firstPaint', 'linked', 'static'),
    pairedTotal: paired('painted', 'rendered', 'static'),
  };
  const diagnostics = Object.fromEntries(
    VARIANTS.map((v) => [
      v,
      {
        lastParsed: med(v, (row) => row.lastParsed ?? NaN),
        deferredScripts: med(v, (row) => (row.domContentLoaded ?? NaN) - row.domInteractive),
        domInteractive: med(v, (row) => row.domInteractive),
        firstContentfulPaint: med(v, (row) => row.firstContentfulPaint ?? NaN),
        allReady: med(v, (row) => row.allReady),
        style: med(v, (row) => row.mainThread.style),
        layout: med(v, (row) => row.mainThread.layout),
        task: med(v, (row) => row.mainThread.task),
        nodes: med(v, (row) => row.mainThread.nodes ?? NaN),
        htmlBytes: med(v, (row) => row.htmlBytes),
        bundleRequests: med(v, (row) => row.bundleRequests),
        stylesheetRequests: Math.max(...results[v].map((row) => row.stylesheetRequests)),
        firstHeight: med(v, (row) => row.firstHeight),
        text: results[v][0].text,
      },
    ]),
  );
  const rendered = results.rendered;
  // The floor is only a floor if every card has the same box on every page: static,
  // rendered before any script (bare) and rendered after the takeover.
  const height = results.static[0].firstHeight;
  const sameBox = ONE_DOCUMENT.every((v) => results[v].every((row) => row.firstHeight === height && row.lastHeight === height));
  return {
    loads: rendered.length,
    iframeLoads: results.iframes.length,
    firstPaint,
    total,
    ratios,
    diagnostics,
    sameBox,
    // A deferred bundle may run before the first frame after parsing: then that frame
    // already shows the taken-over cards and includes the takeover's cost.
    definedAtFirstFrame: rendered.filter((row) => row.definedAtFirstFrame).length,
    linkedDefinedAtFirstFrame: results.linked.filter((row) => row.definedAtFirstFrame).length,
    takenOverAtFirstFrame: rendered.filter((row) => row.takenOverAtFirstFrame).length,
    linkedTakenOverAtFirstFrame: results.linked.filter((row) => row.takenOverAtFirstFrame).length,
    checks: { renderedFirstPaint: ratios.firstPaint.rendered <= SSR_TARGETS.renderedFirstPaint },
  };
}

export const ssrTargetRows = (/** @type {SsrAnalysis} */ a) => [
  `| rendered cards: first paint of the last card / static ≤ ${SSR_TARGETS.renderedFirstPaint.toFixed(1)}× | ${x2(a.ratios.firstPaint.rendered)} | ${pass(a.checks.renderedFirstPaint)} |`,
];

const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

/**
 * @param {SsrAnalysis} a
 * @param {number} cards
 */
export function ssrMarkdown(a, cards) {
  const d = a.diagnostics;
  const r = a.ratios;
  /** @param {string} label @param {(figures: SsrAnalysis['diagnostics'][string]) => string} read */
  const by = (label, read) => `| ${label} | ${VARIANTS.map((v) => read(d[v])).join(' | ')} |`;
  return [
    `## 6. ${cards} server-rendered cards vs static HTML and iframe embeds`,
    '',
    `Rendered: ${cards} × \`renderCard(record)\` (declarative shadow root with its inline \`<style>\`, record embedded) and the bundle with \`defer\`, as the README shows. Rendered, no bundle: the same page without the script, what the HTML alone costs (and what a reader without JavaScript gets). Rendered, linked stylesheet: \`renderCard(record, { stylesheet })\` and the bundle, each shadow root linking \`compound-card.css\` instead of holding a \`<style>\` (the strict-CSP mode); the server lets that file be cached and that page load has the HTTP cache on, so the ${cards} links make ${d.linked.stylesheetRequests} request${d.linked.stylesheetRequests === 1 ? '' : 's'}, as on a real site. Static: the same fragment with the \`<template>\` turned into a plain \`<div>\`, the embedded record dropped and the card's stylesheet written once in \`<head>\` (\`:host\` → the div's class): ${d.static.text} characters and ${ms(d.static.firstHeight)} px per card, ${a.sameBox ? 'the same height on the static page, the rendered page before any script and after the takeover, in every run' : '**but the heights differ between the pages: the floor is not the same layout**'}. Iframes: ${cards} \`<iframe>\`s ${FRAME_HEIGHT} px high, each loading a small page with one **client-rendered** card (record embedded, bundle deferred); same origin, so all share one renderer process, the kindest case for iframes. Every load uses a fresh context with the cache disabled, so each frame fetches its page and the bundle.`,
    '',
    `"Last card's text painted" is the end of the first frame after the parser put the last card in the DOM (an inline script right after it asks for an animation frame; a task posted from that callback runs after the frame's style, layout and paint); for iframes it is the last frame to paint its card, since a client-rendered card shows its text only once ready. "All ready, painted": every card \`ready\` after the takeover (defined, first update done, the server's \`<style>\` or \`<link>\` gone), then two animation frames; static and no-bundle pages: DOMContentLoaded, then two animation frames.`,
    '',
    STAT_HEAD,
    row("static HTML: last card's text painted", a.firstPaint.static),
    row("rendered cards: last card's text painted", a.firstPaint.rendered),
    row("rendered cards, no bundle: last card's text painted", a.firstPaint.bare),
    row("rendered cards, linked stylesheet: last card's text painted", a.firstPaint.linked),
    row("iframes: last card's text painted", a.firstPaint.iframes),
    `| **ratio rendered / static, first paint** | ${x2(r.pairedFirstPaint.min)} | **${x2(r.firstPaint.rendered)}** | ${x2(r.pairedFirstPaint.max)} |`,
    `| ratio rendered without bundle / static, first paint | ${x2(r.pairedBare.min)} | ${x2(r.firstPaint.bare)} | ${x2(r.pairedBare.max)} |`,
    `| ratio rendered with linked stylesheet / static, first paint | ${x2(r.pairedLinked.min)} | ${x2(r.firstPaint.linked)} | ${x2(r.pairedLinked.max)} |`,
    `| ratio iframes / static, first paint | | ${x2(r.firstPaint.iframes)} | |`,
    row('static HTML: painted', a.total.static),
    row('rendered cards: all ready after takeover, painted', a.total.rendered),
    row('rendered cards, linked stylesheet: all ready after takeover, painted', a.total.linked),
    row('iframes: all ready, painted', a.total.iframes),
    `| **ratio rendered / static, total** | ${x2(r.pairedTotal.min)} | **${x2(r.total.rendered)}** | ${x2(r.pairedTotal.max)} |`,
    `| ratio rendered with linked stylesheet / static, total | | ${x2(r.total.linked)} | |`,
    `| ratio iframes / static, total | | ${x2(r.total.iframes)} | |`,
    `| **ratio iframes / rendered, total** | | **${x2(r.total.iframesRendered)}** | |`,
    '',
    `Each one-document page is loaded ${a.loads} times (the iframe page ${a.iframeLoads}): the rounds of all five pages, then ${FIRST_PAINT_ROUNDS_PER_RUN} rounds per run of the four one-document pages, since their first paints spread by about ±20 % from load to load (how much of the page the browser lays out while it still parses varies). Ratio min/max are per-round (paired) ratios; the median is the ratio of the medians. Target rendered / static first paint ≤ ${SSR_TARGETS.renderedFirstPaint.toFixed(1)}: ${pass(a.checks.renderedFirstPaint)}. In ${a.definedAtFirstFrame} of ${a.loads} loads (linked stylesheet: ${a.linkedDefinedAtFirstFrame}) the deferred bundle had already run when the first frame after parsing began; a card the server rendered waits for a painted frame before it takes over, and cards taken over before that first frame: ${a.takenOverAtFirstFrame} of ${a.loads} loads (linked stylesheet: ${a.linkedTakenOverAtFirstFrame}).`,
    '',
    'Where the time goes (medians; ms since navigation start; main-thread totals from CDP `Performance.getMetrics`, which for the iframe page cover its renderer process):',
    '',
    '| | static | rendered | rendered, no bundle | rendered, linked stylesheet | iframes |',
    '|---|---:|---:|---:|---:|---:|',
    by('HTML (all documents, decoded)', (v) => kib(v.htmlBytes)),
    by('bundle requests', (v) => String(v.bundleRequests)),
    by('stylesheet requests (most in a run)', (v) => String(v.stylesheetRequests)),
    by('first contentful paint (the top of the page)', (v) => ms(v.firstContentfulPaint)),
    by('HTML parsed (domInteractive)', (v) => ms(v.domInteractive)),
    by('last card parsed', (v) => ms(v.lastParsed)),
    by('deferred scripts: bundle evaluation and takeover render (DOMContentLoaded − domInteractive)', (v) => ms(v.deferredScripts)),
    by('all ready (static, no bundle: DOMContentLoaded)', (v) => ms(v.allReady)),
    by('style recalculation', (v) => ms(v.style)),
    by('layout', (v) => ms(v.layout)),
    by('all tasks', (v) => ms(v.task)),
    by('DOM nodes (incl. shadow trees; iframes: every frame)', (v) => String(Math.round(v.nodes))),
    '',
  ];
}

export const ssrSummary = (/** @type {SsrAnalysis} */ a, /** @type {number} */ cards) =>
  `6. ${cards} rendered cards: last card painted ${ms(a.firstPaint.rendered.median)} ms vs static ${ms(a.firstPaint.static.median)} ms: ${x2(a.ratios.firstPaint.rendered)} (≤ ${SSR_TARGETS.renderedFirstPaint}) ${a.checks.renderedFirstPaint ? 'pass' : 'FAIL'} (no bundle: ${x2(a.ratios.firstPaint.bare)}; linked stylesheet: ${x2(a.ratios.firstPaint.linked)}); all ready ${ms(a.total.rendered.median)} ms (${x2(a.ratios.total.rendered)} static); ${cards} iframes ${ms(a.total.iframes.median)} ms (${x2(a.ratios.total.iframesRendered)} rendered)`;
