// WebKit for the browser tests: Debian's WebKitGTK (the engine family of Safari),
// driven over WebDriver. The launcher starts its own X server and WebKitWebDriver
// on free ports when the run reaches WebKit, and ends both (and the MiniBrowser the
// driver started) when the run stops, fails or is interrupted, so nothing is left running.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { PNG } from 'pngjs';

export const MINIBROWSER = process.env.MINIBROWSER_BIN ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const DRIVER = process.env.WEBKIT_DRIVER_BIN ?? '/usr/bin/WebKitWebDriver';
export const XVFB = process.env.XVFB_BIN ?? '/usr/bin/Xvfb';

/**
 * A child process, with the end of what it wrote to stderr.
 * @typedef {import('node:child_process').ChildProcess & { recentErrors: () => string }} Child
 */
/**
 * A test-runner launcher, with the window sizes, key and pointer actions that
 * input-plugin.mjs asks for, and element screenshots that work in WebKitGTK.
 * @typedef {import('@web/test-runner').BrowserLauncher & {
 *   setViewport(sessionId: string, size: { width: number, height: number }): Promise<void>,
 *   performKeys(sessionId: string, actions: KeyAction[]): Promise<void>,
 *   performPointer(sessionId: string, actions: PointerAction[]): Promise<void>,
 *   takeScreenshot(sessionId: string, locator: string): Promise<Buffer>,
 * }} WebKitLauncher
 */
/**
 * WebDriver key actions (W3C WebDriver, "keyboard actions").
 * @typedef {{ type: 'keyDown' | 'keyUp', value: string }} KeyAction
 */
/**
 * WebDriver pointer actions (W3C WebDriver, "pointer actions"): a move to a point of
 * the viewport, a press or a release of a button.
 * @typedef {{ type: 'pointerMove', origin: 'viewport', x: number, y: number, duration: number }
 *   | { type: 'pointerDown' | 'pointerUp', button: number }} PointerAction
 */
/**
 * What the driver's WebDriver session is asked for WebKitGTK: webdriverio's capabilities
 * and WebKitGTK's own browser options, which webdriverio's types do not list.
 * @typedef {Parameters<typeof webdriverLauncher>[0]['capabilities']
 *   & { 'webkitgtk:browserOptions'?: { binary?: string, args?: string[] } }} WebKitCapabilities
 */

/** A port nobody listens on right now (the kernel picks it). @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      // Listening on a port, the server's address is an AddressInfo.
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Each child leads its own process group, so ending the group also ends what it started.
 * @type {Set<Child>}
 */
const children = new Set();
/**
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} [options]
 * @returns {Child}
 */
function start(command, args, options = {}) {
  const spawned = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], ...options });
  let errors = '';
  spawned.stderr?.on('data', (chunk) => (errors = (errors + chunk).slice(-2000)));
  const child = Object.assign(spawned, { recentErrors: () => errors });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
/** @param {Child} child */
function end(child) {
  try {
    // The process group's id is its leader's pid (none if it never started: kill then throws).
    process.kill(-Number(child.pid), 'SIGTERM');
  } catch {
    // already gone
  }
  children.delete(child);
}
function endAll() {
  for (const child of [...children]) end(child);
}
// The runner exits the process on its own; whatever way it goes, the children go too.
process.once('exit', endAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    endAll();
    process.kill(process.pid, signal);
  });
}

/**
 * Starts Xvfb and learns its display number from the server itself (-displayfd): no guessing a free one.
 * @returns {Promise<{ xvfb: Child, display: string }>}
 */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = start(XVFB, ['-displayfd', '3', '-screen', '0', '1600x2000x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    // File descriptor 3 is the pipe given above, where Xvfb writes its display number.
    /** @type {import('node:stream').Readable} */ (xvfb.stdio[3]).on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ xvfb, display: `:${out.trim()}` });
    });
    xvfb.once('error', (error) => reject(new Error(`${XVFB} did not start: ${error.message}`)));
    xvfb.once('exit', (code) => reject(new Error(`${XVFB} exited (${code}): ${xvfb.recentErrors()}`)));
  });
}

/** @param {number} port @param {Child} driver */
async function waitForDriver(port, driver) {
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`${DRIVER} exited (${driver.exitCode}): ${driver.recentErrors()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${DRIVER} did not answer on port ${port} within 30 s`);
}

