// Browser tests in Debian's Chromium and Firefox ESR, driven through puppeteer-core,
// and WebKitGTK, driven through WebKitWebDriver (no browser downloads: all three
// come from apt, see .ci/run).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { cspPages } from './tests/server/csp-pages.mjs';
import { faultServer } from './tests/server/fault-server.mjs';
import { hostingServer } from './tests/server/hosting-server.mjs';
import { inputPlugin } from './tests/server/input-plugin.mjs';
import { mediaFeaturesPlugin } from './tests/server/media-features-plugin.mjs';
import { nginxPlugin } from './tests/server/nginx-plugin.mjs';
import { playgroundFiles } from './tests/server/playground-files.mjs';
import { siteFiles } from './tests/server/site-files.mjs';
import { ssrPages } from './tests/server/ssr-pages.mjs';
import { summaryReporter } from './tests/server/summary-reporter.mjs';
import { webkitLauncher } from './tests/server/webkit-launcher.mjs';

const chromium = chromeLauncher({
  // Headless Chromium pauses animation frames in tabs that are not in front, and
  // rendering tests need them: one page at a time (the two browsers still run side by side).
  concurrency: 1,
  launchOptions: {
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  },
});

const firefox = chromeLauncher({
  // Like Chromium, a page that is not in front gets no animation frames, which
  // fixtures and rendering tests wait for: one page at a time.
  concurrency: 1,
  puppeteer,
  launchOptions: {
    browser: 'firefox',
    executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
    headless: true,
  },
});

const only = process.env.BROWSERS?.split(',');

/** @type {Partial<Record<string, string>>} */
const ENGINE_FOLDERS = { Chrome: 'chromium', Chromium: 'chromium' };
/** Baselines in a folder per engine: tests/screenshots/chromium/baseline/light-600.png. */
const engineFolder = (/** @type {string} */ browser) => ENGINE_FOLDERS[browser] ?? browser.toLowerCase();
const screenshots = visualRegressionPlugin({
  // `npm run test:screenshots:update` sets this to write the shots as the new baselines.
  update: process.env.UPDATE_SCREENSHOTS === '1',
  baseDir: 'tests/screenshots',
  getBaselineName: ({ browser, name }) => `${engineFolder(browser)}/baseline/${name}`,
  getFailedName: ({ browser, name }) => `${engineFolder(browser)}/failed/${name}`,
  getDiffName: ({ browser, name }) => `${engineFolder(browser)}/failed/${name}-diff`,
  failureThreshold: 0.05,
  failureThresholdType: 'percent',
});

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 2,
  browsers: [
    ...(!only || only.includes('chromium') ? [chromium] : []),
    ...(!only || only.includes('firefox') ? [firefox] : []),
    // Starts Xvfb and WebKitWebDriver only when the run reaches WebKit; one file at a time.
    ...(!only || only.includes('webkit') ? [webkitLauncher()] : []),
  ],
  testFramework: { config: { timeout: 20000 } },
  // `--coverage` (npm test passes it): the card's own code, src/, as Chromium's V8 counts it;
  // the other engines report none, so a run without Chromium has no gate. README, "Coverage".
  coverageConfig: {
    include: ['src/**/*.ts'],
    ...((!only || only.includes('chromium')) && { threshold: { statements: 98, branches: 95, functions: 0, lines: 0 } }),
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary'],
  },
  testsFinishTimeout: 600000,
  // A busy 2-core machine can take a while to start Firefox.
  browserStartTimeout: 120000,
  reporters: [defaultReporter(), summaryReporter()],
  middleware: [cspPages(), faultServer(), ssrPages(), siteFiles(), hostingServer(), playgroundFiles()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    mediaFeaturesPlugin(),
    inputPlugin(),
    screenshots,
    nginxPlugin(),
  ],
};
