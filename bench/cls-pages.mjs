/**
 * Pages of the layout-shift benchmark (bench/cls.mjs): one host page per mode, a
 * card between two paragraphs near the top of an article column (the issue's
 * setup, as in the server-rendering tests), or, for the lazy modes, in the middle
 * of a long article, far below the fold. Generated in memory, served under /gen/
 * by server.mjs.
 */
import { readFileSync } from 'node:fs';
import { reservedPlaceholder } from '../scripts/readme-snippets.mjs';
import { page, scriptJson } from './content.mjs';

/** The record arrives this late for `src` cards (server.mjs `?delay=`). */
export const RECORD_DELAY_MS = 400;
const SRC = `/demo/records/thymogen.json?delay=${RECORD_DELAY_MS}`;
/** Article paragraphs above a below-the-fold card (well over two 900 px screens) and after it. */
const FILLER_ABOVE = 24;
const FILLER_BELOW = 8;

const SCRIPTS = {
  head: '<script src="/dist/compound-card.js"></script>',
  defer: '<script src="/dist/compound-card.js" defer></script>',
  module: '<script type="module" src="/dist/compound-card.js"></script>',
};

/** The README's rule for a `src` card above the fold that is longer than a screen. */
const RESERVE = reservedPlaceholder();

/**
 * @typedef {{ id: string, card: 'rendered' | 'embedded' | 'src' | 'lazy', script: keyof typeof SCRIPTS, wait: 'ready' | 'idle' | 'glide' | 'jump', reserve?: boolean, label: string }} ClsMode
 */

/**
 * Every mode: how the card gets its content, where the bundle is, and what the page
 * waits for (pages/cls-observe.js). `rendered` modes are the target (CLS 0.000).
 * @type {ClsMode[]}
 */
export const CLS_MODES = [
  { id: 'rendered-head', card: 'rendered', script: 'head', wait: 'ready', label: 'rendered, classic bundle in `<head>`' },
  { id: 'rendered-defer', card: 'rendered', script: 'defer', wait: 'ready', label: 'rendered, bundle `defer`' },
  { id: 'rendered-module', card: 'rendered', script: 'module', wait: 'ready', label: 'rendered, bundle `type="module"`' },
  { id: 'embedded-head', card: 'embedded', script: 'head', wait: 'ready', label: 'embedded record, classic bundle in `<head>`' },
  { id: 'embedded-defer', card: 'embedded', script: 'defer', wait: 'ready', label: 'embedded record, bundle `defer`' },
  { id: 'embedded-module', card: 'embedded', script: 'module', wait: 'ready', label: 'embedded record, bundle `type="module"`' },
  { id: 'src', card: 'src', script: 'defer', wait: 'ready', label: `\`src\`, record after ${RECORD_DELAY_MS} ms, bundle \`defer\`` },
  {
    id: 'src-head-reserved',
    card: 'src',
    script: 'head',
    wait: 'ready',
    reserve: true,
    label: `\`src\`, record after ${RECORD_DELAY_MS} ms, classic bundle in \`<head>\`, placeholder a screen high (the README's rule)`,
  },
  { id: 'src-lazy', card: 'lazy', script: 'defer', wait: 'idle', label: '`src` `loading="lazy"` below the fold, reader stays above the fold' },
  { id: 'src-lazy-glide', card: 'lazy', script: 'defer', wait: 'glide', label: '`src` `loading="lazy"` below the fold, reader scrolls down to it (1000 px/s)' },
  { id: 'src-lazy-jump', card: 'lazy', script: 'defer', wait: 'jump', label: '`src` `loading="lazy"` below the fold, page jumps to it (as a fragment link)' },
];
export const clsPath = (/** @type {ClsMode} */ mode) => `/gen/cls-${mode.id}.html`;

const HOST_CSS = `body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem; }`;

const filler = (/** @type {number} */ count, from = 0) =>
  Array.from(
    { length: count },
    (_, i) =>
      `<p>Paragraph ${from + i + 1} of the host article. It is ordinary text of a few lines, so the page scrolls the way an article does; nothing in it changes size after it is parsed, so any layout shift the page records comes from the card.</p>`,
  ).join('\n');

/**
 * @param {object} record the demo record
 * @param {Pick<import('./ssr-pages.mjs').SsrEntry, 'renderCard'>} ssr the built `./ssr` entry
 * @returns {Map<string, string>}
 */
export function clsPages(record, { renderCard }) {
  const observe = `<script>\n${readFileSync(new URL('pages/cls-observe.js', import.meta.url), 'utf8')}\n</script>`;
  const cards = {
    rendered: renderCard(record),
    embedded: `<compound-card><script type="application/json">${scriptJson(record)}</script></compound-card>`,
    src: `<compound-card src="${SRC}"></compound-card>`,
    lazy: `<compound-card src="${SRC}" loading="lazy"></compound-card>`,
  };
  const pages = new Map();
  for (const mode of CLS_MODES) {
    const long = mode.card === 'lazy';
    const body = [
      '<main>',
      '<h1>A host page</h1>',
      '<p id="before">A paragraph before the card, as on an article page.</p>',
      ...(long ? [filler(FILLER_ABOVE)] : []),
      mode.reserve ? RESERVE.onCard(cards[mode.card]) : cards[mode.card],
      '<p id="after">A paragraph after the card: if the card changed size, this would move.</p>',
      ...(long ? [filler(FILLER_BELOW, FILLER_ABOVE)] : []),
      '</main>',
    ].join('\n');
    const css = mode.reserve ? `${HOST_CSS}\n${RESERVE.css}` : HOST_CSS;
    const html = page(`CLS: ${mode.id}`, `${observe}\n<style>\n${css}\n</style>\n${SCRIPTS[mode.script]}`, body);
    pages.set(clsPath(mode), html.replace('<body>', `<body data-wait="${mode.wait}">`));
  }
  return pages;
}
