/**
 * Re-renders cards when a `lang` attribute changes anywhere in the document, so a
 * card follows its ancestors' language as well as its own. One observer serves
 * every card on the page, and it exists only while a card is connected.
 */
interface Renderable {
  requestUpdate(): void;
}

const cards = new Set<Renderable>();
let observer: MutationObserver | undefined;

export function watchLanguage(card: Renderable): void {
  cards.add(card);
  if (observer) return;
  observer = new MutationObserver(() => cards.forEach((each) => each.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export function unwatchLanguage(card: Renderable): void {
  cards.delete(card);
  if (cards.size || !observer) return;
  observer.disconnect();
  observer = undefined;
}
