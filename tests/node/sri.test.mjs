// The build writes the bundle's Subresource Integrity value; the README shows how to pin it.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('dist/compound-card.js.sri is the sha384 of the bundle as built', () => {
  const expected = `sha384-${createHash('sha384').update(readFileSync('dist/compound-card.js')).digest('base64')}`;
  assert.equal(readFileSync('dist/compound-card.js.sri', 'utf8').trim(), expected);
});

test('the README snippet pins the bundle with integrity and crossorigin="anonymous"', () => {
  const readme = readFileSync('README.md', 'utf8');
  assert.match(readme, /<script src="[^"]*compound-card\.js"\s+integrity="sha384-[^"]*"\s+crossorigin="anonymous"/);
});
