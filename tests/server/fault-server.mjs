// Test-only routes under /api/: a record server that misbehaves on request, and
// keeps count of what it was asked so tests can check requests and aborts from
// the server's side. The card under test fetches these over real HTTP.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

/** @type {Record<string, unknown>} */
const thymogen = JSON.parse(readFileSync(new URL('../../demo/records/thymogen.json', import.meta.url), 'utf8'));

/**
 * What happened to the requests under one key.
 * @typedef {{ requests: number, aborted: number, completed: number, withCookie: number, withCredentials: number }} Stat
 */

/**
 * Per test key (`?key=`): how many requests arrived, and how many the client abandoned before the end.
 * @type {Map<string, Stat>}
 */
const stats = new Map();

/** @param {string} key @returns {Stat} */
const statFor = (key) => {
  let stat = stats.get(key);
  if (!stat) {
    stat = { requests: 0, aborted: 0, completed: 0, withCookie: 0, withCredentials: 0 };
    stats.set(key, stat);
  }
  return stat;
};

/** @param {number} ms @returns {Promise<void>} */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {import('koa').Context} context
 * @param {number} status
 * @param {string} body
 * @param {string} type
 */
const send = (context, status, body, type) => {
  context.status = status;
  context.type = type;
  context.body = body;
};

/** A Koa middleware for the test runner's server. @returns {import('@web/dev-server-core').Middleware} */
export function faultServer() {
  return async (context, next) => {
    if (!context.path.startsWith('/api/')) return next();
    const params = new URL(context.url, 'http://localhost').searchParams;
    if (context.path === '/api/stats') {
      return send(context, 200, JSON.stringify(statFor(params.get('key') ?? '')), 'application/json');
    }
    const stat = statFor(params.get('key') ?? '');
    stat.requests++;
    if (context.get('cookie')) stat.withCookie++;
    if (context.get('authorization')) stat.withCredentials++;
    let closed = false;
    context.req.on('close', () => {
      if (!context.res.writableFinished) {
        closed = true;
        stat.aborted++;
      }
    });
    const delay = Number(params.get('delay') ?? 0);
    if (delay) await sleep(delay);
    if (closed) return send(context, 499, '', 'text/plain');
    stat.completed++;
    switch (context.path) {
      case '/api/record': {
        // The demo record, optionally renamed so a test can tell two responses apart.
        const name = params.get('name');
        return send(context, 200, JSON.stringify(name ? { ...thymogen, name } : thymogen), 'application/json');
      }
      case '/api/status':
        return send(context, Number(params.get('code') ?? 500), 'failure', 'text/plain');
      case '/api/invalid-json':
        return send(context, 200, '{"schemaVersion": 1, "id": }', 'application/json');
      case '/api/echo':
        // Serves back the record given in the query, base64url-encoded JSON.
        return send(context, 200, Buffer.from(params.get('record') ?? '', 'base64url').toString('utf8'), 'application/json');
      case '/api/flaky': {
        // Fails with `code` for the first `times` requests of a key, then serves the record.
        if (stat.requests <= Number(params.get('times') ?? 1)) {
          const retryAfter = params.get('retry-after');
          if (retryAfter) context.set('Retry-After', retryAfter);
          return send(context, Number(params.get('code') ?? 503), 'try later', 'text/plain');
        }
        return send(context, 200, JSON.stringify(thymogen), 'application/json');
      }
      case '/api/never-ends': {
        // Headers and the start of a body, then nothing more until the client gives up.
        context.status = 200;
        context.type = 'application/json';
        const body = new Readable({ read() {} });
        body.push('{"schemaVersion": 1, ');
        context.req.on('close', () => body.destroy());
        context.body = body;
        return undefined;
      }
      case '/api/html':
        return send(context, 200, '<!doctype html><title>Not found</title><p>Sorry', 'text/html; charset=utf-8');
      case '/api/typed':
        // The record under any content type the test names.
        return send(context, 200, JSON.stringify(thymogen), params.get('type') ?? 'application/json');
      case '/api/big': {
        // A valid-looking record whose summary pushes the body past the 512 KiB cap.
        const text = JSON.stringify({ ...thymogen, summary: 'x'.repeat(600 * 1024) });
        if (params.get('length') === 'no') {
          context.status = 200;
          context.type = 'application/json';
          // The text is never empty, so there is at least one chunk.
          const chunks = /** @type {RegExpMatchArray} */ (text.match(/[\s\S]{1,65536}/g));
          context.body = Readable.from(chunks);
          return undefined;
        }
        return send(context, 200, text, 'application/json');
      }
      case '/api/version-2':
        return send(context, 200, JSON.stringify({ ...thymogen, schemaVersion: 2 }), 'application/json');
      case '/api/cors-record':
        context.set('Access-Control-Allow-Origin', '*');
        return send(context, 200, JSON.stringify(thymogen), 'application/json');
      case '/api/wrong-shape':
        return send(context, 200, JSON.stringify({ schemaVersion: 1, id: 'Bad Id', name: '' }), 'application/json');
      default:
        return send(context, 404, 'no such test route', 'text/plain');
    }
  };
}
