// Real key presses and viewport sizes in every engine: Puppeteer's keyboard and
// viewport for Chromium and Firefox, WebDriver key actions and the window's size
// for WebKit. The stock send-keys command knows no key chords under WebDriver and
// its set-viewport command no WebDriver at all.
//   keys      { press: 'Tab' | 'Shift+Tab' | 'Control+Shift+z' } | { type: 'text' }
//   viewport  { width, height } in CSS pixels
//   mouse     { action: 'down' | 'up' | 'click', x, y }: the left button, at a point of
//             the viewport in CSS pixels (a press held across commands, as a reader holds
//             it, or a whole click)

/**
 * The commands' payloads, as tests/engine.ts and the tests send them.
 * @typedef {{ press: string } | { type: string }} KeysPayload
 * @typedef {{ width: number, height: number }} ViewportPayload
 * @typedef {{ action: 'down' | 'up' | 'click', x: number, y: number }} MousePayload
 */
/**
 * The engines' launchers: Puppeteer's for Chromium and Firefox, ours for WebKit.
 * @typedef {import('@web/test-runner-chrome').ChromeLauncher} PuppeteerLauncher
 * @typedef {import('./webkit-launcher.mjs').WebKitLauncher} WebKitLauncher
 * @typedef {import('./webkit-launcher.mjs').KeyAction} KeyAction
 * @typedef {import('./webkit-launcher.mjs').PointerAction} PointerAction
 */

/**
 * WebDriver's code points for the named keys the tests press (W3C WebDriver, "keyboard actions").
 * @type {Partial<Record<string, string>>}
 */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/** `Shift+Tab` → ['Shift', 'Tab']; a lone `+` is the plus key. */
const chordOf = (/** @type {string} */ press) => (press === '+' ? ['+'] : press.split('+'));

const webdriverKey = (/** @type {string} */ name) => {
  const value = WEBDRIVER_KEYS[name] ?? name;
  if ([...value].length !== 1) throw new Error(`keys: no WebDriver key named "${name}"`);
  return value;
};

/**
 * @param {import('puppeteer-core').Page} page
 * @param {KeysPayload} payload
 */
async function pressInPuppeteer(page, payload) {
  if ('type' in payload) return page.keyboard.type(payload.type);
  // The tests name keys as Puppeteer does (it rejects any other); a chord is never empty.
  const chord = /** @type {import('puppeteer-core').KeyInput[]} */ (chordOf(payload.press));
  for (const key of chord.slice(0, -1)) await page.keyboard.down(key);
  await page.keyboard.press(/** @type {import('puppeteer-core').KeyInput} */ (chord.at(-1)));
  for (const key of chord.slice(0, -1).reverse()) await page.keyboard.up(key);
}

/**
 * @param {KeysPayload} payload
 * @returns {KeyAction[]}
 */
function webdriverActions(payload) {
  const keys = 'type' in payload ? [...payload.type].map((ch) => [ch]) : [chordOf(payload.press)];
  return keys.flatMap((chord) => {
    const values = chord.map(webdriverKey);
    return [
      ...values.map((value) => /** @satisfies {KeyAction} */ ({ type: 'keyDown', value })),
      ...values.reverse().map((value) => /** @satisfies {KeyAction} */ ({ type: 'keyUp', value })),
    ];
  });
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function inputPlugin() {
  return {
    name: 'input-commands',
    async executeCommand({ command, payload, session }) {
      // Chromium's and Firefox's launchers are Puppeteer's; the other is WebKit's.
      const browser = session.browser;
      if (command === 'keys') {
        const keys = /** @type {KeysPayload} */ (payload);
        if (browser.type === 'puppeteer') await pressInPuppeteer(/** @type {PuppeteerLauncher} */ (browser).getPage(session.id), keys);
        else await /** @type {WebKitLauncher} */ (browser).performKeys(session.id, webdriverActions(keys));
        return true;
      }
      if (command === 'viewport') {
        const size = /** @type {ViewportPayload} */ (payload);
        if (browser.type === 'puppeteer') await /** @type {PuppeteerLauncher} */ (browser).getPage(session.id).setViewport(size);
        else await /** @type {WebKitLauncher} */ (browser).setViewport(session.id, size);
        return true;
      }
      if (command === 'mouse') {
        const { action, x, y } = /** @type {MousePayload} */ (payload);
        if (browser.type === 'puppeteer') {
          const { mouse } = /** @type {PuppeteerLauncher} */ (browser).getPage(session.id);
          await mouse.move(x, y);
          if (action !== 'up') await mouse.down();
          if (action !== 'down') await mouse.up();
        } else {
          await /** @type {WebKitLauncher} */ (browser).performPointer(session.id, [
            { type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y), duration: 0 },
            ...(action !== 'up' ? [/** @satisfies {PointerAction} */ ({ type: 'pointerDown', button: 0 })] : []),
            ...(action !== 'down' ? [/** @satisfies {PointerAction} */ ({ type: 'pointerUp', button: 0 })] : []),
          ]);
        }
        return true;
      }
      return undefined;
    },
  };
}
