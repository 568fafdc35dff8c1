#!/usr/bin/env node
/**
 * Benchmarks of <compound-card> in headless Chromium ("Fast and tiny").
 *
 *   npm run build && node bench/run.mjs [--runs 7] [--warmup 1] [--cycles 500] [--cards 100]
 *                                       [--out BENCHMARKS.md] [--json raw-results.json]
 *
 * Serves dist/, demo/records/, bench/pages/ and generated pages from a local
 * node:http server on 127.0.0.1 (random port), alternates the variants of each
 * benchmark within every round, one fresh browser context per page load, and
 * reports min/median/max plus ratios against a floor measured in the same run:
 *
 *   1. 100 cards with embedded records vs the same content as static HTML
 *   2. 100 cards sharing one `src`: requests for the record, time to all ready
 *   3. one card: setting `record` to `updateComplete` and to the next paint
 *   4. 500 mount/unmount cycles: JS heap growth after forced GC, detached cards
 *   5. the script-tag bundle's fetch and evaluation vs a minimal Lit element bundle
 *
 * Writes BENCHMARKS.md and prints a summary. Exits 1 when a target is missed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { generatePages, probePage } from './content.mjs';
import { startServer } from './server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RECORD_PATH = '/demo/records/thymogen.json';
const VIEWPORT = { width: 1280, height: 800 };
const MB = 1024 * 1024;

const TARGETS = { cardStaticRatio: 2.0, requests: 1, heapGrowthBytes: 1 * MB, detachedCards: 0 };

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '1' },
    cycles: { type: 'string', default: '500' },
    cards: { type: 'string', default: '100' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    json: { type: 'string' },
  },
});
const intOption = (name, min) => {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return value;
};
const RUNS = intOption('runs', 1);
const WARMUP = intOption('warmup', 0);
const CYCLES = intOption('cycles', 1);
const CARDS = intOption('cards', 1);
const OUT = resolve(ROOT, options.out);
/** Cycles before the "before" heap reading, so one-time costs (templates, compiled code) are not counted as growth. */
const WARM_CYCLES = 20;
/** Samples of each kind per page in benchmark 3: the first is cold, the rest warm. */
const ONE_CARD_PAIRS = 10;
/** Page loads of each bundle per run in benchmark 5 (alternating); a run's figure is their median. */
const BUNDLE_LOADS = 5;

