/**
 * The Markdown report (BENCHMARKS.md) and the console summary, written from the
 * analysis (analysis.mjs); benchmarks 6, 7 and 8 bring their own sections (ssr.mjs, cls.mjs,
 * main-thread-report.mjs).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { TARGETS } from './analysis.mjs';
import { BUNDLE_LOADS, ONE_CARD_PAIRS, RECORD_PATH, WARM_CYCLES } from './benchmarks.mjs';
import { VIEWPORT } from './browser.mjs';
import { clsMarkdown, clsSummary, clsTargetRows } from './cls.mjs';
import { cpuModel, mainThreadMarkdown, mainThreadSummary, mainThreadTargetRows } from './main-thread-report.mjs';
import { ssrMarkdown, ssrSummary, ssrTargetRows } from './ssr.mjs';
import { STAT_HEAD, kb, ms, pass, row, signedKb, x2 } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @typedef {import('./analysis.mjs').Report} Report */

/**
 * The commit and the state of src/ go in the report, so a figure can be traced to the code it measured.
 * @param {...string} args
 */
function git(...args) {
  try {
    return execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/**
 * The commit (marked when src/ has uncommitted changes) and the bundle's hash: what a
 * figure was measured on.
 * @param {Buffer} cardBundle
 */
export function identity(cardBundle) {
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  return {
    commit: git('status', '--porcelain', '--', 'src') ? `${commit} (src/ has uncommitted changes)` : commit,
    bundle: `sha256 ${createHash('sha256').update(cardBundle).digest('hex').slice(0, 16)}…`,
  };
}

/**
 * One paragraph from the measured numbers: which benchmark is furthest from its
 * floor, and which kind of main-thread work the 100-card page spends most on.
 * @param {Report} r
 */
function dominates(r) {
  const n = r.env.cards;
  const floors = /** @type {[string, number][]} */ ([
    [`the ${n}-card page with embedded records against the static page`, r.pages.cardStatic],
    [`the ${n}-card page with a shared \`src\` against the static page`, r.pages.srcStatic],
    ['one warm card from `record` to paint against inserting the same static DOM', r.oneCard.warm.ratio],
    ['one mount/unmount cycle against the same static DOM', r.cycles.ratio],
    ['evaluating the bundle against the minimal Lit bundle', r.bundle.ratio],
  ])
    .filter(([, value]) => Number.isFinite(value))
    .sort((a, b) => b[1] - a[1]);
  const sentences = [
    `Furthest from its floor is ${floors[0][0]} (${x2(floors[0][1])}), then ${floors[1][0]} (${x2(floors[1][1])}).`,
  ];
  const card = r.pages.mainThread.embedded;
  const plain = r.pages.mainThread.static;
  const kinds = /** @type {[string, number, number][]} */ ([
    ['layout', card.layout, plain.layout],
    ['bundle evaluation', card.evaluate, 0],
    ['style recalculation', card.style, plain.style],
    ["other main-thread work (the cards' renders, HTML parsing, paint)", card.other, plain.other],
  ]).sort((a, b) => b[1] - a[1]);
  const [top] = kinds;
  const byExtra = [...kinds].sort((a, b) => b[1] - b[2] - (a[1] - a[2]))[0];
  sentences.push(
    `On the ${n}-card page the largest share of main-thread time is ${top[0]}: ${ms(top[1])} of ${ms(card.task)} ms (the static page: ${ms(top[2])} of ${ms(plain.task)} ms); the kind of work that grows most over the static page is ${byExtra[0]} (+${ms(byExtra[1] - byExtra[2])} ms).`,
  );
  if (r.pages.splitValid) {
    const m = r.pages.milestones.embedded;
    sentences.push(
      `The cards' first render spans ${ms(m.firstRender)} ms from the element's definition to the last card rendered (${ms(m.firstRender / n)} ms per card), in slices with the page's other work between them (the page's longest task is ${ms(card.longestTask)} ms against ${ms(plain.longestTask)} ms on the static page), and evaluating the bundle takes ${ms(m.evaluate)} ms once per page.`,
    );
  }
  // Embedded cards each parse and validate their record; shared-src cards render one validated record.
  const perCard = (/** @type {number} */ burst) => burst / Math.max(1, n - 1);
  const embeddedEach = perCard(r.pages.milestones.embedded.loadBurst);
  const sharedEach = perCard(r.pages.milestones.src.loadBurst);
  if (Number.isFinite(embeddedEach) && Number.isFinite(sharedEach) && embeddedEach > sharedEach) {
    sentences.push(
      `Per card, the render burst takes ${ms(embeddedEach)} ms with embedded records and ${ms(sharedEach)} ms with a shared \`src\` (one validation for all), so Lit rendering is about ${ms(sharedEach)} ms and parsing plus validating a record about ${ms(embeddedEach - sharedEach)} ms of each card.`,
    );
  }
  return sentences.join(' ');
}

/**
 * BENCHMARKS.md from the analysis `r`, the run's options it quotes and `notes`, the
 * fixed text from bench/notes.md.
 * @param {Report} r
 * @param {string} notes
 * @param {{ runs: number, warmup: number, cycles: number }} options
 */
export function markdown(r, notes, { runs, warmup, cycles }) {
  const e = r.env;
  const P = r.pages;
  const ms1 = P.milestones;
  const mt = P.mainThread;
  /** @type {string[]} */
  const lines = [];
  const add = (/** @type {string[]} */ ...xs) => lines.push(...xs);
  add(
    '# Benchmarks',
    '',
    'Written by `node bench/run.mjs` (after `npm run build`); do not edit by hand except the notes file it quotes.',
    '',
    '## Machine',
    '',
    `| | |`,
    `|---|---|`,
    `| date | ${new Date().toISOString()} |`,
    `| os | ${os.type()} ${os.release()} (${os.platform()} ${os.arch()}) |`,
    `| cpu | ${cpuModel()}, ${os.cpus().length} cores |`,
    `| memory | ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB |`,
    `| load average (1 min) | ${e.loadBefore[0].toFixed(2)} before, ${e.loadAfter[0].toFixed(2)} after |`,
    `| node | ${process.version} |`,
    `| browser | ${e.chromium} (headless, viewport ${VIEWPORT.width}×${VIEWPORT.height}) |`,
    `| card | commit ${identity(e.cardBundle).commit}; bundle ${identity(e.cardBundle).bundle} |`,
    `| runs | ${runs} measured, after ${warmup} warm-up round(s); variants alternate within each round; ${e.seconds.toFixed(0)} s in all |`,
    '',
    'Figures are milliseconds unless marked; min/median/max are over the runs; ratios are medians over medians from the same run.',
    '',
    '## Results',
    '',
    '| target | measured | result |',
    '|---|---|---|',
    `| ${e.cards} cards / static page ≤ ${TARGETS.cardStaticRatio.toFixed(1)}× | ${x2(P.cardStatic)} | ${pass(r.checks.cardStatic)} |`,
    `| requests for a shared \`src\` = ${TARGETS.requests} | ${[...new Set(r.shared.requests)].join(', ')} (server), ${[...new Set(r.shared.resourceEntries)].join(', ')} (resource entries) | ${pass(r.checks.requests)} |`,
    `| JS heap growth over ${cycles} cycles < 1 MB in every run | ${signedKb(r.cycles.growth.median)} median, ${signedKb(r.cycles.growth.max)} max | ${pass(r.checks.heap)} |`,
    `| detached cards after GC = 0 | ${r.cycles.alive.max} (WeakRefs), ${r.cycles.instances.max} (queryObjects) | ${pass(r.checks.detached)} |`,
    ...ssrTargetRows(r.ssr),
    ...clsTargetRows(r.cls),
    ...mainThreadTargetRows(r.mainThread),
    '',
    `## 1. ${e.cards} cards with embedded records vs static HTML`,
    '',
    `Navigation start to every card \`ready\`, rendered and painted (two animation frames), fresh incognito context with the cache disabled per load. The static page holds the same content (headings, facts \`<dl>\`, takeaways \`<ul>\`, paragraphs, \`<details>\` FAQ, disclaimer; ${P.text.static} characters per card vs ${P.text.card} in the card's shadow root) with inlined CSS and is timed from DOMContentLoaded to the next paint.`,
    '',
    STAT_HEAD,
    row('static HTML page', P.totals.static),
    row(`${e.cards} cards, embedded records`, P.totals.embedded),
    `| **ratio card / static** | ${x2(P.pairedCardStatic.min)} | **${x2(P.cardStatic)}** | ${x2(P.pairedCardStatic.max)} |`,
    '',
    `Ratio min/max are per-round (paired) ratios; the median is the ratio of the medians. Target ≤ ${TARGETS.cardStaticRatio.toFixed(1)}: ${pass(r.checks.cardStatic)}.`,
    '',
    'Milestones (medians, ms since navigation start):',
    '',
    '| milestone | static | cards, embedded | cards, shared `src` |',
    '|---|---:|---:|---:|',
    `| HTML parsed (domInteractive) | ${ms(ms1.static.parsed)} | ${ms(ms1.embedded.parsed)} | ${ms(ms1.src.parsed)} |`,
    `| bundle starts (first deferred script) | — | ${ms(ms1.embedded.beforeBundle)} | ${ms(ms1.src.beforeBundle)} |`,
    `| \`compound-card\` defined (bundle evaluated, cards upgraded) | — | ${ms(ms1.embedded.defined)} | ${ms(ms1.src.defined)} |`,
    `| first render of every card done | — | ${ms(ms1.embedded.rendered)} | ${ms(ms1.src.rendered)} (loading state) |`,
    `| record response received | — | — | ${ms(ms1.src.recordArrived)} |`,
    `| first \`compound-card-load\` | — | ${ms(ms1.embedded.firstLoad)} | ${ms(ms1.src.firstLoad)} |`,
    `| last \`compound-card-load\` | — | ${ms(ms1.embedded.lastLoad)} | ${ms(ms1.src.lastLoad)} |`,
    `| all ready (static: DOMContentLoaded) | ${ms(ms1.static.allReady)} | ${ms(ms1.embedded.allReady)} | ${ms(ms1.src.allReady)} |`,
    `| painted | ${ms(ms1.static.painted)} | ${ms(ms1.embedded.painted)} | ${ms(ms1.src.painted)} |`,
    `| first contentful paint (for reference) | ${ms(ms1.static.firstContentfulPaint)} | ${ms(ms1.embedded.firstContentfulPaint)} | ${ms(ms1.src.firstContentfulPaint)} |`,
    `| *bundle evaluation (defined − starts)* | — | ${ms(ms1.embedded.evaluate)} | ${ms(ms1.src.evaluate)} |`,
    `| *first render of all cards (rendered − defined; in slices, other work between them)* | — | ${ms(ms1.embedded.firstRender)} | ${ms(ms1.src.firstRender)} (loading state) |`,
    `| *load-event burst (last − first load event)* | — | ${ms(ms1.embedded.loadBurst)} | ${ms(ms1.src.loadBurst)} |`,
    '',
    P.splitValid
      ? 'Chromium may run a frame (style, layout, paint) between two deferred scripts, so for the embedded page most of the style and layout falls between "first render done" and "all ready".'
      : '_The evaluate/render split is not reliable in this run: some cards had rendered before the definition callback ran._',
    '',
    'Main-thread time per page load (medians, ms): style, layout and all tasks from CDP `Performance.getMetrics` (from page creation to the measurement); bundle evaluation from the page\'s marks above (CDP\'s script time leaves out microtasks, where Lit renders); long tasks from a `PerformanceObserver`. The cards render in slices with the page\'s other work between them, so their render is counted in "everything else" (the milestones above give its span).',
    '',
    '| | static | cards, embedded | cards, shared `src` |',
    '|---|---:|---:|---:|',
    .../** @type {[string, keyof typeof mt.static][]} */ ([
      ['bundle evaluation (marks)', 'evaluate'],
      ['style recalculation', 'style'],
      ['layout', 'layout'],
      ["everything else (the cards' renders, HTML parsing, paint, other tasks)", 'other'],
      ['**all tasks**', 'task'],
      ['longest task', 'longestTask'],
      ['total blocking time (tasks over 50 ms)', 'blockingTime'],
    ]).map(([label, key]) => `| ${label} | ${ms(mt.static[key])} | ${ms(mt.embedded[key])} | ${ms(mt.src[key])} |`),
    `| DOM nodes (incl. shadow trees) | ${Math.round(mt.static.nodes)} | ${Math.round(mt.embedded.nodes)} | ${Math.round(mt.src.nodes)} |`,
    '',
    `## 2. ${e.cards} cards sharing one \`src\``,
    '',
    `Every card has \`src="${RECORD_PATH}"\`. Requests counted by the server and by the page's resource timing entries, per run.`,
    '',
    `| | per run |`,
    `|---|---|`,
    `| requests for the record (server) | ${r.shared.requests.join(', ')} |`,
    `| resource timing entries for the record | ${r.shared.resourceEntries.join(', ')} |`,
    '',
    STAT_HEAD,
    row('all cards ready', r.shared.allReady),
    row('all cards ready and painted', P.totals.src),
    row('(static page, same runs)', P.totals.static),
    `| **ratio shared src / static** | ${x2(P.pairedSrcStatic.min)} | **${x2(P.srcStatic)}** | ${x2(P.pairedSrcStatic.max)} |`,
    `| ratio shared src / embedded | | ${x2(P.srcEmbedded)} | |`,
    '',
    `Exactly ${TARGETS.requests} request in every run: ${pass(r.checks.requests)}.`,
    '',
    '## 3. One card: setting `record` to the next paint',
    '',
    `An empty card is on screen; inside an animation-frame callback the page sets \`card.record\` to a fresh copy of the record, awaits \`updateComplete\`, then a task posted from that frame runs after its style, layout and paint. Floor: appending a clone of the same static card from a \`<template>\`, timed the same way. ${ONE_CARD_PAIRS} alternating samples of each per fresh page: the first is cold (first record on the page), the median of the other ${ONE_CARD_PAIRS - 1} is warm.`,
    '',
    STAT_HEAD,
    row('cold: card, record → updateComplete', r.oneCard.cold.cardUpdate),
    row('cold: card, record → painted', r.oneCard.cold.cardPaint),
    row('cold: static, append (synchronous)', r.oneCard.cold.staticInsert),
    row('cold: static, append → painted', r.oneCard.cold.staticPaint),
    row('warm: card, record → updateComplete', r.oneCard.warm.cardUpdate),
    row('warm: card, record → painted', r.oneCard.warm.cardPaint),
    row('warm: static, append (synchronous)', r.oneCard.warm.staticInsert),
    row('warm: static, append → painted', r.oneCard.warm.staticPaint),
    `| **ratio card / static, cold** | | **${x2(r.oneCard.cold.ratio)}** | |`,
    `| **ratio card / static, warm** | | **${x2(r.oneCard.warm.ratio)}** | |`,
    '',
    `## 4. ${cycles} mount/unmount cycles`,
    '',
    `Each cycle creates a card, sets the record, appends it, awaits \`updateComplete\` and removes it (all in microtasks, so no frame runs in between). The floor clones the static card from a \`<template>\`, appends it and removes it. After ${WARM_CYCLES} warm-up cycles the heap is read (\`HeapProfiler.collectGarbage\` ×4, then \`Runtime.getHeapUsage\`), then again after the ${cycles} cycles. Every removed card is held only by a WeakRef; after GC the live ones are counted, and \`Runtime.queryObjects\` counts objects with \`CompoundCard.prototype\` in their chain.`,
    '',
    STAT_HEAD,
    row('JS heap used before', r.cycles.before, kb),
    row('JS heap used after', r.cycles.after, kb),
    row('**JS heap growth**', r.cycles.growth, signedKb),
    row('embedder (Blink) heap growth', r.cycles.embedderGrowth, (v) => (Number.isFinite(v) ? signedKb(v) : 'n/a')),
    row(`removed cards still alive (of ${r.cycles.removed})`, r.cycles.alive, String),
    row('CompoundCard instances (queryObjects)', r.cycles.instances, String),
    row('card: one cycle (ms)', r.cycles.cardPerCycle),
    row('static DOM: one cycle (ms)', r.cycles.staticPerCycle),
    `| **ratio card / static per cycle** | | **${x2(r.cycles.ratio)}** | |`,
    '',
    `Heap growth < 1 MB in every run: ${pass(r.checks.heap)}. No detached card alive in any run: ${pass(r.checks.detached)}.`,
    '',
    '## 5. Script-tag bundle: fetch and evaluation',
    '',
    `A parser-blocking \`<script src>\` between two inline scripts that read \`performance.now()\`; fetch time from its resource timing entry; evaluation is the time from the later of the first mark and the end of the download to the second mark (compile and run). Each run's figure is the median of ${BUNDLE_LOADS} fresh page loads of each bundle, alternating. Baseline: a Lit element with one property and a \`<p>\` template, built in this run with Vite's JS API as an IIFE with \`minify: true\`, like the card.`,
    '',
    '| | raw | gzip -9 |',
    '|---|---:|---:|',
    `| dist/compound-card.js | ${kb(r.bundle.sizes.card.raw)} | ${kb(r.bundle.sizes.card.gzip)} |`,
    `| minimal Lit element | ${kb(r.bundle.sizes.lit.raw)} | ${kb(r.bundle.sizes.lit.gzip)} |`,
    `| ratio | ${x2(r.bundle.sizes.card.raw / r.bundle.sizes.lit.raw)} | ${x2(r.bundle.sizeRatio)} |`,
    '',
    STAT_HEAD,
    row('card bundle: fetch', r.bundle.card.fetch),
    row('card bundle: evaluate', r.bundle.card.evaluate),
    row('Lit baseline: fetch', r.bundle.lit.fetch),
    row('Lit baseline: evaluate', r.bundle.lit.evaluate),
    `| **ratio evaluate card / Lit** | | **${x2(r.bundle.ratio)}** | |`,
    '',
    ...ssrMarkdown(r.ssr, e.cards),
    ...clsMarkdown(r.cls),
    ...mainThreadMarkdown(r.mainThread),
    '## What dominates the cost',
    '',
    dominates(r),
    '',
  );
  if (notes) add('## Notes', '', notes, '');
  return lines.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n');
}

/**
 * The console summary, one line per benchmark; `cycles` as in `markdown`.
 * @param {Report} r
 * @param {{ cycles: number }} options
 */
export function summary(r, { cycles }) {
  const P = r.pages;
  return [
    '',
    `1. ${r.env.cards} cards ${ms(P.totals.embedded.median)} ms [${ms(P.totals.embedded.min)}–${ms(P.totals.embedded.max)}] vs static ${ms(P.totals.static.median)} ms [${ms(P.totals.static.min)}–${ms(P.totals.static.max)}]: ${x2(P.cardStatic)} (≤ ${TARGETS.cardStaticRatio}) ${r.checks.cardStatic ? 'pass' : 'FAIL'}`,
    `2. shared src: requests ${r.shared.requests.join(',')}, ready ${ms(r.shared.allReady.median)} ms, painted ${ms(P.totals.src.median)} ms [${ms(P.totals.src.min)}–${ms(P.totals.src.max)}], ${x2(P.srcStatic)} static ${r.checks.requests ? 'pass' : 'FAIL'}`,
    `3. one card: updateComplete ${ms(r.oneCard.warm.cardUpdate.median)} ms warm / ${ms(r.oneCard.cold.cardUpdate.median)} ms cold, paint ${ms(r.oneCard.warm.cardPaint.median)} ms warm / ${ms(r.oneCard.cold.cardPaint.median)} ms cold; static ${ms(r.oneCard.warm.staticPaint.median)} / ${ms(r.oneCard.cold.staticPaint.median)} ms: ${x2(r.oneCard.warm.ratio)} warm, ${x2(r.oneCard.cold.ratio)} cold`,
    `4. ${cycles} cycles: heap ${signedKb(r.cycles.growth.median)} [${signedKb(r.cycles.growth.min)} … ${signedKb(r.cycles.growth.max)}] ${r.checks.heap ? 'pass' : 'FAIL'}; alive ${r.cycles.alive.max}, instances ${r.cycles.instances.max} ${r.checks.detached ? 'pass' : 'FAIL'}; ${ms(r.cycles.cardPerCycle.median)} ms/cycle (${x2(r.cycles.ratio)} static)`,
    `5. bundle ${kb(r.bundle.sizes.card.gzip)} gz: evaluate ${ms(r.bundle.card.evaluate.median)} ms [${ms(r.bundle.card.evaluate.min)}–${ms(r.bundle.card.evaluate.max)}] vs Lit ${ms(r.bundle.lit.evaluate.median)} ms [${ms(r.bundle.lit.evaluate.min)}–${ms(r.bundle.lit.evaluate.max)}]: ${x2(r.bundle.ratio)}`,
    ssrSummary(r.ssr, r.env.cards),
    clsSummary(r.cls),
    mainThreadSummary(r.mainThread),
    r.allPass ? 'all targets met' : 'TARGETS MISSED',
  ].join('\n');
}
