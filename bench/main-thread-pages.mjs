/**
 * Pages of the main-thread section (bench/main-thread.mjs, bench/lighthouse.mjs), generated
 * in memory and served under /gen/ by server.mjs, all from one record with every field
 * (content.mjs `completeRecord`):
 *
 *   one card   an article (a heading, a paragraph, the card, a paragraph) with the card
 *              client-rendered (record embedded), as `src`, or server-rendered
 *              (`renderCard`) and taken over, each with the bundle `defer`, as a module or
 *              as a classic script in <head>; and the HTML-only page: the same article with
 *              the `renderCard` output and no bundle, the floor every card page is held to
 *   100 cards  100 client-rendered cards (records embedded), 100 server-rendered cards taken
 *              over (both with the bundle `defer`), and the 100 `renderCard` outputs alone
 *
 * The measured pages inline pages/main-thread-done.js first in <head>; the Lighthouse
 * copies (/gen/lh-*) carry nothing but the article and the card.
 */
import { readFileSync } from 'node:fs';
import { afterPaintLoader, reservedPlaceholder } from '../scripts/readme-snippets.mjs';
import { page, scriptJson } from './content.mjs';

/** Where the `src` cards get the complete record (served as JSON: server.mjs types /gen/ by extension). */
export const COMPLETE_RECORD_PATH = '/gen/record-complete.json';
/**
 * A same-origin page loaded before the measured page in the same renderer (main-thread.mjs):
 * it lays out text in the fonts the article and the card use, so the renderer's one-time font
 * set-up (hundreds of ms in the first layout at 4×, on every page alike) is done before the
 * trace starts and cannot hide the card's own tasks. Nothing of the card is on it.
 */
export const BLANK_PATH = '/gen/mt-warm-fonts.html';

const BUNDLE = {
  defer: '<script src="/dist/compound-card.js" defer></script>',
  module: '<script type="module" src="/dist/compound-card.js"></script>',
  head: '<script src="/dist/compound-card.js"></script>',
  // The README's inline script for pages of server-rendered cards: the bundle after the first
  // paint. Marked, so the bench's script knows a bundle is coming (it has no tag at `load`).
  'after-paint': afterPaintLoader('/dist/compound-card.js').replace(/^<script>/, '<script data-adds-bundle>'),
};
const PLACEMENT_LABELS = {
  defer: 'bundle `defer`',
  module: 'bundle `type="module"`',
  head: 'classic bundle in `<head>`',
  'after-paint': 'bundle added after the first paint (the README\'s script)',
};
const CARD_LABELS = { client: 'client-rendered (embedded record)', src: '`src` card', ssr: 'server-rendered, taken over' };

/**
 * @typedef {{ id: string, card: 'html' | 'client' | 'src' | 'ssr', placement?: 'defer' | 'module' | 'head' | 'after-paint', reserve?: boolean, label: string }} OnePage
 * @typedef {{ id: string, card: 'html' | 'client' | 'ssr', label: string }} HundredPage
 */

/** @type {('client' | 'src' | 'ssr')[]} */
const CARDS = ['client', 'src', 'ssr'];
/** @type {('defer' | 'module' | 'head')[]} */
const PLACEMENTS = ['defer', 'module', 'head'];

/** The one-card pages: the HTML-only floor first, then card × placement. @type {OnePage[]} */
export const ONE_CARD_PAGES = [
  { id: 'html', card: 'html', label: 'HTML only (`renderCard` output, no bundle)' },
  ...CARDS.flatMap((card) =>
    PLACEMENTS.map((placement) => ({ id: `${card}-${placement}`, card, placement, label: `${CARD_LABELS[card]}, ${PLACEMENT_LABELS[placement]}` })),
  ),
  // Only server-rendered cards show without the bundle: the README offers this placement for them alone.
  { id: 'ssr-after-paint', card: 'ssr', placement: 'after-paint', label: `${CARD_LABELS.ssr}, ${PLACEMENT_LABELS['after-paint']}` },
  // A `src` card above the fold as the README advises: its placeholder a screen high, in the first paint.
  {
    id: 'src-head-reserved',
    card: 'src',
    placement: 'head',
    reserve: true,
    label: `${CARD_LABELS.src}, ${PLACEMENT_LABELS.head}, placeholder a screen high (the README's rule)`,
  },
];