// ---------------------------------------------------------------- statistics

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => ({ min: Math.min(...xs), median: median(xs), max: Math.max(...xs), n: xs.length });
const ratio = (a, b) => a / b;
const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '—');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const signedKb = (bytes) => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1024).toFixed(0)} KiB`;
const x2 = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a');
const pass = (ok) => (ok ? '**pass**' : '**FAIL**');

// ---------------------------------------------------------------- environment

function git(...args) {
  try {
    return execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

async function buildBaseline(outDir) {
  const started = performance.now();
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'es2022',
      lib: {
        entry: join(BENCH, 'baseline', 'lit-element.js'),
        formats: ['iife'],
        name: 'litBaseline',
        fileName: () => 'lit-baseline.js',
      },
      rolldownOptions: { output: { minify: true } },
    },
  });
  return performance.now() - started;
}

// ---------------------------------------------------------------- browser helpers

let browser;
let server;

/** Rejects when `promise` takes longer than a minute: a card stuck in "loading" must not hang the run. */
function withTimeout(promise, message, timeout = 60_000) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), timeout);
    }),
  ]).finally(() => clearTimeout(timer));
}

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

/**
 * Loads `path` and returns what its bench script resolved `window.benchDone` with, plus the
 * page's main-thread totals from the CDP Performance domain (ms since the page was created).
 */
const measurePage = (path) =>
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

async function collectGarbage(cdp) {
  for (let i = 0; i < 4; i++) await cdp.send('HeapProfiler.collectGarbage');
}

/** Live objects whose prototype chain has CompoundCard.prototype (Runtime.queryObjects). */
async function countCardObjects(cdp) {
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

// ---------------------------------------------------------------- the benchmarks (one run each)

/** Benchmarks 1 and 2: one page load of a variant. */
async function pageRun(variant) {
  const path = { static: '/gen/static.html', embedded: '/gen/cards-embedded.html', src: '/gen/cards-src.html' }[variant];
  server.resetCounts();
  const bench = await measurePage(path);
  if (bench.cards !== CARDS) throw new Error(`${variant}: ${bench.cards} cards on the page, expected ${CARDS}`);
  if (variant !== 'static' && bench.ready !== CARDS) throw new Error(`${variant}: only ${bench.ready} cards ready`);
  const requests = server.count(RECORD_PATH);
  const resourceEntries = (bench.resources ?? []).filter((r) => r.path === RECORD_PATH).length;
  return { ...bench, requests, resourceEntries };
}

/** Benchmark 3: one fresh page, alternating card and static samples. */
const oneCardRun = (staticFirst) =>
  withPage(async (page) => {
    await page.goto(`${server.origin}/gen/one-card.html`, { waitUntil: 'load', timeout: 60_000 });
    return withTimeout(
      page.evaluate((pairs, first) => window.runOneCard(pairs, first), ONE_CARD_PAIRS, staticFirst),
      'one-card page did not finish',
    );
  });

/** Benchmark 4: heap before and after CYCLES mount/unmount cycles, detached cards, cycle times. */
const cyclesRun = (staticFirst) =>
  withPage(async (page) => {
    await page.goto(`${server.origin}/gen/cycles.html`, { waitUntil: 'load', timeout: 60_000 });
    const cdp = await page.createCDPSession();
    await page.evaluate((n) => Promise.all([window.runCardCycles(n), window.runStaticCycles(n)]), WARM_CYCLES);
    let staticMs;
    if (staticFirst) staticMs = await page.evaluate((n) => window.runStaticCycles(n), CYCLES);
    await collectGarbage(cdp);
    const before = await cdp.send('Runtime.getHeapUsage');
    const cardMs = await page.evaluate((n) => window.runCardCycles(n), CYCLES);
    await collectGarbage(cdp);
    const after = await cdp.send('Runtime.getHeapUsage');
    const alive = await page.evaluate(() => window.aliveCards());
    const removed = await page.evaluate(() => window.removedCards());
    const instances = await countCardObjects(cdp);
    if (!staticFirst) staticMs = await page.evaluate((n) => window.runStaticCycles(n), CYCLES);
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
      cardPerCycle: cardMs / CYCLES,
      staticPerCycle: staticMs / CYCLES,
    };
  });

/** Benchmark 5: one page load that times a bundle's `<script src>`. */
async function bundleRun(which) {
  const bench = await measurePage(which === 'card' ? '/gen/bundle-card.html' : '/gen/bundle-lit.html');
  if (!bench.defined) throw new Error(`${which} bundle did not register its element`);
  return bench;
}

// ---------------------------------------------------------------- main

async function main() {
  const started = performance.now();
  const bundlePath = join(ROOT, 'dist', 'compound-card.js');
  if (!existsSync(bundlePath)) throw new Error('dist/compound-card.js is missing: run `npm run build` first');
  const record = JSON.parse(await readFile(join(ROOT, 'demo', 'records', 'thymogen.json'), 'utf8'));
  const assets = {
    staticCss: await readFile(join(BENCH, 'pages', 'static.css'), 'utf8'),
    longTasksJs: await readFile(join(BENCH, 'pages', 'long-tasks.js'), 'utf8'),
  };
  const cardBundle = await readFile(bundlePath);

  const tmp = await mkdtemp(join(os.tmpdir(), 'compound-card-bench-'));
  const generated = new Map([['/gen/probe.html', probePage(record)]]);
  const loadBefore = os.loadavg();
  try {
    process.stdout.write('building the baseline Lit bundle… ');
    const buildMs = await buildBaseline(tmp);
    const litBundle = await readFile(join(tmp, 'lit-baseline.js'));
    console.log(`${ms(buildMs)} ms`);

    server = await startServer({
      mounts: {
        '/dist/': join(ROOT, 'dist'),
        '/demo/records/': join(ROOT, 'demo', 'records'),
        '/bench/': join(BENCH, 'pages'),
        '/baseline/': tmp,
      },
      generated,
    });
    browser = await puppeteer.launch({
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
    const chromium = await browser.version();
    console.log(`${chromium} at ${server.origin}; ${RUNS} runs (+${WARMUP} warm-up)`);

    // The static page carries the disclaimer exactly as the card renders it.
    const disclaimer = await withPage(async (page) => {
      await page.goto(`${server.origin}/gen/probe.html`, { waitUntil: 'load' });
      return page.evaluate(async () => {
        const card = document.querySelector('compound-card');
        await customElements.whenDefined('compound-card');
        await card.updateComplete;
        return card.shadowRoot.querySelector('[role="note"]').textContent.trim();
      });
    });
    for (const [path, html] of generatePages(record, disclaimer, assets, CARDS)) generated.set(path, html);

    const results = { static: [], embedded: [], src: [], oneCard: [], cycles: [], bundleCard: [], bundleLit: [] };
    for (let round = 0; round < WARMUP + RUNS; round++) {
      const keep = round >= WARMUP;
      const label = keep ? `run ${round - WARMUP + 1}/${RUNS}` : `warm-up ${round + 1}/${WARMUP}`;
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
        const result = await pageRun(variant);
        if (keep) results[variant].push(result);
      }
      step('pages');
      const oneCard = await oneCardRun(round % 2 === 0);
      if (keep) results.oneCard.push(oneCard);
      step('one-card');
      const cycles = await cyclesRun(round % 2 === 1);
      if (keep) results.cycles.push(cycles);
      step('cycles');
      const loads = { card: [], lit: [] };
      for (let i = 0; i < BUNDLE_LOADS; i++) {
        for (const which of (round + i) % 2 === 0 ? ['card', 'lit'] : ['lit', 'card']) loads[which].push(await bundleRun(which));
      }
      if (keep) {
        const medianLoad = (rows) => Object.fromEntries(['fetch', 'evaluate', 'blocked'].map((key) => [key, median(rows.map((row) => row[key]))]));
        results.bundleCard.push(medianLoad(loads.card));
        results.bundleLit.push(medianLoad(loads.lit));
      }
      step('bundles');
      console.log(` (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }

    const report = analyse(results, {
      chromium,
      cards: CARDS,
      cardBundle,
      litBundle,
      loadBefore,
      loadAfter: os.loadavg(),
      seconds: (performance.now() - started) / 1000,
    });
    const notes = existsSync(join(BENCH, 'notes.md')) ? (await readFile(join(BENCH, 'notes.md'), 'utf8')).trim() : '';
    await writeFile(OUT, markdown(report, notes));
    if (options.json) await writeFile(resolve(process.cwd(), options.json), JSON.stringify({ results, report }, null, 1));
    console.log(summary(report));
    console.log(`wrote ${options.out}`);
    return report.allPass;
  } finally {
    await browser?.close();
    await server?.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- analysis

function analyse(results, env) {
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

/**
 * One paragraph from the measured numbers: which benchmark is furthest from its
 * floor, and which kind of main-thread work the 100-card page spends most on.
 */
function dominates(r) {
  const n = r.env.cards;
  const floors = [
    [`the ${n}-card page with embedded records against the static page`, r.pages.cardStatic],
    [`the ${n}-card page with a shared \`src\` against the static page`, r.pages.srcStatic],
    ['one warm card from `record` to paint against inserting the same static DOM', r.oneCard.warm.ratio],
    ['one mount/unmount cycle against the same static DOM', r.cycles.ratio],
    ['evaluating the bundle against the minimal Lit bundle', r.bundle.ratio],
  ]
    .filter(([, value]) => Number.isFinite(value))
    .sort((a, b) => b[1] - a[1]);
  const sentences = [
    `Furthest from its floor is ${floors[0][0]} (${x2(floors[0][1])}), then ${floors[1][0]} (${x2(floors[1][1])}).`,
  ];
  const card = r.pages.mainThread.embedded;
  const plain = r.pages.mainThread.static;
  const kinds = [
    ['layout', card.layout, plain.layout],
    ["the cards' first render (validation, Lit templates, DOM)", card.firstRender, 0],
    ['bundle evaluation', card.evaluate, 0],
    ['style recalculation', card.style, plain.style],
    ['other main-thread work (HTML parsing, paint)', card.other, plain.other],
  ].sort((a, b) => b[1] - a[1]);
  const [top] = kinds;
  const byExtra = [...kinds].sort((a, b) => b[1] - b[2] - (a[1] - a[2]))[0];
  sentences.push(
    `On the ${n}-card page the largest share of main-thread time is ${top[0]}: ${ms(top[1])} of ${ms(card.task)} ms (the static page: ${ms(top[2])} of ${ms(plain.task)} ms); the kind of work that grows most over the static page is ${byExtra[0]} (+${ms(byExtra[1] - byExtra[2])} ms).`,
  );
  if (r.pages.splitValid) {
    const m = r.pages.milestones.embedded;
    sentences.push(
      `The cards' first render runs as one task of ${ms(m.firstRender)} ms (${ms(m.firstRender / n)} ms per card; the page's longest task is ${ms(card.longestTask)} ms against ${ms(plain.longestTask)} ms on the static page), and evaluating the bundle takes ${ms(m.evaluate)} ms once per page.`,
    );
  }
  // Embedded cards each parse and validate their record; shared-src cards render one validated record.
  const perCard = (burst) => burst / Math.max(1, n - 1);
  const embeddedEach = perCard(r.pages.milestones.embedded.loadBurst);
  const sharedEach = perCard(r.pages.milestones.src.loadBurst);
  if (Number.isFinite(embeddedEach) && Number.isFinite(sharedEach) && embeddedEach > sharedEach) {
    sentences.push(
      `Per card, the render burst takes ${ms(embeddedEach)} ms with embedded records and ${ms(sharedEach)} ms with a shared \`src\` (one validation for all), so Lit rendering is about ${ms(sharedEach)} ms and parsing plus validating a record about ${ms(embeddedEach - sharedEach)} ms of each card.`,
    );
  }
  return sentences.join(' ');
}

// ---------------------------------------------------------------- output

const row = (name, s, fmt = ms) => `| ${name} | ${fmt(s.min)} | ${fmt(s.median)} | ${fmt(s.max)} |`;
const STAT_HEAD = '| | min | median | max |\n|---|---:|---:|---:|';

function markdown(r, notes) {
  const cpus = os.cpus();
  const e = r.env;
  const P = r.pages;
  const ms1 = P.milestones;
  const mt = P.mainThread;
  const lines = [];
  const add = (...xs) => lines.push(...xs);
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
    `| cpu | ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores |`,
    `| memory | ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB |`,
    `| load average (1 min) | ${e.loadBefore[0].toFixed(2)} before, ${e.loadAfter[0].toFixed(2)} after |`,
    `| node | ${process.version} |`,
    `| browser | ${e.chromium} (headless, viewport ${VIEWPORT.width}×${VIEWPORT.height}) |`,
    `| card | commit ${git('rev-parse', '--short', 'HEAD') || 'unknown'}${git('status', '--porcelain', '--', 'src') ? ' (src/ has uncommitted changes)' : ''}; bundle sha256 ${createHash('sha256').update(e.cardBundle).digest('hex').slice(0, 16)}… |`,
    `| runs | ${RUNS} measured, after ${WARMUP} warm-up round(s); variants alternate within each round; ${e.seconds.toFixed(0)} s in all |`,
    '',
    'Figures are milliseconds unless marked; min/median/max are over the runs; ratios are medians over medians from the same run.',
    '',
    '## Results',
    '',
    '| target | measured | result |',
    '|---|---|---|',
    `| ${e.cards} cards / static page ≤ ${TARGETS.cardStaticRatio.toFixed(1)}× | ${x2(P.cardStatic)} | ${pass(r.checks.cardStatic)} |`,
    `| requests for a shared \`src\` = ${TARGETS.requests} | ${[...new Set(r.shared.requests)].join(', ')} (server), ${[...new Set(r.shared.resourceEntries)].join(', ')} (resource entries) | ${pass(r.checks.requests)} |`,
    `| JS heap growth over ${CYCLES} cycles < 1 MB in every run | ${signedKb(r.cycles.growth.median)} median, ${signedKb(r.cycles.growth.max)} max | ${pass(r.checks.heap)} |`,
    `| detached cards after GC = 0 | ${r.cycles.alive.max} (WeakRefs), ${r.cycles.instances.max} (queryObjects) | ${pass(r.checks.detached)} |`,
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
    `| *first render of all cards (rendered − defined)* | — | ${ms(ms1.embedded.firstRender)} | ${ms(ms1.src.firstRender)} (loading state) |`,
    `| *load-event burst (last − first load event)* | — | ${ms(ms1.embedded.loadBurst)} | ${ms(ms1.src.loadBurst)} |`,
    '',
    P.splitValid
      ? 'Chromium may run a frame (style, layout, paint) between two deferred scripts, so for the embedded page most of the style and layout falls between "first render done" and "all ready".'
      : '_The evaluate/render split is not reliable in this run: some cards had rendered before the definition callback ran._',
    '',
    'Main-thread time per page load (medians, ms): style, layout and all tasks from CDP `Performance.getMetrics` (from page creation to the measurement); bundle evaluation and first render from the page\'s marks above (CDP\'s script time leaves out microtasks, where Lit renders); long tasks from a `PerformanceObserver`. For the shared-`src` page the first render is the loading state; the record\'s render falls under "everything else".',
    '',
    '| | static | cards, embedded | cards, shared `src` |',
    '|---|---:|---:|---:|',
    ...[
      ['bundle evaluation (marks)', 'evaluate'],
      ['first render of the cards: validation, templates, DOM (marks)', 'firstRender'],
      ['style recalculation', 'style'],
      ['layout', 'layout'],
      ['everything else (HTML parsing, paint, later renders, other tasks)', 'other'],
      ['**all tasks**', 'task'],
      ['longest task', 'longestTask'],
      ['total blocking time (tasks over 50 ms)', 'blockingTime'],
    ].map(([label, key]) => `| ${label} | ${ms(mt.static[key])} | ${ms(mt.embedded[key])} | ${ms(mt.src[key])} |`),
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
    `## 4. ${CYCLES} mount/unmount cycles`,
    '',
    `Each cycle creates a card, sets the record, appends it, awaits \`updateComplete\` and removes it (all in microtasks, so no frame runs in between). The floor clones the static card from a \`<template>\`, appends it and removes it. After ${WARM_CYCLES} warm-up cycles the heap is read (\`HeapProfiler.collectGarbage\` ×4, then \`Runtime.getHeapUsage\`), then again after the ${CYCLES} cycles. Every removed card is held only by a WeakRef; after GC the live ones are counted, and \`Runtime.queryObjects\` counts objects with \`CompoundCard.prototype\` in their chain.`,
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
    '## What dominates the cost',
    '',
    dominates(r),
    '',
  );
  if (notes) add('## Notes', '', notes, '');
  return lines.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n');
}

function summary(r) {
  const P = r.pages;
  return [
    '',
    `1. ${r.env.cards} cards ${ms(P.totals.embedded.median)} ms [${ms(P.totals.embedded.min)}–${ms(P.totals.embedded.max)}] vs static ${ms(P.totals.static.median)} ms [${ms(P.totals.static.min)}–${ms(P.totals.static.max)}]: ${x2(P.cardStatic)} (≤ ${TARGETS.cardStaticRatio}) ${r.checks.cardStatic ? 'pass' : 'FAIL'}`,
    `2. shared src: requests ${r.shared.requests.join(',')}, ready ${ms(r.shared.allReady.median)} ms, painted ${ms(P.totals.src.median)} ms [${ms(P.totals.src.min)}–${ms(P.totals.src.max)}], ${x2(P.srcStatic)} static ${r.checks.requests ? 'pass' : 'FAIL'}`,
    `3. one card: updateComplete ${ms(r.oneCard.warm.cardUpdate.median)} ms warm / ${ms(r.oneCard.cold.cardUpdate.median)} ms cold, paint ${ms(r.oneCard.warm.cardPaint.median)} ms warm / ${ms(r.oneCard.cold.cardPaint.median)} ms cold; static ${ms(r.oneCard.warm.staticPaint.median)} / ${ms(r.oneCard.cold.staticPaint.median)} ms: ${x2(r.oneCard.warm.ratio)} warm, ${x2(r.oneCard.cold.ratio)} cold`,
    `4. ${CYCLES} cycles: heap ${signedKb(r.cycles.growth.median)} [${signedKb(r.cycles.growth.min)} … ${signedKb(r.cycles.growth.max)}] ${r.checks.heap ? 'pass' : 'FAIL'}; alive ${r.cycles.alive.max}, instances ${r.cycles.instances.max} ${r.checks.detached ? 'pass' : 'FAIL'}; ${ms(r.cycles.cardPerCycle.median)} ms/cycle (${x2(r.cycles.ratio)} static)`,
    `5. bundle ${kb(r.bundle.sizes.card.gzip)} gz: evaluate ${ms(r.bundle.card.evaluate.median)} ms [${ms(r.bundle.card.evaluate.min)}–${ms(r.bundle.card.evaluate.max)}] vs Lit ${ms(r.bundle.lit.evaluate.median)} ms [${ms(r.bundle.lit.evaluate.min)}–${ms(r.bundle.lit.evaluate.max)}]: ${x2(r.bundle.ratio)}`,
    r.allPass ? 'all targets met' : 'TARGETS MISSED',
  ].join('\n');
}

main().then(
  (ok) => {
    process.exitCode = ok ? 0 : 1;
  },
  (error) => {
    console.error(`\nbench failed: ${error?.stack ?? error}`);
    process.exitCode = 2;
  },
);
