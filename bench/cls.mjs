/**
 * Benchmark 7: cumulative layout shift of one card near the top of a page, per mode
 * (rendered, embedded record with three bundle placements, `src`, `src` lazy), in
 * Chromium at 1000×900 (pages from cls-pages.mjs). Several loads per mode, modes
 * rotated within each round; a mode whose score depends on a race (when the first
 * frame comes against when a deferred bundle runs) shows it in "runs that shifted".
 */
import { CLS_MODES, RECORD_DELAY_MS, clsPath } from './cls-pages.mjs';
import { withTimeout } from './browser.mjs';
import { pass, stats } from './stats.mjs';

export const CLS_VIEWPORT = { width: 1000, height: 900 };
/** Loads of every mode per round: CLS is cheap to measure and races need samples. */
const LOADS_PER_ROUND = 2;
const RECORD_PATH = '/demo/records/thymogen.json';

/**
 * @typedef {import('./cls-pages.mjs').ClsMode} ClsMode
 * @typedef {{ value: number, startTime: number, hadRecentInput: boolean, sources: string[] }} Shift one `layout-shift` entry, its sources as "node previous rect → current rect"
 * @typedef {{ shifts: Shift[], status: string, cardTop: number, viewportHeight: number, scrollY: number, recordRequests: number }} ClsPageResult
 *   what a CLS page resolves `window.benchDone` with (bench/pages/cls-observe.js)
 * @typedef {{ cls: number, requests: number, cardTop: number, entries: Shift[] }} ClsLoad
 * @typedef {Record<string, ClsLoad[]>} ClsResults loads per mode id
 * @typedef {ReturnType<typeof analyseCls>} ClsAnalysis
 */

/**
 * CLS as Chrome reports it: the largest session window of shifts without recent
 * input, a window closing after a 1 s gap or at 5 s long.
 * @param {Shift[]} entries
 * @returns {number}
 */
export function cumulativeLayoutShift(entries) {
  let largest = 0;
  let current = 0;
  let windowStart = -Infinity;
  let previous = -Infinity;
  const shifts = entries.filter((entry) => !entry.hadRecentInput).sort((a, b) => a.startTime - b.startTime);
  for (const { startTime, value } of shifts) {
    if (startTime - previous > 1000 || startTime - windowStart > 5000) {
      current = 0;
      windowStart = startTime;
    }
    current += value;
    previous = startTime;
    largest = Math.max(largest, current);
  }
  return largest;
}

/**
 * @param {import('./browser.mjs').BenchContext} context
 * @param {ClsMode} mode
 * @returns {Promise<ClsLoad>}
 */
async function loadOnce({ withPage, server }, mode) {
  server.resetCounts();
  const done = await withPage(async (page) => {
    await page.setViewport(CLS_VIEWPORT);
    await page.goto(server.origin + clsPath(mode), { waitUntil: 'load', timeout: 60_000 });
    return withTimeout(
      page.evaluate(() => /** @type {import('./browser.mjs').BenchWindow} */ (window).benchDone),
      `CLS ${mode.id}: the page did not settle`,
      30_000,
    );
  });
  const result = /** @type {ClsPageResult} */ (done);
  const requests = server.count(RECORD_PATH);
  if (mode.card === 'lazy' && result.cardTop <= 2 * result.viewportHeight) {
    throw new Error(`CLS ${mode.id}: the card is at ${result.cardTop} px, within the lazy margin of a ${result.viewportHeight} px viewport`);
  }
  if (mode.wait === 'idle' && (requests !== 0 || result.status !== 'loading')) {
    throw new Error(`CLS ${mode.id}: the lazy card below the fold was requested (${requests}) or is "${result.status}"`);
  }
  if (mode.wait !== 'idle' && result.status !== 'ready') throw new Error(`CLS ${mode.id}: status "${result.status}"`);
  return { cls: cumulativeLayoutShift(result.shifts), requests, cardTop: result.cardTop, entries: result.shifts };
}

/**
 * Runs `warmup + runs` rounds; every round loads each mode LOADS_PER_ROUND times, rotated.
 * @param {import('./browser.mjs').BenchContext} context
 * @param {{ runs: number, warmup: number }} options
 * @returns {Promise<ClsResults>}
 */
