// Drives demo/stress.html: puts 200 <compound-card> elements on the page, from five record
// URLs (two valid, three that fail in different ways), and keeps a live summary:
//   - how many cards are ready / error / loading / empty (each card's `status` property),
//   - the time until every card ended in `ready` or `error`,
//   - how many network requests were made for records (resource timing, /demo/records/),
//   - the longest gap between requestAnimationFrame callbacks while the cards load.
// "Reload all" removes and re-adds the cards; "Add 200 more" appends another 200.
//
// Everything here goes into the DOM as text (textContent), never as markup, and the page
// sets no inline style, so it runs under the strict Content-Security-Policy in its <meta>.

import { clearRecordCache } from '/src/index.ts';

const BATCH = 200;
const RECORDS_PATH = '/demo/records/';

/** The five record URLs, and what a card given each one should end up as. */
const SOURCES = [
  { src: '/demo/records/thymogen.json', expect: { status: 'ready' }, label: 'ready' },
  { src: '/demo/records/stress-renamed.json', expect: { status: 'ready' }, label: 'ready' },
  { src: '/demo/records/missing.json', expect: { status: 'error', kind: 'http' }, label: 'error: http 404' },
  { src: '/demo/records/stress-broken.json', expect: { status: 'error', kind: 'parse' }, label: 'error: parse' },
  { src: '/demo/records/stress-invalid.json', expect: { status: 'error', kind: 'invalid' }, label: 'error: invalid' },
];

// More record requests than the default resource-timing buffer (250 entries) could otherwise be lost
// on a long session: the dev server's own module requests fill it too.
performance.setResourceTimingBufferSize?.(100_000);

const $ = (id) => document.getElementById(id);
const grid = $('card-grid');
const runStatus = $('run-status');
const reloadButton = $('reload-all');
const addButton = $('add-more');
const forgetCache = $('forget-cache');

// ---------------------------------------------------------------------------------------------
// Events: one listener on the grid hears every card (the events bubble and are composed).

/** Last outcome event of each card, as the card reported it. */
const lastEvent = new WeakMap();
let cspViolations = 0;

grid.addEventListener('compound-card-load', (event) => onOutcome(event, 'load'));
grid.addEventListener('compound-card-error', (event) => onOutcome(event, 'error'));
document.addEventListener('securitypolicyviolation', (event) => {
  cspViolations += 1;
  console.warn('CSP violation:', event.violatedDirective, event.blockedURI);
  scheduleRender();
});

function onOutcome(event, type) {
  const card = event.target;
  lastEvent.set(card, type === 'load' ? { type } : { type, kind: event.detail.kind });
  const run = current;
  if (run) {
    if (type === 'load') run.loads += 1;
    else run.errors += 1;
    checkSettled(run);
  }
  scheduleRender();
}

// ---------------------------------------------------------------------------------------------
// Runs: each button press starts a run, measured until every card on the page has settled.

/** @type {ReturnType<typeof newRun> | undefined} */
let current;
let runCount = 0;
/** Every run so far, oldest first; a run ends where the next one starts. */
const runs = [];

function newRun(label, total) {
  runCount += 1;
  return {
    id: runCount,
    label,
    total,
    start: performance.now(),
    /** Where the next run started; record requests are counted from `start` to here. */
    end: Infinity,
    settledAt: undefined,
    loads: 0,
    errors: 0,
    frames: 0,
    lastFrame: 0,
    maxGap: 0,
    longTasks: 0,
    longestTask: 0,
    framesAfterSettle: 0,
    done: false,
    /** How the run ended, for its line in the history. */
    outcome: undefined,
    /** @type {HTMLLIElement | undefined} */
    item: undefined,
  };
}

function makeCard(index) {
  const source = SOURCES[index % SOURCES.length];
  const card = document.createElement('compound-card');
  card.setAttribute('src', source.src);
  // The page's headings are h1 and h2, so each card's title is an h3.
  card.setAttribute('heading-level', '3');
  card.setAttribute('sections', 'facts');
  // Most cards start collapsed; one card in 41 (one per source in the first 200) starts open.
  if (index % 41 !== 0) card.setAttribute('facts-collapsed', '');
  card.dataset.index = String(index);
  return card;
}

function addCards(from, count) {
  const fragment = document.createDocumentFragment();
  for (let index = from; index < from + count; index++) fragment.append(makeCard(index));
  grid.append(fragment);
}

