// Inlined at the top of the 100-card and static pages: records the longest
// main-thread task and the total blocking time (the part of each task over 50 ms).
(() => {
  const bench = (window.__bench ??= {});
  bench.longestTask = 0;
  bench.blockingTime = 0;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.longestTask = Math.max(bench.longestTask, entry.duration);
        bench.blockingTime += Math.max(0, entry.duration - 50);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longestTask = NaN;
    bench.blockingTime = NaN;
  }
})();