export async function runClsBench(context, { runs, warmup }) {
  /** @type {ClsResults} */
  const results = Object.fromEntries(CLS_MODES.map((mode) => [mode.id, []]));
  for (let round = 0; round < warmup + runs; round++) {
    const keep = round >= warmup;
    const started = performance.now();
    process.stdout.write(`CLS, ${keep ? `run ${round - warmup + 1}/${runs}` : `warm-up ${round + 1}/${warmup}`}:`);
    for (let i = 0; i < CLS_MODES.length * LOADS_PER_ROUND; i++) {
      const mode = CLS_MODES[(i + round) % CLS_MODES.length];
      const result = await loadOnce(context, mode);
      if (keep) results[mode.id].push(result);
    }
    console.log(` ${CLS_MODES.length * LOADS_PER_ROUND} loads (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  return results;
}

/** @param {ClsResults} results */
export function analyseCls(results) {
  const modes = CLS_MODES.map((mode) => {
    const rows = results[mode.id];
    const cls = stats(rows.map((row) => row.cls));
    return { ...mode, cls, shifted: rows.filter((row) => row.cls > 0).length, loads: rows.length, cardTop: rows[0].cardTop };
  });
  const rendered = modes.filter((mode) => mode.card === 'rendered');
  // A rendered card should never shift: whatever did is named in the report.
  const renderedShifts = rendered.flatMap((mode) =>
    results[mode.id].flatMap((row, load) => (row.cls > 0 ? [{ label: mode.label, load: load + 1, entries: row.entries }] : [])),
  );
  return {
    modes,
    renderedShifts,
    rendered: { max: Math.max(...rendered.map((mode) => mode.cls.max)), loads: rendered.reduce((sum, mode) => sum + mode.loads, 0) },
    checks: { renderedCls: rendered.every((mode) => mode.cls.max === 0) },
  };
}

const cls3 = (/** @type {number} */ value) => value.toFixed(3);

export const clsTargetRows = (/** @type {ClsAnalysis} */ a) => [
  `| CLS of rendered cards = 0.000 (every load, bundle in \`<head>\`, \`defer\` or module) | max ${cls3(a.rendered.max)} over ${a.rendered.loads} loads | ${pass(a.checks.renderedCls)} |`,
];

/** @param {ClsAnalysis} a */
export function clsMarkdown(a) {
  const lazy = a.modes.find((mode) => mode.card === 'lazy');
  return [
    '## 7. Layout shift (CLS) per mode',
    '',
    `Chromium, viewport ${CLS_VIEWPORT.width}×${CLS_VIEWPORT.height}, one card between two paragraphs (a heading above) near the top of a 46rem article column. A \`layout-shift\` \`PerformanceObserver\` is inlined first in \`<head>\`; CLS is the largest session window of shifts without recent input (shifts under 1 s apart, windows up to 5 s), as Chrome computes it, until the card is \`ready\`, two frames and 300 ms more. \`src\` cards get their record ${RECORD_DELAY_MS} ms late (a server delay), so their placeholder is on screen first: they shift, unless the placeholder is as high as the screen and in the first paint (the README's rule, a classic bundle in \`<head>\`). The lazy card sits in the middle of a long article, ${Math.round(lazy?.cardTop ?? NaN)} px down (beyond its one-screen \`loading="lazy"\` margin), with article paragraphs after it: "reader stays above the fold" is what the page records without scrolling (1.5 s after load; the bench checks that the record was never requested); "reader scrolls down to it" scrolls 50 px every 50 ms until the card's top is 100 px below the top of the viewport, then waits for \`ready\`; "page jumps to it" gets there in one \`window.scrollTo\` right after load, as a fragment link or a fast fling would. Scrolling is not input for CLS, so shifts during it count. Only one line of text follows the top card, as in the issue's setup, so a shift there moves little: the same shifts score higher on a page with more text under the card. Each mode is loaded ${LOADS_PER_ROUND} × runs times, fresh context each time, modes rotated.`,
    '',
    '| mode | CLS median | CLS max | loads that shifted |',
    '|---|---:|---:|---:|',
    ...a.modes.map((mode) => `| ${mode.label} | ${cls3(mode.cls.median)} | ${cls3(mode.cls.max)} | ${mode.shifted} of ${mode.loads} |`),
    '',
    `Target CLS 0.000 for rendered cards in every load: ${pass(a.checks.renderedCls)}.`,
    '',
    ...(a.renderedShifts.length
      ? [
          'What moved in the loads of rendered cards that shifted (each shift: its score, its time since navigation start, and each source as the node, its rectangle before → after, in CSS px):',
          '',
          ...a.renderedShifts.flatMap(({ label, load, entries }) =>
            entries.map((shift) => `- ${label}, load ${load}: ${shift.value.toPrecision(2)} at ${Math.round(shift.startTime)} ms: ${shift.sources.join('; ') || 'no source'}`),
          ),
          '',
        ]
      : []),
  ];
}

/** @param {ClsAnalysis} a */
export function clsSummary(a) {
  const parts = a.modes.map((mode) => `${mode.id} ${cls3(mode.cls.median)}/${cls3(mode.cls.max)} (${mode.shifted}/${mode.loads})`);
  return `7. CLS median/max (loads shifted): ${parts.join(', ')}; rendered ${a.checks.renderedCls ? 'pass' : 'FAIL'}`;
}
