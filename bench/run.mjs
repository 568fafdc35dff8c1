#!/usr/bin/env node
/**
 * Benchmarks of <compound-card> in headless Chromium ("Fast and tiny").
 *
 *   npm run build && node bench/run.mjs [--runs 7] [--warmup 1] [--cycles 500] [--cards 100]
 *                                       [--out BENCHMARKS.md] [--json raw-results.json]
 *                                       [--main-thread-runs 5] [--lighthouse-runs 5]
 *                                       [--before bench/recorded/main-thread-before.json]
 *                                       [--record FILE] [--note TEXT]
 *   node bench/run.mjs --only main-thread [--runs 5] [--out FILE] …   only section 8
 *
 * `--only main-thread` runs section 8 alone (`--runs` then sets its rounds) and writes
 * Markdown only where `--out` says; `--record FILE` saves section 8's medians so a later
 * run can print them beside its own (`--before FILE`, with `--note` saying what they were).
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
 *   6. 100 server-rendered cards vs the same static HTML and vs 100 iframe embeds (ssr.mjs)
 *   7. layout shift (CLS) per mode: rendered, embedded ×3 placements, `src` (and reserved), lazy (cls.mjs)
 *   8. the main thread: one card at 4× and 6× CPU, 100 cards at 1×, against HTML only
 *      (traces), Lighthouse mobile, CPU profiles of a cold render (main-thread-section.mjs)
 *
 * Benchmarks 1 to 5 are in benchmarks.mjs; the browser in browser.mjs; statistics in
 * stats.mjs; ratios and targets in analysis.mjs; BENCHMARKS.md in report.mjs. This file
 * reads the options, prepares what every benchmark shares (the baseline bundle, the
 * server, the browser, the pages) and runs them in order.
 *
 * Writes BENCHMARKS.md and prints a summary. Exits 1 when a target is missed.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { analyse } from './analysis.mjs';
import { runBenchmarks } from './benchmarks.mjs';
import { launchBrowser } from './browser.mjs';
import { runClsBench } from './cls.mjs';
import { clsPages } from './cls-pages.mjs';
import { completeRecord, generatePages, probePage } from './content.mjs';
import { runImportBench } from './import-pages.mjs';
import { mainThreadPages } from './main-thread-pages.mjs';
import { mainThreadDocument, mainThreadSummary, recordable } from './main-thread-report.mjs';
import { runMainThreadSection } from './main-thread-section.mjs';
import { identity, markdown, summary } from './report.mjs';
import { startServer } from './server.mjs';
import { runSsrBench } from './ssr.mjs';
import { ssrPages } from './ssr-pages.mjs';
import { ms } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '1' },
    cycles: { type: 'string', default: '500' },
    cards: { type: 'string', default: '100' },
    out: { type: 'string' },
    json: { type: 'string' },
    only: { type: 'string' },
    'main-thread-runs': { type: 'string' },
    'lighthouse-runs': { type: 'string', default: '5' },
    before: { type: 'string', default: 'bench/recorded/main-thread-before.json' },
    record: { type: 'string' },
    note: { type: 'string', default: '' },
  },
});
if (options.only !== undefined && options.only !== 'main-thread') throw new Error('--only takes one value: main-thread');
const ONLY_MAIN_THREAD = options.only === 'main-thread';
/**
 * @param {'runs' | 'warmup' | 'cycles' | 'cards' | 'main-thread-runs' | 'lighthouse-runs'} name
 * @param {number} min
 */
const intOption = (name, min) => {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return value;
};
const RUNS = intOption('runs', 1);
const WARMUP = intOption('warmup', 0);
const CYCLES = intOption('cycles', 1);
const CARDS = intOption('cards', 1);
const OUT_NAME = options.out ?? (ONLY_MAIN_THREAD ? undefined : 'BENCHMARKS.md');
// Section 8 alone: `--runs` sets its rounds; in the whole run it has its own (at least 5, as its targets ask).
const MAIN_THREAD_RUNS = options['main-thread-runs'] !== undefined ? intOption('main-thread-runs', 1) : ONLY_MAIN_THREAD ? RUNS : 5;
const LIGHTHOUSE_RUNS = intOption('lighthouse-runs', 0);

/**
 * Benchmark 5's floor: a Lit element with one property, built in this run as the card is (IIFE, minified).
 * @param {string} outDir
 * @returns {Promise<number>} the build's ms
 */
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

