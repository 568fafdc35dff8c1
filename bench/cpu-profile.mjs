/**
 * A CPU profile (CDP Profiler, sampled every 100 µs) of one card's cold first render: a
 * fresh context, the article with one client-rendered card (record embedded, bundle
 * `defer`), the CPU throttled 4×, from navigation to the card ready and the main thread
 * quiet. The report lists the functions with the most self time, so the next hot spot is
 * visible; a position in the minified bundle comes with the code found there (report).
 */
import { withTimeout } from './browser.mjs';
import { BLANK_PATH, onePath } from './main-thread-pages.mjs';
import { PHONE_VIEWPORT, TARGET_RATE } from './main-thread.mjs';

/**
 * The rates profiled: 4× as the rest of the section, and 1×, because Chromium throttles by
 * holding the thread in a signal handler, so at 4× most samples land in "(program)" and the
 * functions' own shares are harder to read.
 */
export const PROFILE_RATES = [TARGET_RATE, 1];

export const PROFILED_PAGE = 'client-defer';
const SAMPLING_US = 100;

/**
 * @typedef {{ functionName: string, url: string, lineNumber: number, columnNumber: number }} CallFrame
 * @typedef {{ id: number, callFrame: CallFrame }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[], startTime: number, endTime: number }} Profile
 * @typedef {{ functionName: string, url: string, line: number, column: number, selfMs: number }} HotFunction
 */

/**
 * Self time per function (name and position), in ms: each sample lasts until the next one.
 * @param {Profile} profile
 * @returns {Map<string, HotFunction>}
 */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<string, HotFunction>} */
  const functions = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const next = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] : 0;
    const frame = byId.get(profile.samples[i])?.callFrame;
    if (!frame) continue;
    const key = `${frame.functionName}@${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
    const entry = functions.get(key) ?? {
      functionName: frame.functionName || '(anonymous)',
      url: frame.url,
      line: frame.lineNumber + 1,
      column: frame.columnNumber + 1,
      selfMs: 0,
    };
    entry.selfMs += next / 1000;
    functions.set(key, entry);
  }
  return functions;
}

/**
 * Profiles `loads` fresh loads and returns the functions by self time, averaged per load.
 * The blank page of the same origin comes first (as in main-thread.mjs), so the profiler
 * is started in the renderer that then loads the measured page.
 * @param {import('./browser.mjs').BenchContext} context
 * @param {{ loads: number, rate: number }} options
 */
export async function profileColdRender({ withPage, server }, { loads, rate }) {
  /** @type {Map<string, HotFunction>} */
  const total = new Map();
  let profiledMs = 0;
  let idleMs = 0;
  for (let i = 0; i < loads; i++) {
    const profile = await withPage(async (page) => {
      await page.setViewport(PHONE_VIEWPORT);
      await page.goto(server.origin + BLANK_PATH, { waitUntil: 'load' });
      await page.emulateCPUThrottling(rate);
      const cdp = await page.createCDPSession();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
      await cdp.send('Profiler.start');
      await page.goto(server.origin + onePath(PROFILED_PAGE), { waitUntil: 'load', timeout: 120_000 });
      const benchDone = page.evaluate(() => /** @type {import('./browser.mjs').BenchWindow} */ (window).benchDone);
      const done = /** @type {import('./main-thread.mjs').MainThreadDone} */ (await withTimeout(benchDone, 'profiled page did not settle', 120_000));
      if (done.ready !== 1) throw new Error('profiled card is not ready');
      const { profile } = await cdp.send('Profiler.stop');
      return /** @type {Profile} */ (profile);
    });
    profiledMs += (profile.endTime - profile.startTime) / 1000;
    for (const [key, entry] of selfTimes(profile)) {
      const sum = total.get(key) ?? { ...entry, selfMs: 0 };
      sum.selfMs += entry.selfMs;
      total.set(key, sum);
      if (entry.functionName === '(idle)') idleMs += entry.selfMs;
    }
  }
  const functions = [...total.values()].map((entry) => ({ ...entry, selfMs: entry.selfMs / loads }));
  // The page's own inline script is the bench's (pages/main-thread-done.js waiting for quiet): not the card's.
  const pageUrl = server.origin + onePath(PROFILED_PAGE);
  const isBench = (/** @type {HotFunction} */ entry) => entry.url === pageUrl;
  const busy = functions.filter((entry) => entry.functionName !== '(idle)' && !isBench(entry));
  return {
    loads,
    rate,
    page: PROFILED_PAGE,
    profiledMs: profiledMs / loads,
    idleMs: idleMs / loads,
    busyMs: busy.reduce((sum, entry) => sum + entry.selfMs, 0),
    benchMs: functions.filter(isBench).reduce((sum, entry) => sum + entry.selfMs, 0),
    top: busy.sort((a, b) => b.selfMs - a.selfMs).slice(0, 15),
  };
}
