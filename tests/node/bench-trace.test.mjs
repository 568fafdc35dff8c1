// The bench's main-thread figures (bench/trace.mjs) from a hand-made trace: which tasks
// count (top level, this page's main thread, inside the window), and how the longest task,
// blocking time and totals come out on the wall and CPU clocks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mainThreadFromTrace } from '../../bench/trace.mjs';

const URL = 'http://127.0.0.1:1/gen/page.html';
const PID = 7;
const TID = 7;
const T0 = 1_000_000; // µs

/** @typedef {import('../../bench/trace.mjs').TraceEvent} TraceEvent */

/**
 * A task of `dur` ms (wall) and `tdur` ms (CPU) starting `at` ms after navigation start.
 * @param {number} at
 * @param {number} dur
 * @param {number} [tdur]
 * @param {Partial<TraceEvent>} [extra] fields that differ from a task of this page's main thread
 * @returns {TraceEvent}
 */
const task = (at, dur, tdur = dur, extra = {}) => ({
  name: 'ThreadControllerImpl::RunTask', cat: 'toplevel', ph: 'X', pid: PID, tid: TID, ts: T0 + at * 1000, dur: dur * 1000, tdur: tdur * 1000, ...extra,
});
/** A User Timing mark `name`, `at` ms after navigation start. @param {string} name @param {number} at @returns {TraceEvent} */
const mark = (name, at) => ({ name, cat: 'blink.user_timing', ph: 'R', pid: PID, tid: TID, ts: T0 + at * 1000 });

/** @returns {TraceEvent[]} */
const trace = () => [
  { name: 'navigationStart', cat: 'blink.user_timing', ph: 'R', pid: PID, tid: TID, ts: T0, args: { frame: 'F', data: { documentLoaderURL: URL, isLoadingMainFrame: true } } },
  { name: 'firstContentfulPaint', cat: 'loading,rail,devtools.timeline', ph: 'R', pid: PID, tid: TID, ts: T0 + 300_000, args: { frame: 'F' } },
  task(-500, 400), // before the navigation: not this page's
  task(10, 30),
  task(100, 120, 60), // before FCP: counts from navigation start only
  { name: 'EvaluateScript', cat: 'devtools.timeline', ph: 'X', pid: PID, tid: TID, ts: T0 + 110_000, dur: 90_000 },
  task(105, 20), // nested in the task above: part of it, not a task of its own
  task(280, 80, 70), // straddles FCP: 60 ms of it after the paint
  task(500, 55),
  task(600, 900, 900, { pid: 99, tid: 99 }), // another process
  mark('bench-ready', 550),
  mark('bench-quiet', 1000),
  task(1200, 300), // after the window
];

test('counts the top-level tasks of the page\'s main thread between navigation start and the quiet mark', () => {
  const m = mainThreadFromTrace(trace(), URL);
  assert.equal(m.tasks, 4);
  assert.equal(m.wall.longestTask, 120);
  assert.equal(m.wall.total, 30 + 120 + 80 + 55);
  assert.equal(m.wall.longTasks, 3);
  assert.equal(m.wall.blockingTime, 70 + 30 + 5);
  assert.equal(m.fcp, 300);
  assert.equal(m.ready, 550);
  assert.equal(m.quiet, 1000);
  assert.equal(m.longestAt, 100);
  assert.deepEqual(m.longestInside, [['EvaluateScript', 90]]);
});

test('blocking time after first contentful paint counts only what a task runs after it', () => {
  const m = mainThreadFromTrace(trace(), URL);
  assert.equal(m.wall.blockingAfterFcp, 10 + 5);
});

test('the CPU clock reads the thread time of the same tasks', () => {
  const m = mainThreadFromTrace(trace(), URL);
  assert.equal(m.cpu.longestTask, 70);
  assert.equal(m.cpu.total, 30 + 60 + 70 + 55);
  assert.equal(m.cpu.blockingTime, 10 + 20 + 5);
});

test('a trace without the page or without the bench marks is refused, not read as zero', () => {
  assert.throws(() => mainThreadFromTrace(trace(), 'http://127.0.0.1:1/other.html'), /no navigationStart/);
  assert.throws(() => mainThreadFromTrace(trace().filter((e) => e.name !== 'bench-quiet'), URL), /bench-quiet/);
});
