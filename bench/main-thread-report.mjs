/**
 * The main-thread section of BENCHMARKS.md and its console summary, from the figures of
 * main-thread.mjs (traces), lighthouse.mjs and cpu-profile.mjs, with the figures recorded
 * for an earlier bundle (`--before`, written by `--record`) beside today's.
 */
import os from 'node:os';
import { LONG_TASK_MS } from './trace.mjs';
import { ABOVE_THE_FOLD, HUNDRED_PAGES, LIGHTHOUSE_PAGES, ONE_CARD_PAGES, WITH_DEFER } from './main-thread-pages.mjs';
import { MAIN_THREAD_TARGETS, ONE_CARD_RATES, PHONE_VIEWPORT, TARGET_RATE } from './main-thread.mjs';
import { LIGHTHOUSE_TARGETS } from './lighthouse.mjs';
import { ms, pass, x2 } from './stats.mjs';

/**
 * @typedef {import('./main-thread.mjs').PageFigures} PageFigures
 * @typedef {{
 *   trace: ReturnType<typeof import('./main-thread.mjs').analyseMainThread>,
 *   lighthouse?: ReturnType<typeof import('./lighthouse.mjs').analyseLighthouse>,
 *   profiles: (Omit<Awaited<ReturnType<typeof import('./cpu-profile.mjs').profileColdRender>>, 'top'> & { top: (import('./cpu-profile.mjs').HotFunction & { excerpt?: string })[] })[],
 *   runs: number, warmup: number, cards: number, lighthouseRuns: number,
 *   checks: Record<string, boolean>, before?: Recorded
 * }} Section
 * @typedef {{ date: string, commit: string, bundle: string, note: string, cpu?: string,
 *   one: Record<string, Record<string, Brief>>, hundred: Record<string, Brief>,
 *   lighthouse?: Record<string, { performance: number, tbt: number, lcp: number, accessibility: number }> }} Recorded
 * @typedef {{ longestTask: number, cpuLongestTask: number, blockingTime: number, total: number, cpuTotal: number }} Brief
 */

/** The processor the figures were measured on: recorded figures from another machine are not comparable. */
export const cpuModel = () => os.cpus()[0]?.model.trim() ?? 'unknown';
/** ` (CPU time +x ms)` after a wall-clock figure, when the machine's traces have thread times. */
const cpuAside = (/** @type {Section['trace']} */ t, /** @type {number} */ x) => (t.cpuMeasured ? ` (CPU time ${signed(x)} ms)` : '');
const signed = (/** @type {number} */ x) => (Number.isFinite(x) ? `${x >= 0 ? '+' : '−'}${ms(Math.abs(x))}` : '—');
const ONE_LABEL = Object.fromEntries(ONE_CARD_PAGES.map((p) => [p.id, p.label]));
const HUNDRED_LABEL = Object.fromEntries(HUNDRED_PAGES.map((p) => [p.id, p.label]));

/** @param {PageFigures} page */
const brief = (page) => ({
  longestTask: page.wall.longestTask.median,
  cpuLongestTask: page.cpu.longestTask.median,
  blockingTime: page.wall.blockingTime.median,
  total: page.wall.total.median,
  cpuTotal: page.cpu.total.median,
});

/**
 * What `--record` writes: the medians, so a later run can show them beside its own.
 * @param {Section} section
 * @param {{ commit: string, bundle: string, note: string }} about
 * @returns {Recorded}
 */
export function recordable(section, about) {
  const { trace, lighthouse } = section;
  return {
    date: new Date().toISOString(),
    cpu: cpuModel(),
    ...about,
    one: Object.fromEntries(Object.entries(trace.one).map(([rate, pages]) => [rate, Object.fromEntries(Object.entries(pages).map(([id, page]) => [id, brief(page)]))])),
    hundred: Object.fromEntries(Object.entries(trace.hundred).map(([id, page]) => [id, brief(page)])),
    ...(lighthouse
      ? {
          lighthouse: Object.fromEntries(
            Object.entries(lighthouse.pages).map(([id, page]) => [
              id,
              { performance: page.performance.median, tbt: page.tbt.median, lcp: page.lcp.median, accessibility: page.accessibility.median },
            ]),
          ),
        }
      : {}),
  };
}

