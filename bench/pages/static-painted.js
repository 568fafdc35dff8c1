// Deferred script of the static page: after DOMContentLoaded, waits for the next
// paint (two animation frames) and records `performance.now()`, like cards-ready.js.
(() => {
  const bench = (window.__bench ??= {});
  bench.scriptStart = performance.now();
  const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const contentLoaded = () =>
    document.readyState === 'loading'
      ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
      : Promise.resolve();

  // Reported asynchronously, after the frame is presented; given up after a second.
  const firstContentfulPaint = () =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(NaN), 1000);
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (!entry) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
    });

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
