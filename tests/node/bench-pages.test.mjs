// The main-thread section's pages (bench/main-thread-pages.mjs) hold what the report says
// they hold: a record with every field, the same card on the HTML-only page as on the
// server-rendered one, and the bundle in the placement each page is named for.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { completeRecord } from '../../bench/content.mjs';
import { HUNDRED_PAGES, LIGHTHOUSE_PAGES, ONE_CARD_PAGES, hundredPath, lighthousePath, mainThreadPages, onePath } from '../../bench/main-thread-pages.mjs';
import { renderCard } from '../../dist/esm/ssr.js';
import { afterPaintLoader, reservedPlaceholder } from '../../scripts/readme-snippets.mjs';

/**
 * What completeRecord gives: the demo record with a date and references added.
 * @typedef {import('../../dist/esm/schema.js').CompoundRecord} CompoundRecord
 * @typedef {CompoundRecord & Required<Pick<CompoundRecord, 'updated' | 'references'>>} CompleteRecord
 */

const record = /** @type {CompleteRecord} */ (completeRecord(JSON.parse(readFileSync('demo/records/thymogen.json', 'utf8'))));
const pages = mainThreadPages(record, 3, { renderCard });
/** The page at `path`; every path asked for here is one mainThreadPages writes. */
const pageAt = (/** @type {string} */ path) => /** @type {string} */ (pages.get(path));
const bundleTags = (/** @type {string} */ html) => html.match(/<script[^>]*compound-card\.js[^>]*>/g) ?? [];

test('the record has every field, references of each type and a date, and is valid', () => {
  assert.equal(record.updated, '2026-03-09');
  assert.deepEqual([...new Set(record.references.map((r) => r.type))].sort(), ['reference', 'regulator', 'study']);
  const card = renderCard(record);
  assert.match(card, /March 9, 2026/);
  assert.equal(card.match(/https:\/\/example\.org\//g)?.length, record.references.length * 2, 'each reference linked, in the markup and the embedded record');
});

test('each one-card page has one card and its bundle placement; the HTML-only page has none', () => {
  assert.equal(ONE_CARD_PAGES.length, 12);
  const { css, className } = reservedPlaceholder();
  for (const spec of ONE_CARD_PAGES) {
    const html = pageAt(onePath(spec.id));
    assert.equal(html.match(/<compound-card[\s>]/g)?.length, 1, spec.id);
    const tags = bundleTags(html);
    if (spec.card === 'html') assert.deepEqual(tags, [], spec.id);
    else if (spec.placement === 'after-paint') {
      // No tag: the README's script adds the bundle once the page has painted.
      assert.deepEqual(tags, [], spec.id);
      assert.ok(html.includes(afterPaintLoader('/dist/compound-card.js').replace(/^<script>/, '')), spec.id);
      assert.match(html, /<script data-adds-bundle>/, `${spec.id}: marked for the bench's script, which waits for its cards`);
      assert.equal(spec.card, 'ssr', 'only server-rendered cards show before the bundle');
    } else {
      const tag = { defer: '<script src="/dist/compound-card.js" defer>', module: '<script type="module" src="/dist/compound-card.js">', head: '<script src="/dist/compound-card.js">' }[/** @type {'defer' | 'module' | 'head'} */ (spec.placement)];
      assert.deepEqual(tags, [tag], spec.id);
    }
    assert.match(html, /window\.benchDone/, `${spec.id} carries the bench's script`);
    // Only the page named for it carries the README's rule for a `src` card's placeholder, and its class on the card.
    assert.equal(html.includes(css), spec.id === 'src-head-reserved', spec.id);
    assert.equal(html.includes(`<compound-card class="${className}" src=`), spec.id === 'src-head-reserved', spec.id);
  }
  assert.ok(pageAt(onePath('html')).includes(renderCard(record)), 'the HTML-only card is the server-rendered one');
});

test('the 100-card pages repeat the card, and Lighthouse gets the pages without the bench script', () => {
  for (const spec of HUNDRED_PAGES) assert.equal(pageAt(hundredPath(spec.id)).match(/<compound-card[\s>]/g)?.length, 3, spec.id);
  for (const id of LIGHTHOUSE_PAGES) assert.doesNotMatch(pageAt(lighthousePath(id)), /benchDone/, id);
  assert.ok(pageAt(lighthousePath('src-head-reserved')).includes(reservedPlaceholder().onCard('<compound-card src=')));
});
