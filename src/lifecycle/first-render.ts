/**
 * When a card has its first render: in the next animation frame, before that frame is
 * painted, sharing each frame with the other cards.
 *
 * Rendering the moment a card connects would put its first render in the task that
 * evaluated the bundle or parsed the page; on a phone that task gets long, and on a
 * catalogue page of a hundred cards it holds the main thread for most of a second. In
 * the frame's own callbacks instead, a card that connected before the page's first
 * paint is in that paint (nothing shifts), and the cards take `SLICE_MS` of each frame
 * between them, in the order they connected: the browser answers the reader between
 * frames. Where no frame comes (a background tab; WebKit, for a frame out of view), a
 * timer stands in for it.
 */

/** How long the cards may render in one frame before the rest wait for the next. */
const SLICE_MS = 8;
/** A frame's stand-in where frames do not come. */
const NO_FRAME_MS = 100;

/** The frame the cards are rendering in (its time), and when they began in it. */
let sliceFrame = NaN;
let sliceStart = 0;

/** The next frame's time, or (negative, unique) the time a timer stood in for it. */
const nextFrame = () =>
  new Promise<number>((resolve) => {
    requestAnimationFrame(resolve);
    setTimeout(() => resolve(-performance.now()), NO_FRAME_MS);
  });

/**
 * Resolves when `card` may have its first render, from a frame's callback: once this
 * frame's slice has room, and not while the reader is pressing the card (its markup,
 * replaced under the pointer, would lead to no click).
 */
export async function firstRenderTurn(card: Element): Promise<void> {
  for (;;) {
    const frame = await nextFrame();
    if (card.matches(':active')) continue;
    if (frame !== sliceFrame) {
      sliceFrame = frame;
      sliceStart = performance.now();
    }
    if (performance.now() - sliceStart < SLICE_MS) return;
  }
}