/** @param {Section} s */
export function mainThreadTargetRows(s) {
  const t = s.trace;
  const one = Object.values(t.one[TARGET_RATE]).filter((_, i) => i > 0);
  const ready = (/** @type {PageFigures} */ page) => (page.allReady ? 'all ready' : '**not all ready**');
  const limit = MAIN_THREAD_TARGETS.longestTaskOver;
  const rows = [
    `| one card at ${TARGET_RATE}× CPU: longest task − HTML-only page's ≤ ${limit} ms, client-rendered, \`src\` and server-rendered, bundle \`defer\` / module / \`<head>\`, and server-rendered with the bundle after the first paint (${one.length} pages) | worst ${signed(t.worstOneCard.wall)} ms${cpuAside(t, t.worstOneCard.cpu)}, ${one.every((page) => page.allReady) ? 'all ready' : '**not all ready**'} | ${pass(t.checks.oneCardLongestTask)} |`,
    `| ${s.cards} client-rendered cards at 1×: longest task − HTML-only page's ≤ ${limit} ms, every card \`ready\` | ${signed(t.hundred.client.wall.over)} ms${cpuAside(t, t.hundred.client.cpu.over)}, ${ready(t.hundred.client)} | ${pass(t.checks.hundredClientLongestTask)} |`,
    `| ${s.cards} server-rendered cards taken over at 1×: longest task − HTML-only page's ≤ ${limit} ms | ${signed(t.hundred.ssr.wall.over)} ms${cpuAside(t, t.hundred.ssr.cpu.over)}, ${ready(t.hundred.ssr)} | ${pass(t.checks.hundredSsrLongestTask)} |`,
  ];
  const l = s.lighthouse;
  if (l) {
    const list = (/** @type {(id: string) => string} */ show, /** @type {string[]} */ ids) => ids.map((id) => `${id} ${show(id)}`).join(', ');
    const score = (/** @type {string} */ id) => String(l.pages[id].performance.median);
    rows.push(
      `| Lighthouse mobile: performance score = the HTML-only page's (${l.pages.html.performance.median}), each card placed as the README advises above the fold ("Which mode above the fold": client-rendered with a classic bundle in \`<head>\`, \`src\` the same with its placeholder a screen high, server-rendered with the bundle after the first paint) | ${list(score, Object.values(ABOVE_THE_FOLD))} | ${pass(l.checks.lighthouseScore)} |`,
      `| the same cards with the bundle \`defer\` (the pages this target was first measured on; reported: a client-rendered or \`src\` card may miss the first paint, and the paragraph under it then moves) | ${list((id) => `${score(id)} (CLS ${l.pages[id].cls.median.toFixed(3)})`, Object.values(WITH_DEFER))} | ${pass(l.scoreDefer)} |`,
      `| Lighthouse mobile: TBT ≤ ${LIGHTHOUSE_TARGETS.blockingTime} ms, each card placed as the README advises above the fold | ${list((id) => `${ms(l.pages[id].tbt.median)} ms`, Object.values(ABOVE_THE_FOLD))} | ${pass(l.checks.lighthouseTbt)} |`,
      `| the same with the bundle \`defer\` (reported: the bundle's evaluation then runs after the first contentful paint, where Lighthouse counts it, and its TBT moves with the machine's load; per-run values in the Lighthouse table) | ${list((id) => `${ms(l.pages[id].tbt.median)} ms`, Object.values(WITH_DEFER))} | ${pass(l.tbtDefer)} |`,
      `| Lighthouse mobile: server-rendered LCP ≤ ${LIGHTHOUSE_TARGETS.lcpOverHtml.toFixed(1)}× the HTML-only page's, the bundle after the first paint (the README's script for pages of server-rendered cards) | ${x2(l.lcpRatio)} (${ms(l.pages[ABOVE_THE_FOLD.ssr].lcp.median)} vs ${ms(l.pages.html.lcp.median)} ms) | ${pass(l.checks.lighthouseLcp)} |`,
      `| the same with the bundle \`defer\` (the page this target was first measured on; reported) | ${x2(l.lcpRatioDefer)} (${ms(l.pages[WITH_DEFER.ssr].lcp.median)} ms) | ${pass(l.lcpRatioDefer <= LIGHTHOUSE_TARGETS.lcpOverHtml)} |`,
      `| Lighthouse mobile: accessibility ${LIGHTHOUSE_TARGETS.accessibility} on all ${LIGHTHOUSE_PAGES.length} pages | lowest ${Math.min(...LIGHTHOUSE_PAGES.map((id) => l.pages[id].accessibility.min))} | ${pass(l.checks.lighthouseAccessibility)} |`,
    );
  }
  return rows;
}

