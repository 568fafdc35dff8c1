/**
 * Runs the whole main-thread section in order (traces, Lighthouse, CPU profiles) and joins
 * its figures and targets into the one object the report reads (main-thread-report.mjs).
 */
import { PROFILE_RATES, profileColdRender } from './cpu-profile.mjs';
import { analyseLighthouse, runLighthouseBench } from './lighthouse.mjs';
import { analyseMainThread, runMainThreadBench } from './main-thread.mjs';

/** Loads per CPU profile rate. */
const PROFILE_LOADS = 3;
const BUNDLE_URL_END = '/dist/compound-card.js';

/**
 * The code at a profiled function's position in the one-line minified bundle, so a reader
 * can find it in the source.
 * @param {string} bundle the bundle's text
 * @param {number} line 1-based
 * @param {number} column 1-based
 */
export function excerptAt(bundle, line, column) {
  const text = bundle.split('\n')[line - 1] ?? '';
  const at = column - 1;
  const from = Math.max(0, at - 24);
  return `${from > 0 ? '…' : ''}${text.slice(from, at + 56)}${at + 56 < text.length ? '…' : ''}`;
}

/**
 * @param {import('./browser.mjs').BenchContext} context
 * @param {{ runs: number, warmup: number, cards: number, lighthouseRuns: number, bundleText: string, before?: import('./main-thread-report.mjs').Recorded }} options
 * @returns {Promise<import('./main-thread-report.mjs').Section>}
 */
export async function runMainThreadSection(context, { runs, warmup, cards, lighthouseRuns, bundleText, before }) {
  const trace = analyseMainThread(await runMainThreadBench(context, { runs, warmup, cards }));
  const lighthouse = lighthouseRuns > 0 ? analyseLighthouse(await runLighthouseBench(context, { runs: lighthouseRuns })) : undefined;
  const profiles = [];
  for (const rate of PROFILE_RATES) {
    process.stdout.write(`CPU profile at ${rate}×, ${PROFILE_LOADS} loads… `);
    const profile = await profileColdRender(context, { loads: PROFILE_LOADS, rate });
    const top = profile.top.map((f) => (f.url.endsWith(BUNDLE_URL_END) ? { ...f, excerpt: excerptAt(bundleText, f.line, f.column) } : f));
    profiles.push({ ...profile, top });
    console.log(`${profile.busyMs.toFixed(0)} ms busy per load`);
  }
  return {
    trace,
    lighthouse,
    profiles,
    runs,
    warmup,
    cards,
    lighthouseRuns,
    checks: { ...trace.checks, ...(lighthouse?.checks ?? {}) },
    ...(before ? { before } : {}),
  };
}
