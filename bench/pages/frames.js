// Inlined first in the <head> of the 100-iframe page: collects what each frame's
// frame-ready.js posts (its card ready, and painted, as absolute times) and
// resolves `window.benchDone` once every iframe on the page has reported.
// Times are turned into ms since this page's navigation start.
(() => {
  const bench = (window.__bench ??= {});
  const reports = [];
  let expected = Infinity;
  let resolveAll;
  const all = new Promise((resolve) => {
    resolveAll = resolve;
  });
  const check = () => reports.length >= expected && resolveAll();
  window.addEventListener('message', (event) => {
    if (event.data?.kind !== 'compound-card-frame') return;
    reports.push(event.data);
    check();
  });
  document.addEventListener('DOMContentLoaded', () => {
    expected = document.querySelectorAll('iframe').length;
    check();
  });
  const since = (absolute) => absolute - performance.timeOrigin;
  const latest = (key) => Math.max(...reports.map((report) => since(report[key])));

  window.benchDone = (async () => {
    await all;
    bench.cards = reports.length;
    bench.ready = reports.filter((report) => report.status === 'ready').length;
    bench.allReady = latest('ready');
    // A client-rendered card shows its text when it is ready: the last frame to paint
    // its card is the first paint of the last card's text, and the total.
    bench.painted = latest('painted');
    bench.firstPaint = bench.painted;
    bench.firstFramePainted = Math.min(...reports.map((report) => since(report.painted)));
    const nav = performance.getEntriesByType('navigation')[0];
    bench.domInteractive = nav.domInteractive;
    bench.htmlBytes = nav.decodedBodySize + reports.reduce((sum, report) => sum + report.htmlBytes, 0);
    bench.firstHeight = reports[0].cardHeight;
    bench.lastHeight = reports.at(-1).cardHeight;
    bench.text = reports[0].text;
    return bench;
  })();
})();
