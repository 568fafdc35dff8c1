// Answers a request with a built file, byte for byte, as a plain static host would.
// The test runner's own pipeline rewrites every .js file it serves (esbuild), and a
// rewritten bundle no longer matches its Subresource Integrity value, so pages that
// pin the bundle are served through this instead.
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';

/** @type {Partial<Record<string, string>>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Sets `context`'s response to the file at `path` under `root` (a directory path
 * ending in a separator; `index.html` for a directory). Never answers outside
 * `root`; a missing file is a 404 whose text says `howToBuild`.
 * @param {import('koa').Context} context
 * @param {string} root
 * @param {string} path
 * @param {string} howToBuild
 * @returns {Promise<void>}
 */
export async function serveStatic(context, root, path, howToBuild) {
  // `resolve` removes any `..`, so the check below keeps every request inside root.
  const file = resolve(root, path === '' || path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(root)) {
    context.status = 404;
    return;
  }
  try {
    context.body = await readFile(file);
    context.type = TYPES[extname(file)] ?? 'application/octet-stream';
  } catch {
    context.status = 404;
    context.type = 'text/plain';
    context.body = `${context.path} not found: ${howToBuild}`;
  }
}
