/**
 * Runs `task` once the browser is idle after the calls to the returned function,
 * and at the latest one frame (16 ms) after the first of them: typing stays
 * smooth, and the card still follows every edit within a frame. Calls made
 * before it runs are served by that one run, since the task reads the state then.
 */
const FRAME_MS = 16;

export function whenIdle(task: () => void): () => void {
  let pending = false;
  const run = () => {
    pending = false;
    task();
  };
  return () => {
    if (pending) return;
    pending = true;
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: FRAME_MS });
    else requestAnimationFrame(run);
  };
}
