// A static host for tests/hosting.test.ts: records, the bundle and its stylesheet,
// each served with exactly the headers the test names in the query, the way a
// static host or CDN would, and every request counted on the server's side.
//
// The same handler answers on two origins:
// - the test runner's own (under /hosting/), a same-origin host;
// - a plain Node server on another port of the same host name, "the CDN": another
//   origin for the browser, yet the same site, so the test page's cookies would
//   travel to it if a request asked for credentials. That is what lets a test
//   show that the card and `crossorigin="anonymous"` send none.
//
// Query parameters (all optional):
//   key=K        counts this request under K (GET /hosting/stats?key=K reads them)
//   type=T       Content-Type (a default per file; `none`: no Content-Type at all)
//   cache=V      Cache-Control: V
//   etag=1       a strong ETag from the body; a matching If-None-Match gets a 304
//   cors=V       Access-Control-Allow-Origin: V
//   nosniff=1    X-Content-Type-Options: nosniff
//   status=N     answer N with a short text body, and the same headers (records only)
//   tamper=1     the bundle with one byte more than dist/ holds (bundle only)
//   gzip=1       the body gzip-compressed, with Content-Encoding: gzip
// and for /hosting/page.html (a host page, see hostPage): stylesheet=URL, or src=URL
// with bundle=URL and integrity=VALUE, and csp=POLICY for a Content-Security-Policy header.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

