// The browser check before `wtr`: one plain line naming the version found, the
// version needed and the command that fixes it, for a missing or too-old browser.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
// Where scripts/check-browsers.mjs reads them (the module that declares their type).
import { PUPPETEER_REVISIONS } from 'puppeteer-core/internal/revisions.js';

const dir = mkdtempSync(join(tmpdir(), 'compound-card-browsers-'));
/** A stand-in browser binary that prints `version` for `--version`. */
const fakeBrowser = (/** @type {string} */ name, /** @type {string} */ version) => {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\necho "${version}"\n`);
  chmodSync(path, 0o755);
  return path;
};
/** WebKit's three programs, present unless a test points one elsewhere. */
const WEBKIT = { MINIBROWSER_BIN: fakeBrowser('MiniBrowser', ''), WEBKIT_DRIVER_BIN: fakeBrowser('WebKitWebDriver', ''), XVFB_BIN: fakeBrowser('Xvfb', '') };
const check = (/** @type {Record<string, string>} */ env) => spawnSync(process.execPath, ['scripts/check-browsers.mjs'], { encoding: 'utf8', env: { ...process.env, ...WEBKIT, ...env } });
const needed = Number(/** @type {RegExpExecArray} */ (/\d+/.exec(PUPPETEER_REVISIONS.firefox))[0]);

test('a Firefox older than puppeteer-core needs stops the run with the fix', () => {
  const result = check({ CHROMIUM_BIN: fakeBrowser('chromium', 'Chromium 156.0.1'), FIREFOX_BIN: fakeBrowser('old', 'Mozilla Firefox 140.5.0esr') });
  assert.equal(result.status, 1);
  assert.equal(
    result.stderr,
    `firefox: Mozilla Firefox 140.5.0esr is too old; the browser tests need firefox ${needed} or newer. Fix: apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb\n`,
  );
});

test('a missing browser is named with its path', () => {
  const result = check({ CHROMIUM_BIN: join(dir, 'nowhere'), FIREFOX_BIN: fakeBrowser('new', `Mozilla Firefox ${needed + 3}.1.0esr`) });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^chromium: not found at .*nowhere; the browser tests need it\. Fix: apt-get update/);
});

test('browsers new enough pass, and BROWSERS limits the check', () => {
  const old = fakeBrowser('old2', 'Mozilla Firefox 140.5.0esr');
  assert.equal(check({ CHROMIUM_BIN: fakeBrowser('c', 'Chromium 156.0.1'), FIREFOX_BIN: fakeBrowser('f', `Mozilla Firefox ${needed}.0esr`) }).status, 0);
  assert.equal(check({ CHROMIUM_BIN: fakeBrowser('c2', 'Chromium 156.0.1'), FIREFOX_BIN: old, BROWSERS: 'chromium' }).status, 0);
});

test('missing parts of WebKit are named together in one line, with the packages that bring them', () => {
  const browsers = { CHROMIUM_BIN: fakeBrowser('c3', 'Chromium 156.0.1'), FIREFOX_BIN: fakeBrowser('f3', `Mozilla Firefox ${needed}.0esr`) };
  const result = check({ ...browsers, WEBKIT_DRIVER_BIN: join(dir, 'no-driver'), XVFB_BIN: join(dir, 'no-xvfb') });
  assert.equal(result.status, 1);
  assert.equal(
    result.stderr,
    `webkit: not found: ${join(dir, 'no-driver')}, ${join(dir, 'no-xvfb')}; the browser tests need them. Fix: apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb\n`,
  );
  assert.equal(check({ ...browsers, XVFB_BIN: join(dir, 'no-xvfb'), BROWSERS: 'chromium,firefox' }).status, 0);
});
