// What `renderCard` (src/ssr/render-card.ts) takes for granted about Lit's server
// renderer, checked against the installed `@lit-labs/ssr` itself: package.json
// holds it to one minor version, and a new minor must pass these before the range moves.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseRecordText } from '../../dist/esm/schema.js';
import { renderCard } from '../../dist/esm/ssr.js';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

/** @typedef {Extract<import('../../dist/esm/schema.js').RecordOutcome, { ok: true }>} ValidOutcome */

// The demo record passes the card's check (`compound-card validate` is tested on it), so its outcome is the valid one.
const record = /** @type {ValidOutcome} */ (parseRecordText(readFileSync('demo/records/thymogen.json', 'utf8'))).value;

/** A renderer for the card as Lit's own, with the record set, as renderCard sets it up. */
class WithRecord extends LitElementRenderer {
  constructor(/** @type {string} */ tagName) {
    super(tagName);
    this.setProperty('record', record);
  }
}

const litOutput = () => collectResultSync(render(html`<compound-card></compound-card>`, { elementRenderers: [WithRecord] }));

test('renderShadow: the element styles as strings, then one thunk that renders the template, last', () => {
  // Lit hands the render info only to the template's thunk, which this test does not run: a stand-in will do.
  const renderInfo = /** @type {import('@lit-labs/ssr').RenderInfo} */ (/** @type {unknown} */ ({ customElementHostStack: [] }));
  const shadow = new WithRecord('compound-card').renderShadow(renderInfo);
  assert.ok(Array.isArray(shadow));
  const thunks = shadow.filter((entry) => typeof entry === 'function');
  assert.equal(thunks.length, 1);
  assert.equal(shadow.at(-1), thunks[0]);
  const styles = shadow.slice(0, -1).join('');
  assert.match(styles, /^<style>[\s\S]+<\/style>$/);
});

test('the only comments Lit writes are its hydration markers, and renderCard removes them all', () => {
  const raw = litOutput();
  const comments = raw.match(/<!--[\s\S]*?-->/g) ?? [];
  assert.ok(comments.length > 10, 'Lit marks the template parts');
  for (const comment of comments) assert.match(comment, /^<!--\/?lit-(?:part|node)[^>]*-->$/);
  assert.ok(!renderCard(record).includes('<!--'));
});

test('the element ends with its own end tag and nothing else is written after the shadow root', () => {
  const raw = litOutput().replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '');
  assert.match(raw, /^<compound-card[^>]*><template shadowroot="open" shadowrootmode="open">[\s\S]*<\/template><\/compound-card>$/);
  assert.match(renderCard(record), /<\/template><script type="application\/json">[^<]*<\/script><\/compound-card>$/);
});
