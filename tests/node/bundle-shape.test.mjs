// What the script-tag bundle's second minification (scripts/terser-pass.ts) must leave in
// it: V8's compile hint before every function, and no long Lit-internal property names.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const bundle = readFileSync('dist/compound-card.js', 'utf8');

test('the compile hint is the first line inside the bundle, before any function it covers', () => {
  const [first, second] = bundle.split('\n');
  assert.equal(first, '!function(){//# allFunctionsCalledOnLoad');
  assert.match(second, /^if\(!customElements\.get\("compound-card"\)\)/);
  assert.equal(bundle.split('allFunctionsCalledOnLoad').length, 2, 'one hint');
});

test('Lit-internal property names are shortened', () => {
  // `_$AH`, `_$litType$`… as property names; the card's own CSS names (`--_x`) are not these.
  assert.deepEqual(bundle.match(/[.{,]_\$\w+/g) ?? [], []);
});
