// Serves the built dist/ folder byte for byte under /static-dist/, as a plain static
// host would, with the strict Content-Security-Policy (README, "Under a Content-Security-Policy"). The test runner's
// own pipeline rewrites each .js file it serves (esbuild), which is not what a static
// host sends, and a rewritten bundle would fail its integrity check; so these
// requests never reach it.
//
// The policy also names a report-uri, so every violation a page causes, from its very
// first byte on (before a test could listen for securitypolicyviolation events in
// it), is posted back here and can be read at /static-dist-csp-reports.
// `?no-csp` on a page leaves the policy off: axe, injected by a test, needs that.
import { fileURLToPath } from 'node:url';
import { STRICT_CSP } from './csp-pages.mjs';
import { serveStatic } from './static-files.mjs';

const PREFIX = '/static-dist/';
const REPORTS = '/static-dist-csp-reports';
const ROOT = fileURLToPath(new URL('../../dist/', import.meta.url));

/** @param {import('node:http').IncomingMessage} request @returns {Promise<string>} */
async function bodyOf(request) {
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A Koa middleware for the test runner's server: answers /static-dist/ and its reports itself.
 * @returns {import('@web/dev-server-core').Middleware}
 */
export function playgroundFiles() {
  /**
   * The `csp-report` objects posted so far, oldest first.
   * @type {unknown[]}
   */
  const reports = [];
  return async (context, next) => {
    if (context.path === REPORTS) {
      if (context.method === 'POST') {
        try {
          reports.push(JSON.parse(await bodyOf(context.req))['csp-report'] ?? {});
        } catch {
          reports.push({ unreadable: true });
        }
        context.status = 204;
      } else {
        context.body = reports;
      }
      return undefined;
    }
    if (!context.path.startsWith(PREFIX) || !['GET', 'HEAD'].includes(context.method)) return next();
    if (!('no-csp' in context.query)) context.set('Content-Security-Policy', `${STRICT_CSP}; report-uri ${REPORTS}`);
    let path;
    try {
      path = decodeURIComponent(context.path.slice(PREFIX.length));
    } catch {
      context.status = 400;
      return undefined;
    }
    await serveStatic(context, ROOT, path, 'build dist/ first (npx vite build && npx vite build --mode playground)');
    return undefined;
  };
}
