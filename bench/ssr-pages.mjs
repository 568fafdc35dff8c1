/**
 * Pages of the rendered-cards benchmark (bench/ssr.mjs), generated in memory and
 * served under /gen/ by server.mjs:
 *
 *   rendered  100 × `renderCard(record)` (declarative shadow root, inline <style>,
 *             embedded record) and the bundle with `defer`, as the README shows
 *   bare      the same rendered page without the bundle: what the HTML alone costs,
 *             to tell it apart from the takeover's cost
 *   linked    as rendered, with `renderCard(record, { stylesheet })`: each shadow root
 *             links one cacheable stylesheet instead of holding a <style> (strict CSP)
 *   static    the same 100 cards as plain HTML with the same stylesheet written once
 *             (static-from-rendered.mjs): the floor, nothing takes over
 *   iframes   100 iframes, each a small page with one client-rendered card (record
 *             embedded, bundle deferred): the usual widget-vendor embed
 *
 * Every page carries the same first-paint marks (pages/first-paint.js), inlined.
 */
import { readFile } from 'node:fs/promises';
import { page, scriptJson } from './content.mjs';
import { staticFromRendered, staticStylesheet } from './static-from-rendered.mjs';

export const SSR_PATHS = {
  static: '/gen/ssr-static.html',
  rendered: '/gen/ssr-rendered.html',
  bare: '/gen/ssr-rendered-no-bundle.html',
  linked: '/gen/ssr-rendered-linked.html',
  iframes: '/gen/ssr-iframes.html',
};
export const FRAME_PATH = '/gen/ssr-frame.html';
/** The stylesheet the `linked` page's cards link: served cacheable (server.mjs `?max-age=`). */
export const STYLESHEET_PATH = '/dist/compound-card.css';
const STYLESHEET_URL = `${STYLESHEET_PATH}?max-age=3600`;
/** Height of each iframe: a fixed box with its own scrollbar, as widget embeds are usually sized. */
export const FRAME_HEIGHT = 600;

/**
 * What the bench uses of the built `./ssr` entry.
 * @typedef {Pick<typeof import('../dist/esm/ssr.js'), 'renderCard' | 'cardStylesheet'>} SsrEntry
 */

/**
 * @param {object} record the demo record
 * @param {number} copies cards per page
 * @param {SsrEntry} ssr the built `./ssr` entry
 * @returns {Promise<Map<string, string>>}
 */
export async function ssrPages(record, copies, { renderCard, cardStylesheet }) {
  const inline = async (/** @type {string} */ name) => `<script>\n${await readFile(new URL(`pages/${name}`, import.meta.url), 'utf8')}\n</script>`;
  const firstPaint = await inline('first-paint.js');
  const repeat = (/** @type {string} */ html) => Array.from({ length: copies }, () => html).join('\n');
  const afterLastCard = '<script>window.lastCardParsed();</script>';
  const rendered = renderCard(record);
  const bundle = '<script src="/dist/compound-card.js" defer></script>\n';
  /** @param {string} title @param {string} script */
  const renderedPage = (title, script, card = rendered) =>
    page(title, `${firstPaint}\n${script}<script src="/bench/page-timing.js" defer></script><script src="/bench/ssr-done.js" defer></script>`, `${repeat(card)}\n${afterLastCard}`);

  /** @type {Map<string, string>} */
  const pages = new Map();
  pages.set(SSR_PATHS.rendered, renderedPage(`${copies} rendered cards`, bundle));
  pages.set(SSR_PATHS.bare, renderedPage(`${copies} rendered cards, no bundle`, ''));
  pages.set(
    SSR_PATHS.linked,
    renderedPage(`${copies} rendered cards, linked stylesheet`, bundle, renderCard(record, { stylesheet: STYLESHEET_URL })),
  );
  pages.set(
    SSR_PATHS.static,
    page(
      `${copies} rendered cards as static HTML`,
      `${firstPaint}\n<style>\n${staticStylesheet(cardStylesheet())}\n</style>\n<script src="/bench/page-timing.js" defer></script><script src="/bench/ssr-done.js" defer></script>`,
      `${repeat(staticFromRendered(rendered))}\n${afterLastCard}`,
    ),
  );
  pages.set(
    SSR_PATHS.iframes,
    page(
      `${copies} iframe embeds`,
      `${await inline('frames.js')}\n<style>iframe { display: block; width: 100%; height: ${FRAME_HEIGHT}px; border: 0; margin-block-end: 1rem; }</style>`,
      repeat(`<iframe src="${FRAME_PATH}" title="Compound card"></iframe>`),
    ),
  );
  pages.set(
    FRAME_PATH,
    page(
      'one client-rendered card',
      '<style>body { margin: 0; }</style>\n<script src="/dist/compound-card.js" defer></script>\n<script src="/bench/frame-ready.js" defer></script>',
      `<compound-card><script type="application/json">${scriptJson(record)}</script></compound-card>`,
    ),
  );
  return pages;
}
