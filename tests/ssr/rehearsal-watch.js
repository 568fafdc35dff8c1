// Loaded before the bundle on pages with `watch=rehearsal`: records the page's rehearsal
// of a first render (README, "Many cards on a page") as it happens. Each fragment made by
// script is a rehearsal step (the card's own renders go into its shadow root, and Lit's
// clones come from `importNode`); each `<template>` made by script is a template Lit
// prepares. Neither changes what they make.
window.__rehearsal = { steps: [], templates: [] };
const NativeFragment = DocumentFragment;
window.DocumentFragment = class extends NativeFragment {
  constructor() {
    super();
    // Whether any card on the page already showed something when this step began.
    const cards = [...document.querySelectorAll('compound-card')];
    window.__rehearsal.steps.push({ cards: cards.length, rendered: cards.filter((card) => card.hasUpdated).length });
  }
};
const createElement = document.createElement;
document.createElement = function (name, options) {
  const element = createElement.call(this, name, options);
  if (String(name).toLowerCase() === 'template') window.__rehearsal.templates.push(element);
  return element;
};
