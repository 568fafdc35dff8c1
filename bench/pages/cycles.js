// Mount/unmount cycles: create a card with the record, append it, await its
// render, remove it.
// Every removed card is remembered only through a WeakRef, so after a forced
// GC `aliveCards()` counts the detached cards something still holds.
(() => {
  const record = JSON.parse(document.getElementById('record').textContent);
  const template = document.getElementById('static-card');
  const stage = document.getElementById('stage');
  const refs = [];

  window.runCardCycles = async (count) => {
    await customElements.whenDefined('compound-card');
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const card = document.createElement('compound-card');
      card.record = record;
      stage.append(card);
      await card.updateComplete;
      if (card.status !== 'ready') throw new Error(`card status is "${card.status}"`);
      card.remove();
      refs.push(new WeakRef(card));
    }
    return performance.now() - t0;
  };

  // The floor: the same content as plain DOM, cloned, appended and removed.
  window.runStaticCycles = async (count) => {
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const wrapper = document.createElement('div');
      wrapper.append(template.content.cloneNode(true));
      stage.append(wrapper);
      await Promise.resolve();
      wrapper.remove();
    }
    return performance.now() - t0;
  };

  window.aliveCards = () => refs.filter((ref) => ref.deref() !== undefined).length;
  window.removedCards = () => refs.length;
})();
