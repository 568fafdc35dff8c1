// Inlined first in the <head> of the CLS pages, so it sees every layout shift from
// the first frame on. Resolves `window.benchDone` once the page has settled, as
// <html data-wait> says:
//   ready   the card is `ready` (after its takeover, render or record)
//   idle    nothing to wait for (a lazy card below the fold): a fixed time after load
//   jump    after load, scrolls at once so the card's top is 100 px below the
//           viewport's top (as a fragment link would), then as `ready`
//   glide   scrolls there at 1000 px/s, 50 px every 50 ms (a reader scrolling
//           down), then as `ready`
// then two more frames and a pause, so the last frame's shifts are reported.
(() => {
  const IDLE_MS = 1500;
  const GLIDE_STEP_PX = 50;
  const GLIDE_STEP_MS = 50;
  const SETTLE_MS = 300;
  const shifts = [];
  // What moved, for the report to name when a load shifts that should not. A source's node
  // is null when the node has left the document since, or when Chromium does not expose it
  // (it may be inside the card's shadow root): "(no node)" says only that.
  const nameOf = (node) =>
    !node ? '(no node)' : node.nodeType !== 1 ? node.nodeName : `${node.localName}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`;
  const rectOf = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      shifts.push({
        value: entry.value,
        startTime: entry.startTime,
        hadRecentInput: entry.hadRecentInput,
        sources: entry.sources.map((source) => `${nameOf(source.node)} ${rectOf(source.previousRect)} → ${rectOf(source.currentRect)}`),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const loaded = new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));

  async function ready(card) {
    await customElements.whenDefined('compound-card');
    await card.updateComplete;
    while (card.status !== 'ready') {
      if (card.status === 'error') throw new Error('the card is in status "error"');
      await new Promise((resolve) => {
        card.addEventListener('compound-card-load', resolve, { once: true });
        card.addEventListener('compound-card-error', resolve, { once: true });
      });
    }
    await card.updateComplete;
  }

  window.benchDone = (async () => {
    await loaded;
    const wait = document.body.dataset.wait;
    const card = document.querySelector('compound-card');
    const cardTop = card.getBoundingClientRect().top + window.scrollY;
    const target = cardTop - 100;
    if (wait === 'jump') {
      await frames();
      window.scrollTo(0, target);
    }
    if (wait === 'glide') {
      while (window.scrollY < target) {
        window.scrollTo(0, Math.min(target, window.scrollY + GLIDE_STEP_PX));
        await sleep(GLIDE_STEP_MS);
      }
    }
    if (wait === 'idle') await sleep(IDLE_MS);
    else await ready(card);
    await frames();
    await sleep(SETTLE_MS);
    return {
      shifts,
      status: card.status,
      cardTop,
      viewportHeight: window.innerHeight,
      scrollY: window.scrollY,
      recordRequests: performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/records/')).length,
    };
  })();
})();
