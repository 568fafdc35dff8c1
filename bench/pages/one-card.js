// One card: the time from setting `card.record` to `updateComplete`, and to the
// next paint, against the floor of inserting the same content as plain DOM (a
// clone of the static card in a <template>). Each sample starts inside an
// animation-frame callback, so the change is rendered in that same frame; a
// task posted from there runs after the frame's style, layout and paint.
(() => {
  const record = JSON.parse(document.getElementById('record').textContent);
  const template = document.getElementById('static-card');
  const stage = document.getElementById('stage');
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const task = () => new Promise((resolve) => setTimeout(resolve, 0));
  const settle = async () => {
    await frame();
    await task();
  };

  async function cardSample() {
    stage.replaceChildren();
    const card = document.createElement('compound-card');
    stage.append(card);
    await card.updateComplete;
    await settle(); // the empty card (disclaimer only) is on screen
    const value = structuredClone(record); // a new object, as a host would set
    await frame();
    const t0 = performance.now();
    card.record = value;
    await card.updateComplete;
    const t1 = performance.now();
    await task();
    const t2 = performance.now();
    if (card.status !== 'ready') throw new Error(`card status is "${card.status}"`);
    return { update: t1 - t0, paint: t2 - t0 };
  }

  async function staticSample() {
    stage.replaceChildren();
    await settle();
    await frame();
    const t0 = performance.now();
    stage.append(template.content.cloneNode(true));
    const t1 = performance.now();
    await task();
    const t2 = performance.now();
    return { update: t1 - t0, paint: t2 - t0 };
  }

  /** `pairs` alternating samples of each; `staticFirst` picks which goes first. */
  window.runOneCard = async (pairs, staticFirst) => {
    await customElements.whenDefined('compound-card');
    const result = { card: [], static: [] };
    for (let i = 0; i < pairs; i++) {
      const order = (i % 2 === 0) === staticFirst ? ['static', 'card'] : ['card', 'static'];
      for (const kind of order) result[kind].push(kind === 'card' ? await cardSample() : await staticSample());
    }
    stage.replaceChildren();
    return result;
  };
})();
