// First run: `npm start` prints an address, and that address shows the demo.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';

test('the address the dev server prints answers with the demo page', async (t) => {
  // A port of its own, so a running `npm start` does not get in the way.
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', '5391', '--strictPort'], {
    env: { ...process.env, BROWSER: 'none', CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => server.kill());
  const address = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no address printed:\n${output}`)), 30000);
    server.stdout.on('data', (chunk) => {
      output += chunk;
      // eslint-disable-next-line no-control-regex
      const match = /Local:\s+(http:\/\/\S+)/.exec(output.replace(/\u001b\[[0-9;]*m/g, ''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  assert.equal(address, 'http://localhost:5391/');
  const response = await fetch(address);
  assert.equal(response.status, 200);
  assert.match(response.url, /\/demo\/index\.html$/);
  assert.match(await response.text(), /<compound-card/);
});
