/**
 * The benchmark pages, generated in memory from the demo record: 100 cards with
 * embedded records, 100 cards sharing one `src`, the static HTML equivalent of
 * the same 100 cards, and the pages of the single-card, mount/unmount and
 * bundle-evaluation benchmarks. Served by server.mjs under /gen/.
 */

import { scriptJson } from '../dist/esm/schema.js';

/** @typedef {import('../dist/esm/schema.js').CompoundRecord} CompoundRecord */

/** @type {Record<string, string>} */
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (/** @type {unknown} */ text) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

// JSON that is safe inside a `<script type="application/json">` element: the package's own.
export { scriptJson };

/** The card's own English words for its block headings (src/i18n/en.ts). */
const WORDS = {
  quickFacts: 'Quick facts',
  keyTakeaways: 'Key takeaways',
  faq: 'Frequently asked questions',
  references: 'References',
  updated: 'Updated',
  linkToQuestion: 'Link to this question',
};

const formatDate = (/** @type {string} */ date) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/**
 * One card's content as plain HTML, in the card's own structure: header, facts
 * `<dl>`, takeaways `<ul>`, article sections, FAQ as `<details>`/`<summary>`,
 * references, and the disclaimer. `n` keeps ids unique on a page of copies.
 * @param {CompoundRecord} record
 * @param {string} disclaimer
 * @param {number} n
 * @returns {string}
 */
export function staticCard(record, disclaimer, n) {
  const id = `${record.id}-${n}`;
  const parts = [];
  parts.push(`<article class="card" aria-labelledby="${id}-title">`);
  parts.push(`<header class="header"><h2 id="${id}-title" class="title">${escapeHtml(record.name)}</h2>`);
  if (record.summary) parts.push(`<p class="summary">${escapeHtml(record.summary)}</p>`);
  if (record.updated) {
    parts.push(
      `<p class="updated">${WORDS.updated} <time datetime="${escapeHtml(record.updated)}">${escapeHtml(formatDate(record.updated))}</time></p>`,
    );
  }
  parts.push('</header>');
  if (record.quickFacts?.length) {
    parts.push(`<div class="block facts" id="${id}-facts"><h3 class="block-title">${WORDS.quickFacts}</h3><dl>`);
    for (const fact of record.quickFacts) {
      parts.push(`<div class="fact"><dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd></div>`);
    }
    parts.push('</dl></div>');
  }
  if (record.keyTakeaways?.length) {
    parts.push(`<div class="block takeaways" id="${id}-takeaways"><h3 class="block-title">${WORDS.keyTakeaways}</h3><ul>`);
    for (const item of record.keyTakeaways) parts.push(`<li>${escapeHtml(item)}</li>`);
    parts.push('</ul></div>');
  }
  if (record.sections?.length) {
    parts.push('<div class="article">');
    for (const section of record.sections) {
      const anchor = `${id}-section-${section.id}`;
      parts.push(
        `<section class="block" id="${anchor}"><h3 class="block-title">${escapeHtml(section.title)}<a class="anchor" href="#${anchor}">#</a></h3>`,
      );
      for (const paragraph of section.paragraphs) parts.push(`<p>${escapeHtml(paragraph)}</p>`);
      parts.push('</section>');
    }
    parts.push('</div>');
  }
  if (record.faq?.length) {
    parts.push(`<div class="block faq" id="${id}-faq"><h3 class="block-title">${WORDS.faq}</h3>`);
    record.faq.forEach((item, index) => {
      const anchor = `${id}-faq-${index + 1}`;
      parts.push(
        `<details class="faq-item" id="${anchor}"><summary class="question">${escapeHtml(item.question)}</summary>` +
          `<p>${escapeHtml(item.answer)}</p><a class="anchor-link" href="#${anchor}">${WORDS.linkToQuestion}</a></details>`,
      );
    });
    parts.push('</div>');
  }
  if (record.references?.length) {
    parts.push(`<div class="block references" id="${id}-references"><h3 class="block-title">${WORDS.references}</h3><ol>`);
    for (const ref of record.references) {
      const source = [ref.source, ref.year].filter(Boolean).join(', ');
      parts.push(
        `<li><a href="${escapeHtml(ref.url)}" rel="noopener noreferrer">${escapeHtml(ref.title)}</a>${source ? ` <span>${escapeHtml(source)}</span>` : ''}</li>`,
      );
    }
    parts.push('</ol></div>');
  }
  parts.push(`<div role="note" class="disclaimer">${escapeHtml(disclaimer)}</div>`);
  parts.push('</article>');
  return parts.join('\n');
}

/**
 * A whole HTML document.
 * @param {string} title
 * @param {string} head
 * @param {string} body
 * @returns {string}
 */
export const page = (title, head, body) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

const CARD_SCRIPTS = [
  '<script src="/bench/mark-start.js" defer></script>',
  '<script src="/dist/compound-card.js" defer></script>',
  '<script src="/bench/page-timing.js" defer></script><script src="/bench/cards-ready.js" defer></script>',
].join('\n');

