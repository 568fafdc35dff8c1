// `npm start` (the Vite dev server) serves the record playground from its sources,
// at /demo/playground/index.html, beside the demo.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';

/**
 * Starts the dev server on a port of its own (a running `npm start` does not get in the way).
 * @param {import('node:test').TestContext} t
 * @param {number} port
 */
async function startDevServer(t, port) {
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', String(port), '--strictPort'], {
    env: { ...process.env, BROWSER: 'none', CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => server.kill());
  await /** @type {Promise<void>} */ (new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the dev server did not start:\n${output}`)), 30000);
    const listen = (/** @type {Buffer} */ chunk) => {
      // eslint-disable-next-line no-control-regex
      output += String(chunk).replace(/\u001b\[[0-9;]*m/g, '');
      if (/Local:/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout.on('data', listen);
    server.stderr.on('data', listen);
  }));
  return `http://localhost:${port}`;
}

test('the dev server serves the playground page and compiles its modules', async (t) => {
  const origin = await startDevServer(t, 5392);

  const page = await fetch(`${origin}/demo/playground/index.html`);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /<div id="editor"/);
  assert.match(html, /<compound-card id="card">/);
  assert.match(html, /<textarea id="embed"/);
  assert.match(html, /<script type="module" src="\.\/main\.ts"><\/script>/);

  // Each module the page starts with compiles: a TypeScript or import error would answer 500.
  for (const module of ['main.ts', 'editor.ts', 'problems.ts', 'embed.ts', 'article.ts']) {
    const response = await fetch(`${origin}/demo/playground/${module}`);
    assert.equal(response.status, 200, module);
    assert.match(response.headers.get('content-type') ?? '', /javascript/, module);
  }
  const main = await (await fetch(`${origin}/demo/playground/main.ts`)).text();
  // The record it starts with and the card's own sources, served by the same server.
  assert.match(main, /\/demo\/records\/thymogen\.json\?(?:import&)?raw/);
  assert.match(main, /\/src\/define\.ts/);
});
