// Real key presses and viewport sizes in every engine: Puppeteer's keyboard and
// viewport for Chromium and Firefox, WebDriver key actions and the window's size
// for WebKit. The stock send-keys command knows no key chords under WebDriver and
// its set-viewport command no WebDriver at all.
//   keys      { press: 'Tab' | 'Shift+Tab' | 'Control+Shift+z' } | { type: 'text' }
//   viewport  { width, height } in CSS pixels
//   mouse     { action: 'down' | 'up' | 'click', x, y }: the left button, at a point of
//             the viewport in CSS pixels (a press held across commands, as a reader holds
//             it, or a whole click)

/** WebDriver's code points for the named keys the tests press (W3C WebDriver, "keyboard actions"). */
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
const chordOf = (press) => (press === '+' ? ['+'] : press.split('+'));

const webdriverKey = (name) => {
  const value = WEBDRIVER_KEYS[name] ?? name;
  if ([...value].length !== 1) throw new Error(`keys: no WebDriver key named "${name}"`);
  return value;
};

async function pressInPuppeteer(page, payload) {
  if ('type' in payload) return page.keyboard.type(payload.type);
  const chord = chordOf(payload.press);
  for (const key of chord.slice(0, -1)) await page.keyboard.down(key);
  await page.keyboard.press(chord.at(-1));
  for (const key of chord.slice(0, -1).reverse()) await page.keyboard.up(key);
}

function webdriverActions(payload) {
  const keys = 'type' in payload ? [...payload.type].map((ch) => [ch]) : [chordOf(payload.press)];
  return keys.flatMap((chord) => {
    const values = chord.map(webdriverKey);
    return [...values.map((value) => ({ type: 'keyDown', value })), ...values.reverse().map((value) => ({ type: 'keyUp', value }))];
  });
}

export function inputPlugin() {
  return {
    name: 'input-commands',
    async executeCommand({ command, payload, session }) {
      const browser = session.browser;
      if (command === 'keys') {
        if (browser.type === 'puppeteer') await pressInPuppeteer(browser.getPage(session.id), payload);
        else await browser.performKeys(session.id, webdriverActions(payload));
        return true;
      }
      if (command === 'viewport') {
        if (browser.type === 'puppeteer') await browser.getPage(session.id).setViewport(payload);
        else await browser.setViewport(session.id, payload);
        return true;
      }
      if (command === 'mouse') {
        const { action, x, y } = payload;
        if (browser.type === 'puppeteer') {
          const { mouse } = browser.getPage(session.id);
          await mouse.move(x, y);
          if (action !== 'up') await mouse.down();
          if (action !== 'down') await mouse.up();
        } else {
          await browser.performPointer(session.id, [
            { type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y), duration: 0 },
            ...(action !== 'up' ? [{ type: 'pointerDown', button: 0 }] : []),
            ...(action !== 'down' ? [{ type: 'pointerUp', button: 0 }] : []),
          ]);
        }
        return true;
      }
      return undefined;
    },
  };
}