/**
 * A page with one card, used once to read the card's disclaimer before the static pages exist.
 * @param {CompoundRecord} record
 */
export function probePage(record) {
  return page(
    'probe',
    '<script src="/dist/compound-card.js" defer></script>',
    `<compound-card><script type="application/json">${scriptJson(record)}</script></compound-card>`,
  );
}

/**
 * Every page of the run.
 * @param {CompoundRecord} record the demo record
 * @param {string} disclaimer the disclaimer text exactly as the card renders it
 * @param {{ staticCss: string, longTasksJs: string }} assets bench/pages/static.css (inlined so the
 *   static page makes no extra request) and bench/pages/long-tasks.js (inlined first in the 100-card
 *   pages, so it sees every task)
 * @param {number} copies cards per page
 * @returns {Map<string, string>}
 */
export function generatePages(record, disclaimer, { staticCss, longTasksJs }, copies) {
  /** @type {Map<string, string>} */
  const pages = new Map();
  const json = scriptJson(record);
  const style = `<style>\n${staticCss}\n</style>`;
  const longTasks = `<script>\n${longTasksJs}\n</script>`;

  pages.set(
    '/gen/cards-embedded.html',
    page(
      `${copies} cards, embedded records`,
      `${longTasks}\n${CARD_SCRIPTS}`,
      Array.from({ length: copies }, () => `<compound-card><script type="application/json">${json}</script></compound-card>`).join('\n'),
    ),
  );
  pages.set(
    '/gen/cards-src.html',
    page(
      `${copies} cards, one shared src`,
      `${longTasks}\n${CARD_SCRIPTS}`,
      Array.from({ length: copies }, () => '<compound-card src="/demo/records/thymogen.json"></compound-card>').join('\n'),
    ),
  );
  pages.set(
    '/gen/static.html',
    page(
      `${copies} static cards`,
      `${longTasks}\n${style}\n<script src="/bench/page-timing.js" defer></script><script src="/bench/static-painted.js" defer></script>`,
      Array.from({ length: copies }, (_, n) => staticCard(record, disclaimer, n)).join('\n'),
    ),
  );

  // One record and one static card for the in-page benchmarks: the record as JSON data,
  // the static card as an inert <template> the page clones.
  const fixtures = `<script type="application/json" id="record">${json}</script>\n<template id="static-card">${staticCard(record, disclaimer, 0)}</template>\n<main id="stage"></main>`;
  pages.set(
    '/gen/one-card.html',
    page(
      'one card: record to paint',
      `${style}\n<script src="/dist/compound-card.js" defer></script>\n<script src="/bench/one-card.js" defer></script>`,
      fixtures,
    ),
  );
  pages.set(
    '/gen/cycles.html',
    page(
      'mount/unmount cycles',
      `${style}\n<script src="/dist/compound-card.js" defer></script>\n<script src="/bench/cycles.js" defer></script>`,
      fixtures,
    ),
  );

  // Bundle evaluation: a pair of inline scripts around a parser-blocking classic script.
  for (const [name, src] of [
    ['bundle-card', '/dist/compound-card.js'],
    ['bundle-lit', '/baseline/lit-baseline.js'],
  ]) {
    pages.set(
      `/gen/${name}.html`,
      page(
        `evaluate ${src}`,
        '',
        `<script>window.__t0 = performance.now();</script>\n<script src="${src}"></script>\n<script>window.__t1 = performance.now();</script>\n<script src="/bench/bundle-timing.js"></script>`,
      ).replace('<body>', `<body data-bundle="${src}">`),
    );
  }
  return pages;
}

/**
 * The demo record with every field the format has: `updated` and references of each
 * type (three studies, two regulators, two references), so a page measures all the
 * card renders, the date formatting included. The links are placeholders on
 * example.org: the bench measures layout, not the sources.
 * @param {Record<string, unknown>} record the demo record (thymogen.json)
 * @returns {Record<string, unknown>}
 */
export function completeRecord(record) {
  /** @param {string} type @param {number} n @param {string} source @param {number} [year] */
  const reference = (type, n, source, year) => ({
    title: `${record.name}: ${type} ${n} cited by this card (placeholder for the bench)`,
    url: `https://example.org/${type}/${n}`,
    type,
    source,
    ...(year === undefined ? {} : { year }),
  });
  return {
    ...record,
    updated: '2026-03-09',
    references: [
      reference('study', 1, 'Journal of Immunology Research', 2019),
      reference('study', 2, 'International Immunopharmacology', 2015),
      reference('study', 3, 'Bulletin of Experimental Biology and Medicine', 2008),
      reference('regulator', 1, 'U.S. Food and Drug Administration'),
      reference('regulator', 2, 'European Medicines Agency', 2024),
      reference('reference', 1, 'PubChem', 2025),
      reference('reference', 2, 'DrugBank'),
    ],
  };
}
