// Deferred script of the static page: after DOMContentLoaded, waits for the next
// paint (two animation frames) and records `performance.now()`, like cards-ready.js.
(() => {
  const bench = (window.__bench ??= {});
  const { contentLoaded, firstContentfulPaint, nextPaint } = window.benchTiming;
  bench.scriptStart = performance.now();

  window.benchDone = (async () => {
    await contentLoaded();
    bench.allReady = performance.now();
    await nextPaint();
    bench.painted = performance.now();
    const nav = performance.getEntriesByType('navigation')[0];
    bench.domInteractive = nav.domInteractive;
    bench.firstContentfulPaint = await firstContentfulPaint();
    bench.cards = document.querySelectorAll('article.card').length;
    const first = document.querySelector('article.card');
    bench.text = (first?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    return bench;
  })();
})();
