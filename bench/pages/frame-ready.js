// Deferred script in each iframe of the 100-iframe page, after the bundle: waits
// until the frame's client-rendered card is ready, then the end of the next frame
// (a task posted from its animation-frame callback, as in first-paint.js), and
// posts both times to the parent page as absolute times (timeOrigin + now).
(async () => {
  const card = document.querySelector('compound-card');
  const now = () => performance.timeOrigin + performance.now();
  await customElements.whenDefined('compound-card');
  await card.updateComplete;
  while (card.status !== 'ready' && card.status !== 'error') {
    await new Promise((resolve) => {
      card.addEventListener('compound-card-load', resolve, { once: true });
      card.addEventListener('compound-card-error', resolve, { once: true });
    });
  }
  const ready = now();
  requestAnimationFrame(() =>
    setTimeout(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      window.parent.postMessage(
        {
          kind: 'compound-card-frame',
          status: card.status,
          ready,
          painted: now(),
          htmlBytes: nav.decodedBodySize,
          cardHeight: card.getBoundingClientRect().height,
          text: (card.shadowRoot.querySelector('article')?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
        },
        '*',
      );
    }, 0),
  );
})();
