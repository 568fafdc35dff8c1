// A test-runner command for media features that the stock emulateMedia command
// (and puppeteer's own check) will not pass through, such as `forced-colors`.
// It talks to Chromium's DevTools protocol directly; browsers without it answer `false`.
/** @type {WeakMap<import('puppeteer-core').Page, import('puppeteer-core').CDPSession>} */
const sessions = new WeakMap();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function mediaFeaturesPlugin() {
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      // Tests send it under Puppeteer only (Chromium's and Firefox's launchers).
      const page = /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (session.browser).getPage(session.id);
      try {
        let cdp = sessions.get(page);
        if (!cdp) {
          cdp = await page.createCDPSession();
          sessions.set(page, cdp);
        }
        const { features } = /** @type {{ features: import('puppeteer-core').Protocol.Emulation.MediaFeature[] }} */ (payload);
        await cdp.send('Emulation.setEmulatedMedia', { features });
        return true;
      } catch {
        return false;
      }
    },
  };
}
