/**
 * Scripts the README gives hosts to copy, read from the README itself, so the tests and the
 * bench run exactly what a host copies (a snippet that drifts from them fails its tests).
 */
import { readFileSync } from 'node:fs';

const README = new URL('../README.md', import.meta.url);
const AFTER_PAINT_MARK = '<!-- snippet: load the bundle after the first paint';
/** The bundle URL the README's snippet names, replaced by the caller's. */
const README_BUNDLE_URL = '/vendor/compound-card@0.1.0/compound-card.js';

/**
 * The README's script that adds the bundle once the page has painted ("Load the bundle after
 * the first paint"), with the bundle at `src`.
 * @param {string} src
 */
export function afterPaintLoader(src) {
  const readme = readFileSync(README, 'utf8');
  const at = readme.indexOf(AFTER_PAINT_MARK);
  // The first HTML code block after the mark.
  const block = at < 0 ? undefined : /```html\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!block?.[1].includes(README_BUNDLE_URL)) {
    throw new Error(`README.md: no after-paint snippet naming ${README_BUNDLE_URL} after "${AFTER_PAINT_MARK}"`);
  }
  return block[1].replace(README_BUNDLE_URL, src).trim();
}