/**
 * One table of trace figures: a row per page, the HTML-only page first.
 * @param {Record<string, PageFigures>} pages
 * @param {Record<string, string>} labels
 * @param {Record<string, Brief> | undefined} before
 * @param {boolean} cpu whether the trace had thread times (the CPU-time columns)
 */
function traceTable(pages, labels, before, cpu) {
  const beforeCpu = before !== undefined && Object.values(before).some((b) => Number.isFinite(b.cpuLongestTask));
  const columns = [
    'page',
    'longest task',
    '− HTML-only (per-round min … max)',
    ...(cpu ? ['CPU time: longest task, − HTML-only'] : []),
    'TBT (from navigation)',
    'TBT after FCP',
    'main-thread total (− HTML-only)',
    ...(cpu ? ['CPU time: total'] : []),
    'FCP',
    'ready',
    'what the longest task held',
    ...(before ? [beforeCpu ? 'before: longest task / CPU time / total' : 'before: longest task / total'] : []),
  ];
  const head = [`| ${columns.join(' | ')} |`, `|---|${columns.slice(1).map((c) => (c.startsWith('what') ? '---' : '---:')).join('|')}|`];
  const rows = Object.entries(pages).map(([id, p]) => {
    const floor = id === 'html';
    const held = p.inside.map(([name, time]) => `${name} ${ms(time)}`).join(', ');
    const cells = [
      labels[id] + (p.allReady ? '' : ' **(not all ready)**') + (p.gaveUp ? ` (never quiet in ${p.gaveUp} loads)` : ''),
      ms(p.wall.longestTask.median),
      floor ? '' : `${signed(p.wall.over)} (${signed(p.wall.overPaired.min)} … ${signed(p.wall.overPaired.max)})`,
      ...(cpu ? [floor ? ms(p.cpu.longestTask.median) : `${ms(p.cpu.longestTask.median)}, ${signed(p.cpu.over)}`] : []),
      ms(p.wall.blockingTime.median),
      ms(p.wall.blockingAfterFcp.median),
      floor ? ms(p.wall.total.median) : `${ms(p.wall.total.median)} (${signed(p.wall.totalOver)})`,
      ...(cpu ? [floor ? ms(p.cpu.total.median) : `${ms(p.cpu.total.median)} (${signed(p.cpu.totalOver)})`] : []),
      ms(p.fcp.median),
      ms(p.ready.median),
      held,
    ];
    if (before) {
      const b = before[id];
      cells.push(b ? [b.longestTask, ...(beforeCpu ? [b.cpuLongestTask] : []), b.total].map(ms).join(' / ') : '—');
    }
    return `| ${cells.join(' | ')} |`;
  });
  return [...head, ...rows];
}

const codeSpan = (/** @type {string} */ text) => `\`\` ${text.replace(/\|/g, '\\|').replace(/\s+/g, ' ')} \`\``;

