/**
 * Headless Chromium for the benchmarks: the launch, a fresh page per load, and the
 * DevTools-protocol readings (main-thread totals, garbage collection, live cards).
 */
import puppeteer from 'puppeteer-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 1280, height: 800 };

/**
 * @typedef {import('puppeteer-core').Page} Page
 * @typedef {import('puppeteer-core').CDPSession} CDPSession
 * @typedef {<T>(use: (page: Page) => Promise<T>) => Promise<T>} WithPage
 * @typedef {{ withPage: WithPage, server: import('./server.mjs').BenchServer }} BenchContext
 *   what run.mjs hands every benchmark: the fresh-context page loader and the bench server
 */

/**
 * A `<compound-card>` as the bench reads it in the page: the few members of the element
 * (src/compound-card.ts) that the bench's evaluated functions touch.
 * @typedef {HTMLElement & { status: string, updateComplete: Promise<boolean>, hasUpdated: boolean }} CardElement
 */

/**
 * What the bench's page scripts (bench/pages/*.js) put on `window` for Node to read through
 * `page.evaluate`. `benchDone` resolves with a different object on each kind of page, so it
 * is `unknown` here and each reader states the shape its page's script builds.
 * @typedef {Window & typeof globalThis & {
 *   benchDone: Promise<unknown>,
 *   runOneCard: (pairs: number, staticFirst: boolean) => Promise<import('./benchmarks.mjs').OneCardRun>,
 *   runCardCycles: (count: number) => Promise<number>,
 *   runStaticCycles: (count: number) => Promise<number>,
 *   aliveCards: () => number,
 *   removedCards: () => number,
 * }} BenchWindow
 */

/**
 * The page's main-thread totals from CDP `Performance.getMetrics`, in ms since the page was created.
 * @typedef {{ style: number, layout: number, task: number, nodes: number | undefined }} CdpMainThread
 */

/**
 * Rejects when `promise` takes longer than a minute: a card stuck in "loading" must not hang the run.
 * @template T
 * @param {Promise<T>} promise
 * @param {string} message
 * @param {number} [timeout] ms
 * @returns {Promise<T>}
 */
export function withTimeout(promise, message, timeout = 60_000) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  return Promise.race([
    promise,
    /** @type {Promise<never>} */ (
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), timeout);
      })
    ),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Starts Chromium with the flags the benchmarks rely on (`--expose-gc` for the heap
 * readings) and returns its version, `withPage` and `close`: the benchmark modules get
 * `withPage`, never the browser, so every load goes through the same fresh context.
 */
export async function launchBrowser() {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--js-flags=--expose-gc',
    ],
  });

  /**
   * A fresh incognito-like context and page with the HTTP cache disabled; closed after `use`.
   * @template T
   * @param {(page: Page) => Promise<T>} use
   * @returns {Promise<T>}
   */
  async function withPage(use) {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setViewport(VIEWPORT);
      await page.setCacheEnabled(false);
      /** @type {string[]} */
      const errors = [];
      // Puppeteer reports an uncaught exception as an Error, or a thrown primitive as itself.
      page.on('pageerror', (error) => errors.push(String(error instanceof Error ? error.message : error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      const result = await use(page);
      if (errors.length > 0) throw new Error(`page errors: ${errors.join(' | ')}`);
      return result;
    } finally {
      await context.close();
    }
  }

  return { version: () => browser.version(), withPage, close: () => browser.close() };
}

/**
 * Loads `path` and returns what its bench script resolved `window.benchDone` with, plus the
 * page's main-thread totals from the CDP Performance domain (ms since the page was created).
 * @template {object} T the object the page's bench script builds (bench/pages/*.js), as the
 *   caller knows it from that script
 * @param {BenchContext} context
 * @param {string} path
 * @returns {Promise<T & { mainThread: CdpMainThread }>}
 */
export const measurePage = ({ withPage, server }, path) =>
  withPage(async (page) => {
    await page.goto(server.origin + path, { waitUntil: 'load', timeout: 60_000 });
    const done = await withTimeout(page.evaluate(() => /** @type {BenchWindow} */ (window).benchDone), `${path} did not finish`);
    const bench = /** @type {T & { mainThread: CdpMainThread }} */ (done);
    const metrics = await page.metrics();
    const msOf = (/** @type {keyof import('puppeteer-core').Metrics} */ key) => (metrics[key] ?? NaN) * 1000;
    bench.mainThread = {
      style: msOf('RecalcStyleDuration'),
      layout: msOf('LayoutDuration'),
      task: msOf('TaskDuration'),
      nodes: metrics.Nodes,
    };
    return bench;
  });

/** @param {CDPSession} cdp */
export async function collectGarbage(cdp) {
  for (let i = 0; i < 4; i++) await cdp.send('HeapProfiler.collectGarbage');
}

/**
 * Live objects whose prototype chain has CompoundCard.prototype (Runtime.queryObjects).
 * @param {CDPSession} cdp
 * @returns {Promise<number>}
 */
export async function countCardObjects(cdp) {
  const group = 'bench-query';
  try {
    const { result: proto } = await cdp.send('Runtime.evaluate', {
      expression: "customElements.get('compound-card').prototype",
      objectGroup: group,
    });
    if (!proto.objectId) throw new Error('compound-card is not defined on the page: no prototype to count');
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId, objectGroup: group });
    if (!objects.objectId) throw new Error('Runtime.queryObjects returned no array of objects');
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    return result.value;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group });
  }
}
