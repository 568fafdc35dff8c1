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

export function faultServerPlugin() {
  return {
    name: 'compound-card-fault-server',
    async serve(context) {
      if (!context.path.startsWith('/api/')) return undefined;
      const params = new URL(context.url, 'http://localhost').searchParams;
      if (context.path === '/api/stats') {
        return { body: JSON.stringify(statFor(params.get('key') ?? '')), type: 'application/json' };
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
      if (closed) return { body: '', type: 'text/plain' };
      stat.completed++;
      switch (context.path) {
        case '/api/record': {
          // The demo record, optionally renamed so a test can tell two responses apart.
          const name = params.get('name');
          return { body: JSON.stringify(name ? { ...thymogen, name } : thymogen), type: 'application/json' };
        }
        case '/api/status': {
          context.status = Number(params.get('code') ?? 500);
          return { body: 'failure', type: 'text/plain' };
        }
        case '/api/invalid-json':
          return { body: '{"schemaVersion": 1, "id": }', type: 'application/json' };
        case '/api/wrong-shape':
          return { body: JSON.stringify({ schemaVersion: 1, id: 'Bad Id', name: '' }), type: 'application/json' };
        default:
          return undefined;
      }
    },
  };
}
