// Ends the run with one line per engine, "Chromium: N passed, N failed, N skipped,
// 12.3 min from its first file to its last",
// the tests each engine skipped (their titles carry the reason), and one plain total
// line, "tests: N passed, N failed, N skipped", so CI logs have a single figure to read.
/**
 * Per engine: its tests by outcome, and the titles of the skipped ones.
 * @typedef {{ passed: number, failed: number, skipped: number, skippedTitles: string[] }} Sum
 */

/**
 * @param {import('@web/test-runner').TestSuiteResult | undefined} suite
 * @param {Sum} totals
 * @param {string[]} [path]
 */
function count(suite, totals, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) {
      totals.skipped++;
      totals.skippedTitles.push([...path, test.name].join(' > '));
    } else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals, [...path, child.name]);
}

/** @returns {import('@web/test-runner').Reporter} */
export function summaryReporter() {
  /**
   * Per engine: when its first file started and its last one finished.
   * @type {Map<string, { first: number, last: number }>}
   */
  const spans = new Map();
  return {
    start({ sessions }) {
      sessions.on('session-status-updated', (session) => {
        const span = spans.get(session.browser.name) ?? { first: Date.now(), last: Date.now() };
        if (session.status === 'FINISHED') span.last = Date.now();
        spans.set(session.browser.name, span);
      });
    },
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      /** @type {Map<string, Sum>} */
      const perBrowser = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        const sum = perBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0, skippedTitles: [] };
        const before = { ...sum };
        count(session.testResults, sum, [session.testFile.replace(/^.*?\/tests\//, 'tests/')]);
        // A file that failed to load has no results: count it as a failure.
        if (!session.passed && sum.failed === before.failed) sum.failed++;
        perBrowser.set(name, sum);
      }
      for (const [name, sum] of perBrowser) {
        for (const k of /** @type {(keyof typeof totals)[]} */ (Object.keys(totals))) totals[k] += sum[k];
        const span = spans.get(name);
        const minutes = span ? `, ${((span.last - span.first) / 60000).toFixed(1)} min from its first file to its last` : '';
        console.log(`${name}: ${sum.passed} passed, ${sum.failed} failed, ${sum.skipped} skipped${minutes}`);
        for (const title of sum.skippedTitles) console.log(`  skipped in ${name}: ${title}`);
      }
      console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    },
  };
}
