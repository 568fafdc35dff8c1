// Inlined first in the <head> of the 100-card rendered and static pages. The page
// calls `window.lastCardParsed()` from an inline script right after its last card,
// so `lastParsed` is when the parser had put the last card in the DOM, and
// `firstPaint` is the end of the first frame after that: a task posted from the
// frame's animation-frame callback runs once its style, layout and paint are done.
// The same marks on both pages, so whatever they cost, they cost both alike.
(() => {
  const bench = (window.__bench ??= {});
  let painted;
  // On window, not in `bench`: `bench` goes back to Node as JSON.
  window.__firstPaint = new Promise((resolve) => {
    painted = resolve;
  });
  window.lastCardParsed = () => {
    bench.lastParsed = performance.now();
    requestAnimationFrame(() => {
      // Whether the bundle had already run when this frame began (a deferred bundle
      // may run before the first frame after parsing), and whether any card had
      // already been taken over (re-rendered by the client) by then.
      bench.definedAtFirstFrame = Boolean(window.customElements?.get('compound-card'));
      bench.takenOverAtFirstFrame = [...document.querySelectorAll('compound-card')].some((card) => card.hasUpdated === true);
      setTimeout(() => {
        bench.firstPaint = performance.now();
        painted();
      }, 0);
    });
  };
})();