/** @param {Section['profiles'][number]} profile */
function profileTable(profile) {
  return [
    `CPU ${profile.rate}×: ${ms(profile.profiledMs)} ms profiled per load: ${ms(profile.busyMs)} ms busy with the page and the card, ${ms(profile.benchMs)} ms in the bench's own script (left out below), the rest idle; the top ${profile.top.length} by self time, ms per load:`,
    '',
    '| self time | function | where | code there |',
    '|---:|---|---|---|',
    ...profile.top.map(
      (f) =>
        `| ${ms(f.selfMs)} | \`${f.functionName}\` | ${f.url ? `${f.url.replace(/^https?:\/\/[^/]+/, '')}:${f.line}:${f.column}` : '(native)'} | ${f.excerpt ? codeSpan(f.excerpt) : ''} |`,
    ),
    '',
  ];
}

/** @param {Section} s */
export function mainThreadMarkdown(s) {
  const t = s.trace;
  const b = s.before;
  const lines = [
    '## 8. Main thread',
    '',
    `One card in an article (a heading, a paragraph, the card, a paragraph) on a phone-sized viewport (${PHONE_VIEWPORT.width}×${PHONE_VIEWPORT.height}, mobile) with the CPU throttled ${ONE_CARD_RATES.join('× and ')}× (CDP \`Emulation.setCPUThrottlingRate\`; ${TARGET_RATE}× is Lighthouse's mobile profile and the target), and ${s.cards} cards at 1×, each page against the same content as HTML only: the \`renderCard\` (\`compound-card render\`) output with no bundle. The record has every field (the demo record with \`updated\` and three studies, two regulators and two references). Client-rendered cards embed it; \`src\` cards fetch it from the bench server; server-rendered cards are \`renderCard\` output that the bundle takes over. ${s.runs} measured rounds after ${s.warmup} warm-up; within a round every page loads once per rate, in an order rotated each round; figures are medians, and "− HTML-only" is the difference of the medians with the per-round differences as min … max.`,
    '',
    `Each load is a fresh context with the cache off. It first opens a same-origin page that lays out text in the article's and the card's fonts, then throttles the CPU, starts a trace (categories \`toplevel\`, \`devtools.timeline\`, \`blink.user_timing\`) and loads the measured page into that renderer: the renderer's one-time font set-up (hundreds of ms in the first layout at 4×, on every page alike) would otherwise be the longest task of every page and hide the card's. A script inlined first in each page (the HTML-only ones too) waits for the load event, every card \`ready\` (\`status\` property and attribute), then ${500} ms in which no timer fired 10 ms late, and marks the end. Tasks are the trace's top-level \`RunTask\`s on the page's renderer main thread, from its navigation start to that mark (microtasks, where Lit renders, are inside them, which CDP's script time leaves out). Longest task and the ${LONG_TASK_MS} ms threshold are on the wall clock (a task's duration: what a reader waits); TBT sums every task's part over ${LONG_TASK_MS} ms from navigation start (a deferred bundle may run before the first paint, so counting only after FCP, as Lighthouse does, can miss it; that column is there too). "CPU time" is the thread's own time in the same tasks (the trace's \`tdur\`): Chromium's throttling keeps the thread busy, so it counts there too, but time the OS gave to other processes does not, which makes it the steadier figure on a shared machine. Pass/fail is on the wall clock.`,
    '',
  ];
  if (b) {
    const machine = b.cpu === undefined ? ' (the processor was not recorded)' : b.cpu === cpuModel() ? ` on this processor (${b.cpu})` : ` on another processor (${b.cpu}; this run: ${cpuModel()}), so compare each column with its own HTML-only row, not across machines`;
    lines.push(`"Before" columns: the figures recorded for commit ${b.commit} (bundle ${b.bundle}) on ${b.date.slice(0, 10)}${machine}${b.note ? `; ${b.note}` : ''}.`, '');
  }
  for (const rate of ONE_CARD_RATES) {
    lines.push(`### One card, CPU ${rate}×`, '', ...traceTable(t.one[rate], ONE_LABEL, b?.one[rate], t.cpuMeasured), '');
  }
  lines.push(`### ${s.cards} cards, CPU 1×`, '', ...traceTable(t.hundred, HUNDRED_LABEL, b?.hundred, t.cpuMeasured), '');
  lines.push(
    `Targets on the wall clock: one card at ${TARGET_RATE}× ${pass(t.checks.oneCardLongestTask)}, ${s.cards} client-rendered cards ${pass(t.checks.hundredClientLongestTask)}, ${s.cards} server-rendered cards ${pass(t.checks.hundredSsrLongestTask)}. ${
      t.cpuChecks
        ? `The same checks on CPU time: ${pass(t.cpuChecks.oneCardLongestTask)}, ${pass(t.cpuChecks.hundredClientLongestTask)}, ${pass(t.cpuChecks.hundredSsrLongestTask)}.`
        : "CPU time is not reported: this machine's Chromium gave the trace's tasks no thread time (`tdur`), so only the wall clock was measured."
    }`,
    '',
  );
  const l = s.lighthouse;
  if (l) {
    const before = b?.lighthouse;
    lines.push(
      '### Lighthouse, mobile',
      '',
      `Lighthouse ${l.version} CLI, default (mobile) settings: simulated throttling (4× CPU, slow 4G), Moto G Power screen; \`--chrome-flags="--headless=new --no-sandbox"\`, Chromium from \`CHROME_PATH\`, its own browser per run; pages served by the bench server on loopback, compressed (brotli, as hosts commonly serve them; the bundle is 16 KiB on the simulated network, not its 49 KiB), without the bench's scripts. Medians of ${s.lighthouseRuns} runs per page, pages rotated per round. Lighthouse's benchmark index of this machine during the runs: ${Math.round(l.benchmarkIndex)} (median; Lighthouse multiplies the task times it observes, so a busy machine, a low index, raises every page's TBT). The score and TBT targets are checked on each card placed as the README advises above the fold ("Which mode above the fold"): client-rendered with a classic bundle in \`<head>\` (the card renders as the parser reaches it, so it is in the first paint), \`src\` the same with the README's rule making its placeholder a screen high (the record arrives after the first paint; what is below the card stays off screen), and server-rendered with the bundle after the first paint. With \`defer\`, the page can paint before the bundle has run, and then the paragraph under a client-rendered or \`src\` card moves when the card fills in; those pages are reported with their own verdict. Their TBT is reported too: with \`defer\` the bundle's evaluation runs after the first contentful paint, where Lighthouse counts it (a classic bundle in \`<head>\` runs before it), and Lighthouse multiplies that task as observed on this machine by 4, so a task of 12.5 ms here blocks: the evaluation is about that long on a 2-core machine, longer whenever other work shares the CPU, and those pages' TBT spreads from run to run as the min–max column shows. The server-rendered LCP target is checked on the after-paint page too: Lighthouse's simulation counts a \`defer\` bundle's download and evaluation in the LCP whenever the bundle arrived before the paint it observed, which on this small page is a race; the \`defer\` page's ratio is in the targets table with its own verdict.`,
      '',
      `| page | performance | TBT (min–max) | LCP | FCP | CLS | accessibility${before ? ' | before: performance / TBT / LCP' : ''} |`,
      `|---|---:|---:|---:|---:|---:|---:${before ? '|---:' : ''}|`,
      ...LIGHTHOUSE_PAGES.map((id) => {
        const p = l.pages[id];
        const label = id === 'html' ? ONE_LABEL.html : ONE_LABEL[id];
        const was = before?.[id];
        return `| ${label} | ${p.performance.median} (${p.performance.min}–${p.performance.max}) | ${ms(p.tbt.median)} (${ms(p.tbt.min)}–${ms(p.tbt.max)}) | ${ms(p.lcp.median)} | ${ms(p.fcp.median)} | ${p.cls.median.toFixed(3)} | ${p.accessibility.median}${before ? ` | ${was ? `${was.performance} / ${ms(was.tbt)} / ${ms(was.lcp)}` : '—'}` : ''} |`;
      }),
      '',
    );
  }
  if (s.profiles.length) {
    lines.push(
      '### Where one card\'s cold first render goes: CPU profile',
      '',
      `CDP \`Profiler\`, sampled every 100 µs, from the navigation to the card ready and the main thread quiet, fresh context each load (as above), the client-rendered card with the bundle \`defer\`; self time per function, averaged over ${s.profiles[0].loads} loads. The bundle is minified: "where" is its line:column and "code there" the code found at that place, to find it in the source. At ${TARGET_RATE}× most samples land in "(program)": Chromium throttles by holding the thread outside JavaScript, so the 1× profile shows the functions' shares more clearly.`,
      '',
    );
    for (const profile of s.profiles) lines.push(...profileTable(profile));
  }
  return lines;
}

