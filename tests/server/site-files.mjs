// Serves the built demo site (demo/site/_site/, from `npm run site:build`) byte for
// byte, as any static server would. The test runner's own pipeline rewrites every
// .js file it serves (esbuild), and a rewritten bundle no longer matches the page's
// Subresource Integrity value, so the browser would refuse to run it.
//
//   /demo/site/_site/<file>     the site's files
//   /site-held/<token>/<file>   the same files, one directory deeper (which also shows
//                               the page's URLs are relative), except that the bundle
//                               is held back until the test POSTs /site-held/<token>/release:
//                               the test sees the parsed, painted page before the takeover.
import { fileURLToPath } from 'node:url';
import { serveStatic } from './static-files.mjs';

const ROOT = fileURLToPath(new URL('../../demo/site/_site/', import.meta.url));
const SITE = '/demo/site/_site/';
const HELD = /^\/site-held\/([\w-]+)\/(.*)$/;

/** @typedef {{ opened: Promise<void>, open: () => void }} Gate */

/**
 * Per token, a promise the held bundle waits for. Never removed: a release may arrive before the request.
 * @type {Map<string, Gate>}
 */
const gates = new Map();
/** @param {string} token @returns {Gate} */
function gate(token) {
  let entry = gates.get(token);
  if (!entry) {
    // The promise's executor runs at once, so `open` is its resolve from the next line on.
    /** @type {() => void} */
    let open = () => {};
    /** @type {Promise<void>} */
    const opened = new Promise((resolve) => (open = resolve));
    // A test that fails before its release must not leave a request hanging for ever.
    setTimeout(open, 30000).unref();
    entry = { opened, open };
    gates.set(token, entry);
  }
  return entry;
}

const serveFile = (/** @type {import('koa').Context} */ context, /** @type {string} */ path) => serveStatic(context, ROOT, path, 'run npm run site:build first');

/**
 * A Koa middleware for the test runner's server: answers the two mounts above itself.
 * @returns {import('@web/dev-server-core').Middleware}
 */
export function siteFiles() {
  return async (context, next) => {
    if (context.path.startsWith(SITE)) return serveFile(context, context.path.slice(SITE.length));
    const held = HELD.exec(context.path);
    if (!held) return next();
    const [, token, path] = held;
    if (path === 'release' && context.method === 'POST') {
      gate(token).open();
      context.status = 204;
      return undefined;
    }
    if (path === 'compound-card.js') await gate(token).opened;
    return serveFile(context, path);
  };
}