/** The WebKitGTK version, for the support table and the run's log. */
export function webkitVersion() {
  try {
    return execFileSync(MINIBROWSER, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30000 }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The WebDriver launcher's session, once initialize() has started it. The launcher
 * keeps it in a field its types mark private; this launcher drives the same session
 * for what that launcher cannot do in WebKitGTK.
 * @param {import('@web/test-runner-webdriver').WebdriverLauncher | undefined} launcher
 * @returns {import('webdriverio').Browser}
 */
const driverOf = (launcher) => /** @type {{ driver: import('webdriverio').Browser }} */ (/** @type {unknown} */ (launcher)).driver;

/**
 * A test-runner launcher for WebKitGTK: one file at a time, as WebKitWebDriver holds one session.
 * @returns {WebKitLauncher}
 */
export function webkitLauncher() {
  /** @type {import('@web/test-runner-webdriver').WebdriverLauncher | undefined} */
  let inner;
  /** @type {Child[]} */
  let processes = [];
  /**
   * This launcher's own members; the proxy below answers for the rest with the WebDriver launcher's.
   * @type {Omit<WebKitLauncher, 'startSession' | 'isActive' | 'getBrowserUrl' | 'stopSession' | 'startDebugSession'>}
   */
  const launcher = {
    name: 'WebKit',
    type: 'webdriver',
    concurrency: 1,
    /**
     * Starts Xvfb and the driver, then the WebDriver launcher, which (like this one)
     * needs the configuration only, not the test files.
     * @param {import('@web/test-runner').TestRunnerCoreConfig} config
     */
    async initialize(config) {
      const { xvfb, display } = await startXvfb();
      const port = await freePort();
      const driver = start(DRIVER, [`--port=${port}`, '--host=local'], { env: { ...process.env, DISPLAY: display } });
      processes = [driver, xvfb];
      for (const child of processes) {
        child.once('exit', (code, signal) => {
          if (processes.includes(child)) console.error(`WebKit: ${child.spawnfile} ended while the run needed it (${signal ?? code}): ${child.recentErrors()}`);
        });
      }
      await waitForDriver(port, driver);
      /** @type {WebKitCapabilities} */
      const capabilities = {
        // WebKitWebDriver speaks WebDriver classic only; without this webdriverio asks for BiDi and is refused.
        'wdio:enforceWebDriverClassic': true,
        // Given args replace the driver's own, so --automation (which the driver needs) is named here.
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      };
      inner = webdriverLauncher({
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        capabilities,
      });
      // With concurrency 1 the WebDriver launcher runs each file in the window itself
      // (its session manager) rather than in iframes of one page.
      await inner.initialize({ ...config, concurrency: 1 });
      // The inner launcher names itself after the capabilities' browserName, which WebKitWebDriver must not be given.
      inner.name = launcher.name;
    },
    /**
     * Sizes the window so that the page's own viewport is `width` × `height` CSS pixels (the frame around it varies).
     * @param {string} _sessionId
     * @param {{ width: number, height: number }} size
     */
    async setViewport(_sessionId, { width, height }) {
      const driver = driverOf(inner);
      let [outerWidth, outerHeight] = [width, height];
      for (let attempt = 0; attempt < 3; attempt++) {
        await driver.setWindowSize(outerWidth, outerHeight);
        // A resized window loses the keyboard focus in WebKitGTK (no :focus-visible after Tab): give it back.
        await driver.switchToWindow(await driver.getWindowHandle());
        const [innerWidth, innerHeight] = /** @type {[number, number]} */ (await driver.execute('return [innerWidth, innerHeight]'));
        if (innerWidth === width && innerHeight === height) return;
        outerWidth += width - innerWidth;
        outerHeight += height - innerHeight;
      }
      const [innerWidth] = /** @type {[number]} */ (await driver.execute('return [innerWidth]'));
      throw new Error(`WebKit's viewport cannot be ${width} px wide (it is ${innerWidth} px): MiniBrowser's window has a minimum width`);
    },
    /**
     * WebDriver key actions, e.g. Shift down, Tab down, Tab up, Shift up for Shift+Tab.
     * @param {string} _sessionId
     * @param {KeyAction[]} actions
     */
    async performKeys(_sessionId, actions) {
      await driverOf(inner).performActions([{ type: 'key', id: 'keyboard', actions }]);
    },
    /**
     * WebDriver pointer actions of the mouse, e.g. move to a point of the viewport, then press.
     * @param {string} _sessionId
     * @param {PointerAction[]} actions
     */
    async performPointer(_sessionId, actions) {
      await driverOf(inner).performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
    },
    /**
     * WebKitGTK's WebDriver returns black element screenshots, while whole-window ones
     * are right: take the window and cut the element's box out of it.
     * @param {string} _sessionId
     * @param {string} locator a function body that returns the element
     */
    async takeScreenshot(_sessionId, locator) {
      const driver = driverOf(inner);
      /** @type {{ x: number, y: number, width: number, height: number, scale: number }} */
      const box = await driver.execute(`
        const element = (function () { ${locator} })();
        element.scrollIntoView({ block: 'start', inline: 'start' });
        const rect = element.getBoundingClientRect();
        return { x: rect.left, y: rect.top, width: rect.width, height: rect.height, scale: devicePixelRatio };
      `);
      const window = PNG.sync.read(Buffer.from(await driver.takeScreenshot(), 'base64'));
      const x = Math.round(box.x * box.scale);
      const y = Math.round(box.y * box.scale);
      const width = Math.round(box.width * box.scale);
      const height = Math.round(box.height * box.scale);
      if (x < 0 || y < 0 || x + width > window.width || y + height > window.height) {
        throw new Error(`the element (${width}×${height} at ${x},${y}) does not fit the ${window.width}×${window.height} window: make the viewport larger`);
      }
      const element = new PNG({ width, height });
      PNG.bitblt(window, element, x, y, width, height, 0, 0);
      return PNG.sync.write(element);
    },
    async stop() {
      try {
        await inner?.stop();
      } finally {
        for (const child of processes) end(child);
        processes = [];
      }
    },
  };
  // Everything else (sessions, keys, mouse, screenshots) is the WebDriver launcher's own.
  return /** @type {WebKitLauncher} */ (
    new Proxy(launcher, {
      get(target, key) {
        if (key in target) return Reflect.get(target, key);
        const value = inner === undefined ? undefined : Reflect.get(inner, key);
        return typeof value === 'function' ? value.bind(inner) : value;
      },
    })
  );
}
