// Loaded (deferred) just before each page's own deferred bench script, which
// therefore runs after it: the waits and marks those scripts share.
window.benchTiming = {
  /** The next paint: two animation frames. */
  nextPaint: () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  /** The end of parsing. */
  contentLoaded: () =>
    document.readyState === 'loading'
      ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
      : Promise.resolve(),
  /** The page's first contentful paint, reported after the frame is presented; NaN after a second without it. */
  firstContentfulPaint: () =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(NaN), 1000);
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (!entry) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
    }),
};