function startRun(label, build) {
  if (current && !current.done) finishRun(current, 'interrupted');
  const run = newRun(label, 0);
  const previous = runs.at(-1);
  if (previous) previous.end = run.start;
  runs.push(run);
  current = run;
  // The frame gap is measured from the moment before the cards are built, so the cost of
  // building and connecting them counts as part of the first gap.
  run.lastFrame = run.start;
  build();
  run.total = grid.childElementCount;
  runStatus.textContent = `Run ${run.id} (${label}): loading ${run.total} cards…`;
  requestAnimationFrame(function frame(time) {
    if (current !== run || run.done) return;
    const gap = time - run.lastFrame;
    if (gap > run.maxGap) run.maxGap = gap;
    run.lastFrame = Math.max(time, run.lastFrame);
    run.frames += 1;
    checkSettled(run);
    render();
    // Keep measuring for two frames after the last card settled: its rendering lands in those.
    if (run.settledAt !== undefined && ++run.framesAfterSettle > 2) finishRun(run, 'settled');
    else requestAnimationFrame(frame);
  });
  render();
}

/** Ends a run: after the frames that follow its settling, or when a newer run interrupts it. */
function finishRun(run, how) {
  run.done = true;
  if (how === 'interrupted') run.outcome = 'interrupted before every card settled';
  describeRun(run);
  render();
}

function checkSettled(run) {
  if (run.settledAt !== undefined || run.done) return;
  const counts = countStatuses();
  if (counts.total === 0 || counts.ready + counts.error !== counts.total) return;
  // Reported at once (the frame-gap measure keeps running for two more frames and updates the
  // line): a headless browser with a virtual time budget may dump the page before those frames.
  run.settledAt = performance.now();
  run.outcome = `settled in ${formatMs(run.settledAt - run.start)}`;
  runStatus.textContent =
    `Run ${run.id} (${run.label}): all ${run.total} cards settled in ${formatMs(run.settledAt - run.start)} ` +
    `(${counts.ready} ready, ${counts.error} error).`;
  describeRun(run);
}

/** The run's line in the history list, created on first use and rewritten as figures come in. */
function describeRun(run) {
  if (!run.item) {
    run.item = document.createElement('li');
    $('run-history').prepend(run.item);
  }
  run.item.textContent =
    `Run ${run.id} (${run.label}, ${run.total} cards): ${run.outcome ?? 'loading'}; ` +
    `${recordRequests(run.start, run.end).length} record requests; ` +
    `longest frame gap ${formatMs(run.maxGap)}${run.done ? '' : ' so far'}; ` +
    `${run.loads} load / ${run.errors} error events`;
}

