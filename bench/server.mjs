/**
 * A tiny static server for the benchmarks: node:http on 127.0.0.1, a free port
 * chosen by the OS, no caching, correct content types, and a request counter
 * per path so a benchmark can check how many times the page asked for a file.
 *
 * Routes (every one read-only):
 *   /dist/*          the built files (dist/)
 *   /demo/records/*  the demo records
 *   /bench/*         bench/pages/ (the benchmarks' own scripts and styles)
 *   /baseline/*      the baseline bundle built into a temporary directory
 *   /gen/*           pages (and a record) generated in memory by run.mjs, typed by extension
 *
 * Any URL may end in `?delay=MS`: the response waits that long (at most 10 s), so a
 * page can have a record that arrives late, as on a slow network (bench/cls.mjs);
 * and in `?max-age=S`: the response may be cached for S seconds instead of `no-store`,
 * as a host serves a stylesheet (bench/ssr.mjs, the `stylesheet` option).
 *
 * While `compress(true)` is on (the Lighthouse runs, bench/lighthouse.mjs), text (HTML,
 * scripts, JSON, CSS) goes out compressed, brotli or gzip as the browser accepts, as hosts
 * and CDNs commonly serve it (README, "Headers for each file"): what Lighthouse's simulated
 * slow network charges for the bundle (16 KiB brotli, 49 KiB as built) is then what a
 * reader's network carries. Each body is compressed once per path and kept. The other
 * benchmarks load pages over loopback, where transfer takes no time worth counting, and get
 * them as they are.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Resolves `rest` inside `root`, or `undefined` when it would leave it.
 * @param {string} root
 * @param {string} rest
 * @returns {string | undefined}
 */
function inside(root, rest) {
  const path = normalize(join(root, rest));
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep) ? path : undefined;
}

/** @typedef {Awaited<ReturnType<typeof startServer>>} BenchServer */

/**
 * @param {{ mounts: Record<string, string>, generated: Map<string, string> }} options
 *   `mounts` maps a URL prefix (e.g. '/dist/') to a directory; `generated` maps a
 *   path under /gen/ to an HTML string.
 */
export async function startServer({ mounts, generated }) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  /** Compressed bodies by encoding and path. @type {Map<string, Buffer>} */
  const compressed = new Map();
  let compressing = false;

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const maxAge = Number(url.searchParams.get('max-age'));
    /** @param {number} status @param {string} type @param {string | Buffer} body */
    const send = (status, type, body) => {
      const accepts = String(request.headers['accept-encoding'] ?? '');
      const encoding = !compressing || status !== 200 || /^image\/|octet-stream/.test(type) ? undefined : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
      if (encoding) {
        const key = `${encoding} ${path}`;
        let packed = compressed.get(key);
        if (!packed) {
          packed = encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 });
          compressed.set(key, packed);
        }
        body = packed;
      }
      response.writeHead(status, {
        'content-type': type,
        'content-length': Buffer.byteLength(body),
        'cache-control': status === 200 && Number.isInteger(maxAge) && maxAge > 0 ? `max-age=${maxAge}` : 'no-store',
        ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, TYPES['.txt'], 'method not allowed');
    const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 10_000);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    if (path === '/favicon.ico') return send(204, TYPES['.txt'], '');
    if (path.startsWith('/gen/')) {
      const page = generated.get(path);
      // Generated pages are HTML unless their path says otherwise (a record under /gen/*.json).
      return page === undefined ? send(404, TYPES['.txt'], 'not found') : send(200, TYPES[extname(path)] ?? TYPES['.html'], page);
    }
    for (const [prefix, root] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = inside(root, path.slice(prefix.length));
      if (!file) return send(403, TYPES['.txt'], 'forbidden');
      try {
        const body = await readFile(file);
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', body);
      } catch {
        return send(404, TYPES['.txt'], 'not found');
      }
    }
    return send(404, TYPES['.txt'], 'not found');
  });

  await /** @type {Promise<void>} */ (
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    })
  );
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    /** Requests for `path` since the last reset. */
    count: (/** @type {string} */ path) => counts.get(path) ?? 0,
    resetCounts: () => counts.clear(),
    /** Sends text compressed from now on (`true`), or as it is (`false`, the default). */
    compress: (/** @type {boolean} */ on) => {
      compressing = on;
      // Bodies compressed before may have changed since (a page generated anew).
      compressed.clear();
    },
    close: () =>
      /** @type {Promise<void>} */ (
        new Promise((resolve) => {
          server.closeAllConnections?.();
          server.close(() => resolve());
        })
      ),
  };
}
