// Inlined first in the <head> of the main-thread pages (bench/main-thread-pages.mjs), on
// the HTML-only pages too, so whatever it costs, every page pays alike. Resolves
// `window.benchDone` once the page is loaded, every card is `ready` (pages with the
// bundle) and the main thread has been quiet for QUIET_MS: timers asked for every
// TICK_MS all fired less than LATE_MS late, so no task of LATE_MS or more ran. Marks
// `bench-ready` and `bench-quiet` (User Timing) land in the trace and bound its window.
(() => {
  const TICK_MS = 50;
  const LATE_MS = 10;
  const QUIET_MS = 500;
  const GIVE_UP_MS = 10_000;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const loaded = new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));

  /** Every card `ready`: checked after each card event, and every 100 ms in case a card says nothing. */
  async function allReady(cards) {
    await customElements.whenDefined('compound-card');
    const settled = () => cards.every((card) => card.status === 'ready' || card.status === 'error');
    while (!settled()) {
      await Promise.race([
        sleep(100),
        new Promise((resolve) => document.addEventListener('compound-card-load', resolve, { once: true })),
        new Promise((resolve) => document.addEventListener('compound-card-error', resolve, { once: true })),
      ]);
    }
    await Promise.all(cards.map((card) => card.updateComplete));
  }

  /** Resolves at the start of the first QUIET_MS in which every timer fired on time. */
  async function quiet() {
    const started = performance.now();
    let since = started;
    while (performance.now() - since < QUIET_MS) {
      if (performance.now() - started > GIVE_UP_MS) return { quietFrom: since, gaveUp: true };
      const asked = performance.now();
      await sleep(TICK_MS);
      if (performance.now() - asked - TICK_MS >= LATE_MS) since = performance.now();
    }
    return { quietFrom: since, gaveUp: false };
  }

  window.benchDone = (async () => {
    await loaded;
    const cards = [...document.querySelectorAll('compound-card')];
    // A script tag for the bundle, or a script that adds one later (the after-paint page).
    const bundle = document.querySelector('script[src*="compound-card.js"], script[data-adds-bundle]');
    if (bundle && cards.length > 0) await allReady(cards);
    performance.mark('bench-ready');
    const readyAt = performance.now();
    const { quietFrom, gaveUp } = await quiet();
    performance.mark('bench-quiet');
    return {
      readyAt,
      quietFrom,
      quietAt: performance.now(),
      gaveUp,
      cards: cards.length,
      ready: cards.filter((card) => card.status === 'ready' && card.getAttribute('status') === 'ready').length,
      statuses: [...new Set(cards.map((card) => card.status))],
    };
  })();
})();
