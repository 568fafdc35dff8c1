/**
 * Headless Chromium for the benchmarks: the launch, a fresh page per load, and the
 * DevTools-protocol readings (main-thread totals, garbage collection, live cards).
 */
import puppeteer from 'puppeteer-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 1280, height: 800 };

/** Rejects when `promise` takes longer than a minute: a card stuck in "loading" must not hang the run. */
export function withTimeout(promise, message, timeout = 60_000) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), timeout);
    }),
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

  /** A fresh incognito-like context and page with the HTTP cache disabled; closed after `use`. */
  async function withPage(use) {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setViewport(VIEWPORT);
      await page.setCacheEnabled(false);
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
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
 */
export const measurePage = ({ withPage, server }, path) =>
  withPage(async (page) => {
    await page.goto(server.origin + path, { waitUntil: 'load', timeout: 60_000 });
    const bench = await withTimeout(page.evaluate(() => window.benchDone), `${path} did not finish`);
    const metrics = await page.metrics();
    const msOf = (key) => (metrics[key] ?? NaN) * 1000;
    bench.mainThread = {
      style: msOf('RecalcStyleDuration'),
      layout: msOf('LayoutDuration'),
      task: msOf('TaskDuration'),
      nodes: metrics.Nodes,
    };
    return bench;
  });

export async function collectGarbage(cdp) {
  for (let i = 0; i < 4; i++) await cdp.send('HeapProfiler.collectGarbage');
}

/** Live objects whose prototype chain has CompoundCard.prototype (Runtime.queryObjects). */
export async function countCardObjects(cdp) {
  const group = 'bench-query';
  try {
    const { result: proto } = await cdp.send('Runtime.evaluate', {
      expression: "customElements.get('compound-card').prototype",
      objectGroup: group,
    });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId, objectGroup: group });
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
