// Run before the browser tests: finds the browsers they drive (and, for WebKit,
// WebKitWebDriver and Xvfb) and stops with one plain line when one is missing or too old, instead of letting every test
// file fail on a protocol error. The minimum Firefox is the one the installed
// puppeteer-core is built for (its WebDriver BiDi commands, such as
// `emulation.setScreenOrientationOverride`, are missing from older versions).
// Exit status: 0 ready, 1 a browser is missing or too old.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
// The browser versions puppeteer-core is built for are internal to it: its main
// entry exports them, but only the module that holds them declares their type.
import { PUPPETEER_REVISIONS } from 'puppeteer-core/internal/revisions.js';
import { DRIVER, MINIBROWSER, XVFB } from '../tests/server/webkit-launcher.mjs';

const FIX = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb';
const only = process.env.BROWSERS?.split(',');
const wanted = [
  { name: 'chromium', bin: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium', needed: 0 },
  // `stable_150.0.2` → 150
  { name: 'firefox', bin: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr', needed: Number(/\d+/.exec(PUPPETEER_REVISIONS.firefox)?.[0] ?? 0) },
].filter((browser) => !only || only.includes(browser.name));

// WebKit is three programs: MiniBrowser (from libwebkit2gtk-4.1-0, which webkit2gtk-driver
// pulls in), the driver, and the X server MiniBrowser draws on. None prints a version
// without a display, so each is only looked for; what is missing is named in one line.
const WEBKIT_PARTS = [MINIBROWSER, DRIVER, XVFB];

const problems = [];
for (const { name, bin, needed } of wanted) {
  let version;
  try {
    version = execFileSync(bin, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30000 }).trim();
  } catch {
    problems.push(`${name}: not found at ${bin}; the browser tests need it. Fix: ${FIX}`);
    continue;
  }
  const major = Number(/(\d+)\.\d+/.exec(version)?.[1] ?? NaN);
  if (needed && !(major >= needed)) {
    problems.push(`${name}: ${version} is too old; the browser tests need ${name} ${needed} or newer. Fix: ${FIX}`);
  } else if (process.argv.includes('--verbose')) console.log(`${name}: ${version}`);
}
if (!only || only.includes('webkit')) {
  const missing = WEBKIT_PARTS.filter((path) => {
    try {
      accessSync(path, constants.X_OK);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length) problems.push(`webkit: not found: ${missing.join(', ')}; the browser tests need them. Fix: ${FIX}`);
  else if (process.argv.includes('--verbose')) console.log(`webkit: ${WEBKIT_PARTS.join(', ')}`);
}
if (problems.length) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
