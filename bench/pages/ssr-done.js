// Deferred, last script of the 100-card rendered and static pages. Rendered page
// with the bundle: waits until it has taken every card over (defined, first update
// done, status "ready", the server's <style> gone from the shadow root). Static
// page, or rendered page without the bundle: waits for DOMContentLoaded. Then the next paint (two animation frames), like
// cards-ready.js, and the first-paint mark of first-paint.js. `window.benchDone`.
(() => {
  const bench = (window.__bench ??= {});
  const { contentLoaded, firstContentfulPaint, nextPaint } = window.benchTiming;
  const hosts = () => [...document.querySelectorAll('compound-card, .cc-host')];
  const articleOf = (host) => (host.shadowRoot ?? host).querySelector('article');

  window.benchDone = (async () => {
    await contentLoaded();
    const cards = [...document.querySelectorAll('compound-card')];
    const bundle = document.querySelector('script[src$="/compound-card.js"]');
    if (cards.length > 0 && bundle) {
      await customElements.whenDefined('compound-card');
      await Promise.all(cards.map((card) => card.updateComplete));
      bench.ready = cards.filter((card) => card.status === 'ready').length;
      bench.takenOver = cards.filter((card) => card.hasUpdated && !card.shadowRoot.querySelector('style, link')).length;
    }
    bench.allReady = performance.now();
    await nextPaint();
    bench.painted = performance.now();
    await window.__firstPaint;
    const nav = performance.getEntriesByType('navigation')[0];
    bench.domInteractive = nav.domInteractive;
    // Deferred scripts run between the end of parsing and DOMContentLoaded; the
    // cards' takeover renders in the microtasks right after the bundle's script.
    bench.domContentLoaded = nav.domContentLoadedEventStart;
    bench.htmlBytes = nav.decodedBodySize;
    bench.firstContentfulPaint = await firstContentfulPaint();
    const all = hosts();
    bench.cards = all.length;
    // The same content must make the same box on both pages, before and after takeover.
    bench.firstHeight = all[0].getBoundingClientRect().height;
    bench.lastHeight = all.at(-1).getBoundingClientRect().height;
    bench.text = articleOf(all[0]).textContent.replace(/\s+/g, ' ').trim().length;
    return bench;
  })();
})();
