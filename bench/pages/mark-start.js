// Runs as the first deferred script of a card page, just before the bundle:
// marks when the bundle starts to run, when `compound-card` is defined and when
// the cards' first renders are done, and the first and last load events. The whenDefined callback runs before the
// cards' first Lit updates (those are queued by the upgrades that
// `customElements.define` triggers), so `defined - beforeBundle` is the
// bundle's evaluation plus the upgrades, and `rendered - defined` is the
// first render of every card (one microtask checkpoint, no frame in between).
(() => {
  const bench = (window.__bench ??= {});
  bench.beforeBundle = performance.now();
  // First and last `compound-card-load`: the span of the burst that renders the records.
  document.addEventListener('compound-card-load', () => {
    const now = performance.now();
    bench.firstLoad ??= now;
    bench.lastLoad = now;
  });
  void customElements.whenDefined('compound-card').then(() => {
    bench.defined = performance.now();
    const cards = [...document.querySelectorAll('compound-card')];
    bench.readyAtDefined = cards.filter((card) => card.hasUpdated).length;
    void Promise.all(cards.map((card) => card.updateComplete)).then(() => {
      bench.rendered = performance.now();
    });
  });
})();
