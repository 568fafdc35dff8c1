// A test-runner command for media features that the stock emulateMedia command
// (and puppeteer's own check) will not pass through, such as `forced-colors`.
// It talks to Chromium's DevTools protocol directly; browsers without it answer `false`.
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      const page = session.browser.getPage(session.id);
      try {
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload.features });
        return true;
      } catch {
        return false;
      }
    },
  };
}