const PREFIX = '/hosting/';
const ROOT = new URL('../../', import.meta.url);
const VERSION = /** @type {{ version: string }} */ (JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'))).version;
/** The versioned folder a CDN would publish the package under, e.g. /hosting/compound-card@0.1.0/. */
const RELEASE = `${PREFIX}compound-card@${VERSION}/`;

/**
 * What arrived under one key, and from which origins.
 * @typedef {{
 *   requests: number, preflights: number, conditional: number, notModified: number,
 *   withCookie: number, withAuthorization: number, origins: (string | null)[],
 * }} Stat
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 */

/**
 * Per key: what arrived. Shared by both origins, so one stats call sees either.
 * @type {Map<string, Stat>}
 */
const stats = new Map();

/** @param {string} key @returns {Stat} */
const statFor = (key) => {
  let stat = stats.get(key);
  if (!stat) {
    stat = {
      requests: 0,
      preflights: 0,
      conditional: 0,
      notModified: 0,
      withCookie: 0,
      withAuthorization: 0,
      origins: [],
    };
    stats.set(key, stat);
  }
  return stat;
};

/** @param {Request} req @param {URLSearchParams} params */
function count(req, params) {
  const stat = statFor(params.get('key') ?? '');
  stat.requests++;
  if (req.method === 'OPTIONS') stat.preflights++;
  if (req.headers['if-none-match']) stat.conditional++;
  if (req.headers.cookie) stat.withCookie++;
  if (req.headers.authorization) stat.withAuthorization++;
  stat.origins.push(req.headers.origin ?? null);
  return stat;
}

/**
 * The files a test can ask for: where the bytes come from and their usual type.
 * @type {Record<string, { read: () => Promise<Buffer>, type: string }>}
 */
const FILES = {
  [`${PREFIX}records/thymogen.json`]: {
    read: () => readFile(new URL('demo/records/thymogen.json', ROOT)),
    type: 'application/json; charset=utf-8',
  },
  [`${RELEASE}compound-card.js`]: {
    // Read per request: dist/ may be rebuilt while the runner is up, and the .sri
    // file is read the same way, so the two always describe the same build.
    read: () => readFile(new URL('dist/compound-card.js', ROOT)),
    type: 'text/javascript; charset=utf-8',
  },
  [`${RELEASE}compound-card.js.sri`]: {
    read: () => readFile(new URL('dist/compound-card.js.sri', ROOT)),
    type: 'text/plain; charset=utf-8',
  },
  [`${RELEASE}compound-card.css`]: {
    read: () => readFile(new URL('dist/compound-card.css', ROOT)),
    type: 'text/css; charset=utf-8',
  },
};

/**
 * The headers the query asks for, on top of the file's usual Content-Type.
 * @param {URLSearchParams} params
 * @param {string} defaultType
 * @returns {Record<string, string>}
 */
function headersFor(params, defaultType) {
  /** @type {Record<string, string>} */
  const headers = {};
  const type = params.get('type') ?? defaultType;
  if (type !== 'none') headers['Content-Type'] = type;
  const cache = params.get('cache');
  if (cache !== null) headers['Cache-Control'] = cache;
  const cors = params.get('cors');
  if (cors !== null) headers['Access-Control-Allow-Origin'] = cors;
  if (params.has('nosniff')) headers['X-Content-Type-Options'] = 'nosniff';
  return headers;
}

const etagOf = (/** @type {Buffer} */ body) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;

/**
 * If-None-Match holds `etag` (weak comparison, as RFC 9110 asks for GET), or `*`.
 * @param {string} ifNoneMatch
 * @param {string} etag
 */
const matches = (ifNoneMatch, etag) =>
  ifNoneMatch.split(',').some((tag) => {
    const candidate = tag.trim().replace(/^W\//, '');
    return candidate === '*' || candidate === etag;
  });

/**
 * @param {Request} req
 * @param {Response} res
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string | Buffer} [body]
 */
function reply(req, res, status, headers, body) {
  const bytes = body === undefined ? undefined : Buffer.from(body);
  if (bytes) headers['Content-Length'] = String(bytes.byteLength);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** @type {Record<string, string>} */
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (/** @type {string} */ text) => text.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char]);

/**
 * A host page with one card, and tests/csp/listen.js first (a file, so a strict
 * policy allows it) to record CSP violations. With `stylesheet`: a card rendered
 * on the server that links that stylesheet instead of holding a <style>, and no
 * bundle. With `src`: the bundle (from `bundle`, by default this origin's
 * versioned folder; pinned with `integrity` when given) and a card that fetches `src`.
 * @param {URLSearchParams} params
 * @returns {Promise<string>}
 */
async function hostPage(params) {
  let body;
  const stylesheet = params.get('stylesheet');
  if (stylesheet !== null) {
    const { renderCard } = await import('../../dist/esm/ssr.js');
    /** @type {unknown} */
    const record = JSON.parse(await readFile(new URL('demo/records/thymogen.json', ROOT), 'utf8'));
    body = renderCard(record, { stylesheet });
  } else {
    const bundle = escapeHtml(params.get('bundle') ?? `${RELEASE}compound-card.js`);
    const integrity = params.get('integrity');
    const pinned = integrity !== null
      ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"`
      : '';
    body = `<script src="${bundle}"${pinned}></script>
<compound-card src="${escapeHtml(params.get('src') ?? '')}"></compound-card>`;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<script src="/tests/csp/listen.js"></script></head><body>${body}</body></html>`;
}

/**
 * @param {Request} req
 * @param {Response} res
 * @param {{ read: () => Promise<Buffer>, type: string }} file
 * @param {URLSearchParams} params
 */
async function serveFile(req, res, file, params) {
  const headers = headersFor(params, file.type);
  if (params.has('status')) return reply(req, res, Number(params.get('status')), headers, 'not here');
  let body = await file.read();
  if (params.has('tamper')) body = Buffer.concat([body, Buffer.from('\n')]);
  if (params.has('gzip')) {
    body = gzipSync(body);
    headers['Content-Encoding'] = 'gzip';
  }
  if (params.has('etag')) {
    const etag = etagOf(body);
    headers.ETag = etag;
    if (req.headers['if-none-match'] && matches(req.headers['if-none-match'], etag)) {
      statFor(params.get('key') ?? '').notModified++;
      // A 304 repeats the validators and caching headers (and CORS), but has no body or Content-Type.
      delete headers['Content-Type'];
      return reply(req, res, 304, headers);
    }
  }
  return reply(req, res, 200, headers, body);
}

/**
 * Answers one request under /hosting/, on either origin.
 * @param {Request} req
 * @param {Response} res
 * @param {Promise<number>} cdnPort
 */
async function handle(req, res, cdnPort) {
  const url = new URL(req.url ?? '/', 'http://host');
  const params = url.searchParams;
  const json = (/** @type {unknown} */ value) => reply(req, res, 200, { 'Content-Type': 'application/json' }, JSON.stringify(value));
  if (url.pathname === `${PREFIX}stats`) return json(statFor(params.get('key') ?? ''));
  if (url.pathname === `${PREFIX}cdn`) return json({ port: await cdnPort, release: RELEASE });
  count(req, params);
  if (req.method === 'OPTIONS') {
    // Counted above; the card's GET is a "simple" request and should never cause one.
    return reply(req, res, 204, headersFor(params, 'none'));
  }
  if (!['GET', 'HEAD'].includes(req.method ?? '')) return reply(req, res, 405, {}, 'GET only');
  if (url.pathname === `${PREFIX}page.html`) {
    /** @type {Record<string, string>} */
    const headers = { 'Content-Type': 'text/html; charset=utf-8' };
    const csp = params.get('csp');
    if (csp !== null) headers['Content-Security-Policy'] = csp;
    return reply(req, res, 200, headers, await hostPage(params));
  }
  const file = FILES[url.pathname];
  if (!file) return reply(req, res, 404, { 'Content-Type': 'text/plain' }, 'no such hosting route');
  return serveFile(req, res, file, params);
}

/**
 * @param {Response} res
 * @param {unknown} error what the handler threw: an Error, whose stack says where, or anything else
 */
const fail = (res, error) => {
  if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
  res.end(String(/** @type {{ stack?: unknown } | null | undefined} */ (error)?.stack ?? error));
};

/**
 * Starts "the CDN" once: any free port, every interface, never keeping the runner alive.
 * @type {Promise<number> | undefined}
 */
let cdnPort;
/** @returns {Promise<number>} */
function startCdn() {
  cdnPort ??= new Promise((resolve, reject) => {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://host');
      if (!url.pathname.startsWith(PREFIX)) return reply(req, res, 404, {}, 'not found');
      // A request can only arrive once the server listens, long after cdnPort is set.
      return handle(req, res, /** @type {Promise<number>} */ (cdnPort)).catch((error) => fail(res, error));
    });
    server.on('connection', (socket) => socket.unref());
    server.once('error', reject);
    // Listening on a port, the server's address is an AddressInfo.
    server.listen(0, () => resolve(/** @type {import('node:net').AddressInfo} */ (server.address()).port));
    server.unref();
  });
  return cdnPort;
}

/**
 * A Koa middleware for the test runner's server: everything under /hosting/.
 * @returns {import('@web/dev-server-core').Middleware}
 */
export function hostingServer() {
  const port = startCdn();
  return async (context, next) => {
    if (!context.path.startsWith(PREFIX)) return next();
    // Answer on the raw response: the test runner's own middleware sets
    // `Cache-Control: public, max-age=31536000` on every path with an extension
    // after the fact, which would overwrite the headers under test. Koa leaves a
    // response alone once its headers are sent, and with `respond = false`.
    context.respond = false;
    await handle(context.req, context.res, port).catch((error) => fail(context.res, error));
    return undefined;
  };
}
