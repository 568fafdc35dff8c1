// The record playground as `vite build --mode playground` writes it (after `vite build`):
// a static page that any static host can serve from any path, under the strict CSP (README, "Under a Content-Security-Policy"),
// pinned to the bundle built beside it.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const DIR = 'dist/playground';

test('dist/playground/index.html exists', () => {
  assert.ok(existsSync(`${DIR}/index.html`), 'run npx vite build --mode playground (npm run build does)');
});

test('every URL in the page is relative, and nothing is inline: no script text, no <style>, no style attribute', () => {
  const html = readFileSync(`${DIR}/index.html`, 'utf8');
  const urls = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
  assert.ok(urls.length >= 3, `urls: ${urls}`);
  for (const url of urls) assert.match(url, /^\.\/assets\//, url);
  for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) assert.equal(body.trim(), '');
  assert.doesNotMatch(html, /<style\b|\sstyle=/);
});

test('the embed code is pinned to the bundle beside it: its integrity value is in the page’s script', () => {
  const integrity = readFileSync('dist/compound-card.js.sri', 'utf8').trim();
  const scripts = readdirSync(`${DIR}/assets`).filter((name) => name.endsWith('.js'));
  assert.ok(
    scripts.some((name) => readFileSync(`${DIR}/assets/${name}`, 'utf8').includes(integrity)),
    `no script holds ${integrity}`,
  );
});
