// After the bundle page's timed <script src>: its fetch (resource timing) and its
// evaluation (the inline marks around it, minus any wait for the download).
(() => {
  const src = document.body.dataset.bundle;
  const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === src);
  const t0 = window.__t0;
  const t1 = window.__t1;
  const bench = {
    blocked: t1 - t0,
    fetch: entry ? entry.responseEnd - entry.startTime : NaN,
    evaluate: entry ? t1 - Math.max(t0, entry.responseEnd) : NaN,
    bytes: entry ? entry.decodedBodySize : NaN,
    defined: Boolean(customElements.get('compound-card') || customElements.get('baseline-element')),
  };
  window.__bench = bench;
  window.benchDone = Promise.resolve(bench);
})();