// Long tasks, where the browser reports them (Chromium): counted against the run they fall in.
if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
  new PerformanceObserver((list) => {
    const run = current;
    if (!run || run.done) return;
    for (const entry of list.getEntries()) {
      if (entry.startTime + entry.duration < run.start) continue;
      run.longTasks += 1;
      run.longestTask = Math.max(run.longestTask, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
}

// Record requests can finish after the card settled (resource timing lands at the end of the
// response): refresh the summary when one arrives.
new PerformanceObserver(() => scheduleRender()).observe({ type: 'resource', buffered: true });

// ---------------------------------------------------------------------------------------------
// Measuring.

function cards() {
  return grid.children;
}

function countStatuses() {
  const counts = { total: 0, ready: 0, error: 0, loading: 0, empty: 0, other: 0, mismatched: 0 };
  for (const card of cards()) {
    counts.total += 1;
    const status = card.status;
    if (status in counts && status !== 'total') counts[status] += 1;
    else counts.other += 1;
    if (card.getAttribute('status') !== status) counts.mismatched += 1;
  }
  return counts;
}

/** Resource-timing entries for record URLs that started in [since, until). */
function recordRequests(since = 0, until = Infinity) {
  return performance
    .getEntriesByType('resource')
    .filter(
      (entry) =>
        new URL(entry.name).pathname.startsWith(RECORDS_PATH) && entry.startTime >= since && entry.startTime < until,
    );
}

function formatMs(ms) {
  return `${Math.round(ms)} ms`;
}

// ---------------------------------------------------------------------------------------------
// The summary.

let renderPending = false;
function scheduleRender() {
  if (renderPending) return;
  renderPending = true;
  requestAnimationFrame(() => {
    renderPending = false;
    render();
  });
}

/** The per-source table's rows, built once. */
const rows = SOURCES.map((source) => {
  const row = document.createElement('tr');
  const cells = {};
  for (const key of ['src', 'expected', 'cards', 'ready', 'error', 'pending', 'requests', 'http', 'ok']) {
    const cell = document.createElement(key === 'src' ? 'th' : 'td');
    if (key === 'src') cell.scope = 'row';
    cells[key] = cell;
    row.append(cell);
  }
  const code = document.createElement('code');
  code.textContent = source.src;
  cells.src.append(code);
  cells.expected.textContent = source.label;
  $('by-source').append(row);
  return { source, row, cells };
});

function render() {
  const run = current;
  const counts = countStatuses();
  $('fig-total').textContent = String(counts.total);
  $('fig-ready').textContent = String(counts.ready);
  $('fig-error').textContent = String(counts.error);
  $('fig-loading').textContent = String(counts.loading);
  $('fig-empty').textContent = String(counts.empty + counts.other);
  $('fig-csp').textContent = String(cspViolations);
  $('fig-requests-total').textContent = String(recordRequests().length);
  if (!run) return;

  const now = performance.now();
  const settled = counts.ready + counts.error;
  $('fig-settle').textContent =
    run.settledAt === undefined
      ? `not yet: ${settled} of ${counts.total} settled after ${formatMs(now - run.start)}`
      : formatMs(run.settledAt - run.start);
  const runRequests = recordRequests(run.start);
  $('fig-requests').textContent = String(runRequests.length);
  // When the network part was over: the rest of the settle time is the cards' own work.
  const lastResponse = Math.max(...runRequests.map((entry) => entry.responseEnd));
  $('fig-last-response').textContent = runRequests.length ? formatMs(lastResponse - run.start) : 'no request';
  $('fig-frame-gap').textContent = `${formatMs(run.maxGap)} (over ${run.frames} frames${run.done ? '' : ', still measuring'})`;
  $('fig-long-tasks').textContent = PerformanceObserver.supportedEntryTypes?.includes('longtask')
    ? `${run.longTasks}${run.longTasks ? `, longest ${formatMs(run.longestTask)}` : ''}`
    : 'not reported by this browser';
  $('fig-events').textContent = `${run.loads} / ${run.errors}`;
  // Every run's line, since a request's timing entry can land after its run ended.
  for (const each of runs) if (each.item) describeRun(each);
  $('fig-reflect').textContent =
    run.settledAt === undefined ? '(checked once settled)' : `${counts.total - counts.mismatched} of ${counts.total}`;

  // Per source: what the cards ended as, how often the URL was fetched, and its HTTP status.
  const bySource = new Map(rows.map((entry) => [entry.source.src, { cards: 0, ready: 0, error: 0, pending: 0, kinds: new Map() }]));
  for (const card of cards()) {
    const tally = bySource.get(card.getAttribute('src'));
    if (!tally) continue;
    tally.cards += 1;
    if (card.status === 'ready') tally.ready += 1;
    else if (card.status === 'error') {
      tally.error += 1;
      const kind = lastEvent.get(card)?.kind ?? '(no event)';
      tally.kinds.set(kind, (tally.kinds.get(kind) ?? 0) + 1);
    } else tally.pending += 1;
  }
  for (const { source, row, cells } of rows) {
    const tally = bySource.get(source.src);
    const url = new URL(source.src, location.href).href;
    const requests = runRequests.filter((entry) => entry.name === url);
    const allRequests = recordRequests().filter((entry) => entry.name === url);
    const statuses = allRequests.map((entry) => entry.responseStatus).filter((status) => status);
    cells.cards.textContent = String(tally.cards);
    cells.ready.textContent = String(tally.ready);
    cells.error.textContent = tally.error
      ? `${tally.error} (${[...tally.kinds].map(([kind, n]) => `${kind} ×${n}`).join(', ')})`
      : '0';
    cells.pending.textContent = String(tally.pending);
    cells.requests.textContent = `${requests.length} (${allRequests.length} in all)`;
    cells.http.textContent = statuses.length ? [...new Set(statuses)].join(', ') : '–';
    const expected = source.expect.status === 'ready' ? tally.ready : (tally.kinds.get(source.expect.kind) ?? 0);
    const ok = tally.cards > 0 && expected === tally.cards;
    cells.ok.textContent = tally.pending ? '…' : ok ? 'yes' : 'NO';
    row.className = tally.pending ? '' : ok ? 'ok' : 'unexpected';
  }
}

// ---------------------------------------------------------------------------------------------
// Controls.

reloadButton.addEventListener('click', () => {
  const count = Math.max(grid.childElementCount, BATCH);
  startRun(forgetCache.checked ? 'reload all, cache forgotten' : 'reload all', () => {
    grid.replaceChildren();
    if (forgetCache.checked) clearRecordCache();
    addCards(0, count);
  });
});

addButton.addEventListener('click', () => {
  const from = grid.childElementCount;
  startRun(`add ${BATCH} more`, () => addCards(from, BATCH));
});

// Start once the element is registered (demo/stress.html loads /src/define.ts after this module),
// so every card is upgraded the moment it is connected.
await customElements.whenDefined('compound-card');
reloadButton.disabled = false;
addButton.disabled = false;
startRun('first load', () => addCards(0, BATCH));
