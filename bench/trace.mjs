/**
 * Main-thread figures from a Chromium trace. CDP's own script time (`Performance.getMetrics`)
 * leaves out microtasks, where Lit renders, so the figures come from the trace's top-level
 * tasks (`RunTask`, category `toplevel`) on the measured page's renderer main thread: every
 * bit of work the thread does runs inside one, microtask checkpoints included.
 *
 * The window runs from the page's navigation start to its `bench-quiet` mark
 * (pages/main-thread-done.js: every card ready, then the main thread quiet).
 */

/** Categories for CDP `Tracing.start`: tasks, the timeline (navigation start, first contentful paint, what a task held), User Timing. */
export const TRACE_CATEGORIES = ['-*', 'toplevel', 'devtools.timeline', 'blink.user_timing', '__metadata'];
/** Names Chromium has given its top-level task event (the older ones kept for older builds). */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadControllerImpl::DoWork', 'TaskQueueManager::ProcessTaskFromWorkQueue']);
/** A task longer than this blocks input (the Long Tasks API's and TBT's threshold). */
export const LONG_TASK_MS = 50;

/**
 * @typedef {{ frame?: string, data?: { documentLoaderURL?: string, isLoadingMainFrame?: boolean } }} TraceArgs
 *   the arguments the figures read (of navigationStart and firstContentfulPaint); events carry many more
 * @typedef {{ name: string, cat?: string, ph: string, ts: number, dur?: number, tdur?: number, pid: number, tid: number, args?: TraceArgs }} TraceEvent
 * @typedef {{ longestTask: number, blockingTime: number, blockingAfterFcp: number, total: number, longTasks: number }} Clocked
 * @typedef {{ wall: Clocked, cpu: Clocked, tasks: number, fcp: number, ready: number, quiet: number, longestAt: number, longestInside: [string, number][] }} MainThread
 */

/**
 * The figures of the navigation to `url` in `events`, on two clocks: `wall`, the tasks'
 * durations (what a reader waits; the definition of a long task), and `cpu`, the main
 * thread's own time in them (`tdur`). Chromium's CPU throttling keeps the throttled thread
 * busy, so it counts on both clocks, but only the wall clock also counts the time the OS
 * gave the CPU to other processes: on a shared machine `cpu` is the steadier of the two.
 * Times are ms since the navigation start. Throws when the trace lacks what they need,
 * rather than report a zero.
 * @param {TraceEvent[]} events
 * @param {string} url
 * @returns {MainThread}
 */
export function mainThreadFromTrace(events, url) {
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url && e.args?.data?.isLoadingMainFrame,
  );
  if (!navigation) throw new Error(`trace: no navigationStart for ${url}`);
  const { pid, tid } = navigation;
  const frame = navigation.args?.frame;
  const start = navigation.ts;
  const mark = (/** @type {string} */ name) => events.find((e) => e.name === name && e.pid === pid && e.ts >= start);
  const quiet = mark('bench-quiet');
  const ready = mark('bench-ready');
  if (!quiet || !ready) throw new Error(`trace: no bench-ready/bench-quiet marks for ${url}`);
  const fcpEvent = events.find((e) => e.name === 'firstContentfulPaint' && e.args?.frame === frame && e.ts >= start);
  const end = quiet.ts;
  const fcp = fcpEvent ? fcpEvent.ts : NaN;

  // Top-level tasks only: a task nested in another (a nested run loop) is part of it.
  const candidates = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && TASK_NAMES.has(e.name) && e.ts + (e.dur ?? 0) >= start && e.ts <= end)
    .sort((a, b) => a.ts - b.ts);
  /** @type {TraceEvent[]} */
  const tasks = [];
  let until = -Infinity;
  for (const task of candidates) {
    if (task.ts < until) continue;
    tasks.push(task);
    until = task.ts + (task.dur ?? 0);
  }
  if (tasks.length === 0) throw new Error(`trace: no main-thread tasks for ${url}`);
  const longest = tasks.reduce((a, b) => ((b.dur ?? 0) > (a.dur ?? 0) ? b : a));
  const msOf = (/** @type {number} */ us) => us / 1000;
  return {
    wall: clocked(tasks, (task) => task.dur ?? 0, fcp),
    cpu: clocked(tasks, (task) => task.tdur ?? NaN, fcp),
    tasks: tasks.length,
    longestAt: msOf(longest.ts - start),
    longestInside: inside(events, longest),
    fcp: msOf(fcp - start),
    ready: msOf(ready.ts - start),
    quiet: msOf(end - start),
  };
}

/**
 * Longest task, blocking time (each task's part over 50 ms) from the navigation start and,
 * as Lighthouse counts it, from the first contentful paint (only what a task runs after it),
 * and the total, with each task lasting `duration(task)` µs.
 * @param {TraceEvent[]} tasks
 * @param {(task: TraceEvent) => number} duration
 * @param {number} fcp
 * @returns {Clocked}
 */
function clocked(tasks, duration, fcp) {
  const figures = { longestTask: 0, blockingTime: 0, blockingAfterFcp: Number.isFinite(fcp) ? 0 : NaN, total: 0, longTasks: 0 };
  for (const task of tasks) {
    const ms = duration(task) / 1000;
    figures.total += ms;
    figures.longestTask = Math.max(figures.longestTask, ms);
    if (ms > LONG_TASK_MS) figures.longTasks += 1;
    figures.blockingTime += Math.max(0, ms - LONG_TASK_MS);
    // The part after the paint, in proportion on the thread clock (a task straddling it is rare).
    const wall = task.dur ?? 0;
    const after = wall > 0 ? Math.max(0, Math.min(1, (task.ts + wall - fcp) / wall)) : 0;
    figures.blockingAfterFcp += Math.max(0, ms * after - LONG_TASK_MS);
  }
  return figures;
}

/**
 * What the longest task spent its time on: the timeline events directly inside it (HTML
 * parsing, script evaluation, function calls, microtasks, style, layout…), summed by name,
 * largest first. Lets a reader see whether it is the bundle or the render without a profile.
 * @param {TraceEvent[]} events
 * @param {TraceEvent} task
 * @returns {[string, number][]}
 */
function inside(events, task) {
  const end = task.ts + (task.dur ?? 0);
  const children = events
    .filter((e) => e !== task && e.ph === 'X' && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && !TASK_NAMES.has(e.name))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  /** @type {Map<string, number>} */
  const byName = new Map();
  let until = -Infinity;
  for (const child of children) {
    if (child.ts < until) continue;
    until = child.ts + (child.dur ?? 0);
    byName.set(child.name, (byName.get(child.name) ?? 0) + (child.dur ?? 0) / 1000);
  }
  return [...byName].sort((a, b) => b[1] - a[1]);
}
