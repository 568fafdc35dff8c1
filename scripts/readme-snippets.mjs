/**
 * Code the README gives hosts to copy, read from the README itself, so the tests and the
 * bench run exactly what a host copies (a snippet that drifts from them fails its tests).
 */
import { readFileSync } from 'node:fs';

const README = new URL('../README.md', import.meta.url);
const AFTER_PAINT_MARK = '<!-- snippet: load the bundle after the first paint';
const RESERVE_MARK = '<!-- snippet: reserve a src card\'s height';
/** The bundle URL the README's snippet names, replaced by the caller's. */
const README_BUNDLE_URL = '/vendor/compound-card@0.1.0/compound-card.js';

/**
 * The first code block in `language` after the README's `mark`, which must contain `needle`.
 * @param {string} mark @param {string} language @param {string} needle
 */
function snippet(mark, language, needle) {
  const readme = readFileSync(README, 'utf8');
  const at = readme.indexOf(mark);
  const block = at < 0 ? undefined : new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(readme.slice(at));
  if (!block?.[1].includes(needle)) throw new Error(`README.md: no ${language} snippet naming ${needle} after "${mark}"`);
  return block[1].trim();
}

/**
 * The README's script that adds the bundle once the page has painted ("Load the bundle after
 * the first paint"), with the bundle at `src`.
 * @param {string} src
 */
export function afterPaintLoader(src) {
  return snippet(AFTER_PAINT_MARK, 'html', README_BUNDLE_URL).replace(README_BUNDLE_URL, src);
}

/**
 * The README's host rule that makes a `src` card's placeholder a screen high ("Reserve a `src`
 * card's height"), and the class it selects the card by.
 */
export function reservedPlaceholder() {
  const css = snippet(RESERVE_MARK, 'css', '--compound-card-placeholder-height');
  const className = /^compound-card\.([\w-]+) \{/.exec(css)?.[1];
  if (!className) throw new Error(`README.md: the reserve rule selects no card class: ${css}`);
  /** @param {string} card the card's markup, given that class (its tag may have no attributes yet) */
  const onCard = (card) => card.replace(/<compound-card(?=[\s>])/, `<compound-card class="${className}"`);
  return { css, className, onCard };
}