/** The 100-card pages, all with the bundle `defer` where there is one. @type {HundredPage[]} */
export const HUNDRED_PAGES = [
  { id: 'html', card: 'html', label: 'HTML only (`renderCard` outputs, no bundle)' },
  { id: 'client', card: 'client', label: 'client-rendered, records embedded, bundle `defer`' },
  { id: 'ssr', card: 'ssr', label: 'server-rendered, taken over, bundle `defer`' },
];

/**
 * Each kind of card at the top of a page as the README advises ("Which mode above the
 * fold"): the pages Lighthouse's score and LCP targets are checked on.
 */
export const ABOVE_THE_FOLD = /** @type {const} */ ({ client: 'client-head', src: 'src-head-reserved', ssr: 'ssr-after-paint' });
/** The same three cards with the bundle `defer`, as the targets were first measured: reported beside them. */
export const WITH_DEFER = /** @type {const} */ ({ client: 'client-defer', src: 'src-defer', ssr: 'ssr-defer' });
/** The pages Lighthouse audits: the HTML-only floor, then the cards above. */
export const LIGHTHOUSE_PAGES = ['html', ...Object.values(ABOVE_THE_FOLD), ...Object.values(WITH_DEFER)];

export const onePath = (/** @type {string} */ id) => `/gen/mt-one-${id}.html`;
export const hundredPath = (/** @type {string} */ id) => `/gen/mt-100-${id}.html`;
export const lighthousePath = (/** @type {string} */ id) => `/gen/lh-${id}.html`;

const ARTICLE_CSS = `body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem; }`;

/**
 * @param {Record<string, unknown>} record a record with every field
 * @param {number} copies cards on the 100-card pages
 * @param {{ renderCard: (record: unknown, options?: object) => string }} ssr the built `./ssr` entry
 * @returns {Map<string, string>}
 */
export function mainThreadPages(record, copies, { renderCard }) {
  const done = `<script>\n${readFileSync(new URL('pages/main-thread-done.js', import.meta.url), 'utf8')}\n</script>`;
  const rendered = renderCard(record);
  const cards = {
    html: rendered,
    ssr: rendered,
    client: `<compound-card><script type="application/json">${scriptJson(record)}</script></compound-card>`,
    src: `<compound-card src="${COMPLETE_RECORD_PATH}"></compound-card>`,
  };
  const reserve = reservedPlaceholder();
  /** @param {string} title @param {string} head @param {string} body @param {boolean} measured @param {boolean} [reserved] */
  const article = (title, head, body, measured, reserved = false) =>
    page(title, [measured ? done : '', `<style>\n${ARTICLE_CSS}${reserved ? `\n${reserve.css}` : ''}\n</style>`, head].filter(Boolean).join('\n'), body);
  /** @param {OnePage} spec */
  const oneBody = (spec) =>
    [
      '<main>',
      '<h1>What the evidence says about thymogen</h1>',
      '<p>The first paragraph of the host article: a few lines of ordinary text that a reader sees before the card, as on any health article page.</p>',
      spec.reserve ? reserve.onCard(cards[spec.card]) : cards[spec.card],
      '<p>The paragraph after the card, where the article goes on; nothing on the page but the card does any work.</p>',
      '</main>',
    ].join('\n');
  const scriptOf = (/** @type {{ placement?: keyof typeof BUNDLE }} */ spec) => (spec.placement ? BUNDLE[spec.placement] : '');

  const pages = new Map();
  pages.set(COMPLETE_RECORD_PATH, JSON.stringify(record));
  pages.set(
    BLANK_PATH,
    page(
      'fonts',
      `<style>\n${ARTICLE_CSS}\nsmall { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-transform: uppercase; }\n</style>`,
      '<main><h1>Fonts</h1><p>Text <b>bold</b> <i>italic</i> <a href="#x">link</a> <small>small caps</small> — “quotes” 1–2.</p></main>',
    ),
  );
  for (const spec of ONE_CARD_PAGES) {
    pages.set(onePath(spec.id), article(`one card: ${spec.id}`, scriptOf(spec), oneBody(spec), true, spec.reserve));
    if (LIGHTHOUSE_PAGES.includes(spec.id)) pages.set(lighthousePath(spec.id), article(`one card: ${spec.id}`, scriptOf(spec), oneBody(spec), false, spec.reserve));
  }
  for (const spec of HUNDRED_PAGES) {
    const body = `<main>\n${Array.from({ length: copies }, () => cards[spec.card]).join('\n')}\n</main>`;
    pages.set(hundredPath(spec.id), article(`${copies} cards: ${spec.id}`, spec.card === 'html' ? '' : BUNDLE.defer, body, true));
  }
  return pages;
}