async function main() {
  const started = performance.now();
  const bundlePath = join(ROOT, 'dist', 'compound-card.js');
  if (!existsSync(bundlePath)) throw new Error('dist/compound-card.js is missing: run `npm run build` first');
  // The repository's own demo record, which the tests hold valid.
  const record = /** @type {import('../dist/esm/schema.js').CompoundRecord} */ (JSON.parse(await readFile(join(ROOT, 'demo', 'records', 'thymogen.json'), 'utf8')));
  const assets = {
    staticCss: await readFile(join(BENCH, 'pages', 'static.css'), 'utf8'),
    longTasksJs: await readFile(join(BENCH, 'pages', 'long-tasks.js'), 'utf8'),
  };
  const cardBundle = await readFile(bundlePath);

  const tmp = await mkdtemp(join(os.tmpdir(), 'compound-card-bench-'));
  const generated = new Map([['/gen/probe.html', probePage(record)]]);
  const loadBefore = os.loadavg();
  /** @type {Awaited<ReturnType<typeof launchBrowser>> | undefined} */
  let browser;
  /** @type {import('./server.mjs').BenchServer | undefined} */
  let server;
  try {
    let litBundle;
    if (!ONLY_MAIN_THREAD) {
      process.stdout.write('building the baseline Lit bundle… ');
      const buildMs = await buildBaseline(tmp);
      litBundle = await readFile(join(tmp, 'lit-baseline.js'));
      console.log(`${ms(buildMs)} ms`);
    }

    // Served from a copy, so a build running meanwhile cannot change what is measured.
    await cp(join(ROOT, 'dist'), join(tmp, 'dist'), { recursive: true });
    server = await startServer({
      mounts: {
        '/dist/': join(tmp, 'dist'),
        '/demo/records/': join(ROOT, 'demo', 'records'),
        '/bench/': join(BENCH, 'pages'),
        '/baseline/': tmp,
      },
      generated,
    });
    browser = await launchBrowser();
    const { withPage } = browser;
    const context = { withPage, server };
    const chromium = await browser.version();
    console.log(`${chromium} at ${server.origin}; ${ONLY_MAIN_THREAD ? MAIN_THREAD_RUNS : RUNS} runs (+${WARMUP} warm-up)`);
    const ssrEntry = /** @type {import('./ssr-pages.mjs').SsrEntry} */ (await import(pathToFileURL(join(ROOT, 'dist', 'esm', 'ssr.js')).href));
    for (const [path, html] of mainThreadPages(completeRecord(record), CARDS, ssrEntry)) generated.set(path, html);

    let results;
    let ssr;
    let cls;
    if (!ONLY_MAIN_THREAD) {
      // The static page carries the disclaimer exactly as the card renders it.
      const { origin } = server;
      const disclaimer = await withPage(async (page) => {
        await page.goto(`${origin}/gen/probe.html`, { waitUntil: 'load' });
        return page.evaluate(async () => {
          const card = /** @type {import('./browser.mjs').CardElement | null} */ (document.querySelector('compound-card'));
          if (!card) throw new Error('the probe page has no compound-card');
          await customElements.whenDefined('compound-card');
          await card.updateComplete;
          const note = card.shadowRoot?.querySelector('[role="note"]');
          if (!note) throw new Error('the probe card rendered no disclaimer');
          return (note.textContent ?? '').trim();
        });
      });
      for (const [path, html] of generatePages(record, disclaimer, assets, CARDS)) generated.set(path, html);
      for (const [path, html] of await ssrPages(record, CARDS, ssrEntry)) generated.set(path, html);
      for (const [path, html] of clsPages(record, ssrEntry)) generated.set(path, html);

      results = await runBenchmarks(context, { runs: RUNS, warmup: WARMUP, cards: CARDS, cycles: CYCLES, started });
      ssr = await runSsrBench(context, { runs: RUNS, warmup: WARMUP, cards: CARDS });
      cls = await runClsBench(context, { runs: RUNS, warmup: WARMUP });
    }

    const beforePath = resolve(ROOT, options.before);
    const mainThread = await runMainThreadSection(context, {
      runs: MAIN_THREAD_RUNS,
      warmup: WARMUP,
      cards: CARDS,
      lighthouseRuns: LIGHTHOUSE_RUNS,
      bundleText: cardBundle.toString('utf8'),
      // Written by an earlier run's `--record`.
      before: existsSync(beforePath) ? /** @type {import('./main-thread-report.mjs').Recorded} */ (JSON.parse(await readFile(beforePath, 'utf8'))) : undefined,
    });
    if (options.record) {
      await writeFile(resolve(process.cwd(), options.record), `${JSON.stringify(recordable(mainThread, { ...identity(cardBundle), note: options.note }), null, 1)}\n`);
      console.log(`recorded section 8 in ${options.record}`);
    }
    const env = { chromium, cards: CARDS, cardBundle, litBundle, loadBefore, loadAfter: os.loadavg(), seconds: (performance.now() - started) / 1000 };

    if (ONLY_MAIN_THREAD) {
      if (OUT_NAME) await writeFile(resolve(ROOT, OUT_NAME), mainThreadDocument(mainThread, { ...env, ...identity(cardBundle) }));
      if (options.json) await writeFile(resolve(process.cwd(), options.json), JSON.stringify({ mainThread }, null, 1));
      console.log(`\n${mainThreadSummary(mainThread)}`);
      if (OUT_NAME) console.log(`wrote ${OUT_NAME}`);
      return Object.values(mainThread.checks).every(Boolean);
    }
    // The whole run: benchmarks 1 to 7 ran above and the report has a name.
    if (!results || !ssr || !cls || !OUT_NAME) throw new Error('benchmarks 1 to 7 left no results');
    const report = analyse(results, ssr, cls, env, mainThread);
    const notes = existsSync(join(BENCH, 'notes.md')) ? (await readFile(join(BENCH, 'notes.md'), 'utf8')).trim() : '';
    await writeFile(resolve(ROOT, OUT_NAME), markdown(report, notes, { runs: RUNS, warmup: WARMUP, cycles: CYCLES }));
    if (options.json) await writeFile(resolve(process.cwd(), options.json), JSON.stringify({ results: { ...results, ssr, cls }, report }, null, 1));
    console.log(summary(report, { cycles: CYCLES }));
    console.log(await runImportBench({ out: resolve(ROOT, OUT_NAME) }));
    console.log(`wrote ${OUT_NAME}`);
    return report.allPass;
  } finally {
    await browser?.close();
    await server?.close();
    await rm(tmp, { recursive: true, force: true });
  }
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
