/**
 * Lighthouse 12.8.2, mobile preset (simulated 4× CPU and a slow network), on the article
 * with one card (main-thread-pages.mjs `LIGHTHOUSE_PAGES`, served by the bench server on
 * loopback): the card as HTML only; client-rendered (embedded record), `src`, and
 * server-rendered with its takeover, each placed as the README advises above the fold, and
 * each with the bundle `defer`. Each run is the Lighthouse CLI in
 * a child process launching its own Chromium (CHROME_PATH), pages rotated per round.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ABOVE_THE_FOLD, LIGHTHOUSE_PAGES, WITH_DEFER, lighthousePath } from './main-thread-pages.mjs';
import { median, stats } from './stats.mjs';

const CLI = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));
const CHROME_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const LIGHTHOUSE_TARGETS = { blockingTime: 50, lcpOverHtml: 1.1, accessibility: 100 };
const run = promisify(execFile);

/**
 * @typedef {{ performance: number, accessibility: number, tbt: number, lcp: number, fcp: number, cls: number, benchmarkIndex: number, version: string }} LighthouseRun
 */

/**
 * One Lighthouse run of `url`.
 * @param {string} url
 * @param {string} dir a scratch directory for the JSON report
 * @returns {Promise<LighthouseRun>}
 */
async function lighthouseOnce(url, dir) {
  const output = join(dir, 'report.json');
  await run(
    process.execPath,
    [CLI, url, '--output=json', `--output-path=${output}`, '--only-categories=performance,accessibility', '--chrome-flags=--headless=new --no-sandbox', '--quiet'],
    { env: { ...process.env, CHROME_PATH }, timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
  );
  const report = /** @type {import('lighthouse').Result} */ (JSON.parse(await readFile(output, 'utf8')));
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const audit = (/** @type {string} */ id) => report.audits[id]?.numericValue ?? NaN;
  const score = (/** @type {string} */ id) => Math.round((report.categories[id]?.score ?? NaN) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    tbt: audit('total-blocking-time'),
    lcp: audit('largest-contentful-paint'),
    fcp: audit('first-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    benchmarkIndex: report.environment?.benchmarkIndex ?? NaN,
    version: report.lighthouseVersion,
  };
}

/**
 * `runs` rounds of the pages, rotated.
 * @param {{ server: { origin: string, compress: (on: boolean) => void } }} context
 * @param {{ runs: number }} options
 * @returns {Promise<Record<string, LighthouseRun[]>>}
 */
export async function runLighthouseBench({ server }, { runs }) {
  /** @type {Record<string, LighthouseRun[]>} */
  const results = Object.fromEntries(LIGHTHOUSE_PAGES.map((id) => [id, []]));
  const dir = await mkdtemp(join(os.tmpdir(), 'compound-card-lighthouse-'));
  // Compressed, as a host serves them: Lighthouse simulates a slow network from what it sees sent.
  server.compress(true);
  try {
    for (let round = 0; round < runs; round++) {
      const started = performance.now();
      process.stdout.write(`Lighthouse, run ${round + 1}/${runs}:`);
      for (let i = 0; i < LIGHTHOUSE_PAGES.length; i++) {
        const id = LIGHTHOUSE_PAGES[(i + round) % LIGHTHOUSE_PAGES.length];
        const result = await lighthouseOnce(server.origin + lighthousePath(id), dir);
        results[id].push(result);
        process.stdout.write(` ${id} ${result.performance}/${result.tbt.toFixed(0)} ms`);
      }
      console.log(` (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    server.compress(false);
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}

/**
 * Medians per page and the targets: each card placed as the README advises above the fold
 * scores the HTML-only page's performance with TBT ≤ 50 ms; the
 * server-rendered page's LCP (the bundle after the first paint) within 10 % of the HTML-only
 * page's; accessibility 100 everywhere. The `defer` pages' scores, TBT and LCP are reported
 * with verdicts of their own.
 * @param {Record<string, LighthouseRun[]>} results
 */
export function analyseLighthouse(results) {
  const keys = /** @type {const} */ (['performance', 'accessibility', 'tbt', 'lcp', 'fcp', 'cls', 'benchmarkIndex']);
  const pages = Object.fromEntries(
    Object.entries(results).map(([id, rows]) => [id, Object.fromEntries(keys.map((key) => [key, stats(rows.map((row) => row[key]))]))]),
  );
  const html = pages.html;
  // The server-rendered page as the README advises for pages of server-rendered cards: the
  // bundle after the first paint. With `defer`, Lighthouse's simulation counts the bundle's
  // download and evaluation in the LCP whenever the bundle arrived before the observed paint.
  const lcpRatio = pages[ABOVE_THE_FOLD.ssr].lcp.median / html.lcp.median;
  // A client-rendered or `src` card can only be in the first paint if the bundle has run
  // before it: with `defer`, whether it has is a race, and the paragraph under the card moves.
  const scores = (/** @type {Record<string, string>} */ ids) => Object.values(ids).every((id) => pages[id].performance.median === html.performance.median);
  // Lighthouse's TBT counts the tasks after the first contentful paint, each observed on this
  // machine and multiplied by 4: a task of 12.5 ms here blocks. With `defer`, the bundle's
  // evaluation (about 10 ms of CPU time on a 2-core machine, more whenever it is busy) lands after
  // that paint, so those pages' TBT moves with the machine's load from run to run.
  const blocking = (/** @type {Record<string, string>} */ ids) => Object.values(ids).every((id) => pages[id].tbt.median <= LIGHTHOUSE_TARGETS.blockingTime);
  return {
    pages,
    lcpRatio,
    lcpRatioDefer: pages[WITH_DEFER.ssr].lcp.median / html.lcp.median,
    scoreDefer: scores(WITH_DEFER),
    tbtDefer: blocking(WITH_DEFER),
    version: results.html[0]?.version ?? '?',
    benchmarkIndex: median(Object.values(results).flat().map((row) => row.benchmarkIndex)),
    checks: {
      lighthouseScore: scores(ABOVE_THE_FOLD),
      lighthouseTbt: blocking(ABOVE_THE_FOLD),
      lighthouseLcp: lcpRatio <= LIGHTHOUSE_TARGETS.lcpOverHtml,
      lighthouseAccessibility: LIGHTHOUSE_PAGES.every((id) => pages[id].accessibility.min >= LIGHTHOUSE_TARGETS.accessibility),
    },
  };
}
