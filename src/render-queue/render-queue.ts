/**
 * Cards' first renders, taken a few at a time in tasks of their own.
 *
 * Rendering a card the moment it connects would put every card's first render in the
 * task that evaluated the bundle or parsed the page: on a phone one card alone makes
 * that task long, and a catalogue of a hundred holds the main thread for most of a
 * second. Queued, the renders run in later tasks of about `SLICE_MS` each, in the
 * order the cards connected, and the browser can answer the reader between them.
 */

/** How long one task may go on rendering cards before it yields to the browser. */
const SLICE_MS = 8;

/** A card as the queue sees it: Lit's update, run when its turn comes. */
export interface Renderable extends Element {
  performUpdate(): void;
}

/** Each waiting card, with what tells Lit its update has run. A Map keeps the order the cards connected in. */
const waiting = new Map<Renderable, () => void>();
let planned = false;

function renderSome(): void {
  planned = false;
  const start = performance.now();
  try {
    for (const [card, done] of waiting) {
      // A card the reader is pressing keeps its markup until the press ends: replaced
      // under the pointer, the press would lead to no click.
      if (card.matches(':active')) continue;
      waiting.delete(card);
      try {
        card.performUpdate();
      } finally {
        done();
      }
      if (performance.now() - start > SLICE_MS) break;
    }
  } finally {
    // A render that threw does not keep the other cards waiting.
    if (waiting.size) plan();
  }
}

/** A task of its own, soon: a timer, which every engine runs even in a frame out of view. */
function plan(): void {
  if (!planned) setTimeout(renderSome);
  planned = true;
}

/**
 * Resolves once `card` has had its update, in a later task after the cards already
 * waiting: what a Lit element's `scheduleUpdate` returns to have its update wait.
 */
export const inTurn = (card: Renderable): Promise<void> =>
  new Promise((resolve) => {
    waiting.set(card, resolve);
    plan();
  });
