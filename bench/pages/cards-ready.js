// Deferred script of a card page: waits until every card has status "ready" and
// has rendered, then for the next paint (two animation frames), and records
// `performance.now()`; then, for reference, first-contentful-paint. The result is
// `window.benchDone` (a promise).
(() => {
  const bench = (window.__bench ??= {});
  const { firstContentfulPaint, nextPaint } = window.benchTiming;
  bench.scriptStart = performance.now();
  const cards = [...document.querySelectorAll('compound-card')];

  const allReady = () =>
    new Promise((resolve, reject) => {
      const check = () => {
        const failed = cards.filter((card) => card.status === 'error').length;
        if (failed > 0) {
          reject(new Error(`${failed} card(s) in status "error"`));
          return true;
        }
        if (cards.every((card) => card.status === 'ready')) {
          resolve();
          return true;
        }
        return false;
      };
      if (check()) return;
      const onEvent = () => {
        if (!check()) return;
        document.removeEventListener('compound-card-load', onEvent);
        document.removeEventListener('compound-card-error', onEvent);
      };
      document.addEventListener('compound-card-load', onEvent);
      document.addEventListener('compound-card-error', onEvent);
    });

  window.benchDone = (async () => {
    await customElements.whenDefined('compound-card');
    await allReady();
    await Promise.all(cards.map((card) => card.updateComplete));
    bench.allReady = performance.now();
    await nextPaint();
    bench.painted = performance.now();
    const nav = performance.getEntriesByType('navigation')[0];
    bench.domInteractive = nav.domInteractive;
    bench.firstContentfulPaint = await firstContentfulPaint();
    bench.cards = cards.length;
    bench.ready = cards.filter((card) => card.status === 'ready').length;
    bench.resources = performance
      .getEntriesByType('resource')
      .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime, end: entry.responseEnd }));
    const first = cards[0]?.shadowRoot?.querySelector('article');
    bench.text = (first?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    return bench;
  })();
})();