/** @param {Section} s */
export function mainThreadSummary(s) {
  const t = s.trace;
  const one = t.one[TARGET_RATE];
  const parts = ONE_CARD_PAGES.filter((p) => p.card !== 'html').map((p) => `${p.id} ${ms(one[p.id].wall.longestTask.median)}`);
  const lines = [
    `8. main thread, one card at ${TARGET_RATE}×, longest task (ms): html ${ms(one.html.wall.longestTask.median)}, ${parts.join(', ')}; worst ${signed(t.worstOneCard.wall)} ms over HTML-only${cpuAside(t, t.worstOneCard.cpu)} ${t.checks.oneCardLongestTask ? 'pass' : 'FAIL'}`,
    `   ${s.cards} cards at 1×, longest task: html ${ms(t.hundred.html.wall.longestTask.median)}, client ${ms(t.hundred.client.wall.longestTask.median)} (${signed(t.hundred.client.wall.over)}) ${t.checks.hundredClientLongestTask ? 'pass' : 'FAIL'}, server-rendered ${ms(t.hundred.ssr.wall.longestTask.median)} (${signed(t.hundred.ssr.wall.over)}) ${t.checks.hundredSsrLongestTask ? 'pass' : 'FAIL'}; total ${ms(t.hundred.client.wall.total.median)} / ${ms(t.hundred.ssr.wall.total.median)} vs ${ms(t.hundred.html.wall.total.median)} ms`,
  ];
  const l = s.lighthouse;
  if (l) {
    lines.push(
      `   Lighthouse perf/TBT/LCP/a11y: ${LIGHTHOUSE_PAGES.map((id) => `${id} ${l.pages[id].performance.median}/${ms(l.pages[id].tbt.median)}/${ms(l.pages[id].lcp.median)}/${l.pages[id].accessibility.median}`).join(', ')}; score ${l.checks.lighthouseScore ? 'pass' : 'FAIL'} (defer ${l.scoreDefer ? 'pass' : 'FAIL'}), TBT ${l.checks.lighthouseTbt ? 'pass' : 'FAIL'} (defer ${l.tbtDefer ? 'pass' : 'FAIL'}), LCP ${x2(l.lcpRatio)} after paint (defer ${x2(l.lcpRatioDefer)}) ${l.checks.lighthouseLcp ? 'pass' : 'FAIL'}, a11y ${l.checks.lighthouseAccessibility ? 'pass' : 'FAIL'}`,
    );
  }
  for (const profile of s.profiles) {
    lines.push(`   profile ${profile.rate}×: ${profile.top.slice(0, 5).map((f) => `${f.functionName} ${ms(f.selfMs)}`).join(', ')}`);
  }
  return lines.join('\n');
}

/**
 * Section 8 alone as a Markdown document (`--only main-thread --out FILE`), with what it
 * was measured on.
 * @param {Section} s
 * @param {{ chromium: string, commit: string, bundle: string, loadBefore: number[], loadAfter: number[], seconds: number }} env
 */
export function mainThreadDocument(s, env) {
  return [
    '# Main thread (section 8 of BENCHMARKS.md, run alone)',
    '',
    `Written by \`node bench/run.mjs --only main-thread\` on ${new Date().toISOString()}: ${env.chromium}, card commit ${env.commit}, bundle ${env.bundle}; load average (1 min) ${env.loadBefore[0].toFixed(2)} before, ${env.loadAfter[0].toFixed(2)} after, on ${os.cpus().length} cores; ${env.seconds.toFixed(0)} s in all.`,
    '',
    '| target | measured | result |',
    '|---|---|---|',
    ...mainThreadTargetRows(s),
    '',
    ...mainThreadMarkdown(s),
  ].join('\n');
}
