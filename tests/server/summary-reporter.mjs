// Ends the run with one plain line, "tests: N passed, N failed, N skipped",
// counted over every browser, so CI logs have a single figure to read.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const perBrowser = new Map();
      for (const session of sessions) {
        const own = { passed: 0, failed: 0, skipped: 0 };
        count(session.testResults, own);
        // A file that failed to load has no results: count it as a failure.
        if (!session.passed && own.failed === 0) own.failed++;
        const name = session.browser.name;
        const sum = perBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        for (const k of Object.keys(own)) {
          sum[k] += own[k];
          totals[k] += own[k];
        }
        perBrowser.set(name, sum);
      }
      for (const [name, sum] of perBrowser) {
        console.log(`${name}: ${sum.passed} passed, ${sum.failed} failed, ${sum.skipped} skipped`);
      }
      console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    },
  };
}
