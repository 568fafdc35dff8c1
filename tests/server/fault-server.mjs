// Test-only routes under /api/: a record server that misbehaves on request, and
// keeps count of what it was asked so tests can check requests and aborts from
// the server's side. The card under test fetches these over real HTTP.
import { readFileSync } from 'node:fs';

const thymogen = JSON.parse(readFileSync(new URL('../../demo/records/thymogen.json', import.meta.url), 'utf8'));

/** Per test key (`?key=`): how many requests arrived, and how many the client abandoned before the end. */
const stats = new Map();

const statFor = (key) => {
  if (!stats.has(key)) stats.set(key, { requests: 0, aborted: 0, completed: 0 });
  return stats.get(key);
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const send = (context, status, body, type) => {
  context.status = status;
  context.type = type;
  context.body = body;
};

/** A Koa middleware for the test runner's server. */
export function faultServer() {
  return async (context, next) => {
    if (!context.path.startsWith('/api/')) return next();
    const params = new URL(context.url, 'http://localhost').searchParams;
    if (context.path === '/api/stats') {
      return send(context, 200, JSON.stringify(statFor(params.get('key') ?? '')), 'application/json');
    }
    const stat = statFor(params.get('key') ?? '');
    stat.requests++;
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
      case '/api/wrong-shape':
        return send(context, 200, JSON.stringify({ schemaVersion: 1, id: 'Bad Id', name: '' }), 'application/json');
      default:
        return send(context, 404, 'no such test route', 'text/plain');
    }
  };
}
