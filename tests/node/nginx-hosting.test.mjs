// The README's nginx example, run in Debian's nginx (tests/server/nginx.mjs starts
// it with the README's own `location` blocks): the headers each file gets are the
// ones the guide's table asks for. tests/nginx.test.ts then shows a card on
// another origin loading from the same configuration in every browser.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startNginx } from '../server/nginx.mjs';

// Set by `before`, which runs ahead of every test; `after` also runs when nginx failed to start.
/** @type {Awaited<ReturnType<typeof startNginx>>} */
let nginx;
before(async () => {
  nginx = await startNginx();
});
after(() => nginx?.stop());

/** Every header seen, for the table printed at the end: file → header → value. */
/** @type {{ file: string, status: number, name: string, value: string | null }[]} */
const seen = [];
/** @param {string} path @param {Record<string, string>} [headers] */
async function get(path, headers = {}) {
  const response = await fetch(`${nginx.origin}${path}`, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body };
}
/** @param {string} file @param {Awaited<ReturnType<typeof get>>} response @param {string[]} names */
function note(file, response, names) {
  for (const name of names) seen.push({ file, status: response.status, name, value: response.headers.get(name) });
}

const NOTED = ['content-type', 'cache-control', 'etag', 'access-control-allow-origin', 'x-content-type-options'];

/**
 * The README's "Headers for each file" table: the Value cell of the row for
 * `file` (record, bundle, compound-card.css) and `header`.
 * @param {string} file
 * @param {string} header
 */
function readmeValue(file, header) {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.split(/^### Headers for each file$/m)[1].split(/^#{2,3} /m)[0];
  const row = table
    .split('\n')
    .map((line) => line.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/`/g, '')))
    .find((cells) => cells[1] === file && cells[2].toLowerCase() === header);
  assert.ok(row, `the README's header table has a row for ${file} ${header}`);
  return row[3];
}

/**
 * What nginx sent for `header` is a value the README's table names for that file.
 * @param {string} file
 * @param {string} header
 * @param {string | null} value
 */
function agreesWithReadme(file, header, value) {
  const documented = readmeValue(file, header);
  assert.ok(value !== null, `nginx sent no ${header} for ${file}`);
  assert.ok(documented.includes(value.split(';')[0]), `README says ${file} ${header}: ${documented}; nginx sent ${value}`);
}

test('a record: application/json, reused for 5 minutes, an ETag, CORS for other origins', async () => {
  const record = await get(nginx.recordPath);
  note('record', record, NOTED);
  assert.equal(record.status, 200);
  assert.deepEqual(record.body, readFileSync('demo/records/thymogen.json'));
  assert.match(/** @type {string} */ (record.headers.get('content-type')), /^application\/json\b/);
  assert.equal(record.headers.get('cache-control'), 'public, max-age=300');
  assert.ok(record.headers.get('etag'), 'an ETag');
  assert.equal(record.headers.get('access-control-allow-origin'), '*');
  for (const header of ['content-type', 'cache-control', 'access-control-allow-origin']) {
    agreesWithReadme('record', header, record.headers.get(header));
  }
});

test('a record revalidated with its ETag: 304, no body, the same ETag and caching headers', async () => {
  const { headers } = await get(nginx.recordPath);
  const again = await get(nginx.recordPath, { 'If-None-Match': /** @type {string} */ (headers.get('etag')) });
  note('record, If-None-Match', again, NOTED);
  assert.equal(again.status, 304);
  assert.equal(again.body.byteLength, 0);
  assert.equal(again.headers.get('etag'), headers.get('etag'));
  assert.equal(again.headers.get('cache-control'), 'public, max-age=300');
  assert.equal(again.headers.get('access-control-allow-origin'), '*');
});

test('a missing record: 404 with Access-Control-Allow-Origin (so the card can say "HTTP 404") and no Cache-Control', async () => {
  const missing = await get('/records/not-published-yet.json');
  note('record, missing', missing, NOTED);
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('access-control-allow-origin'), '*');
  assert.equal(missing.headers.get('cache-control'), null, 'a 404 must not be cached for five minutes');
});

test('the bundle at its versioned URL: the built bytes, a JavaScript type, immutable, nosniff, CORS', async () => {
  const bundle = await get(`${nginx.releasePath}compound-card.js`);
  note('bundle', bundle, NOTED);
  assert.equal(bundle.status, 200);
  assert.deepEqual(bundle.body, readFileSync('dist/compound-card.js'), 'byte for byte');
  const pinned = readFileSync('dist/compound-card.js.sri', 'utf8').trim();
  assert.equal(`sha384-${createHash('sha384').update(bundle.body).digest('base64')}`, pinned, 'the pinned integrity holds');
  assert.match(/** @type {string} */ (bundle.headers.get('content-type')), /^(text|application)\/javascript\b/);
  assert.equal(bundle.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(bundle.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(bundle.headers.get('access-control-allow-origin'), '*');
  for (const header of ['content-type', 'cache-control', 'x-content-type-options', 'access-control-allow-origin']) {
    agreesWithReadme('bundle', header, bundle.headers.get(header));
  }
});

test('the stylesheet at its versioned URL: text/css, immutable', async () => {
  const stylesheet = await get(`${nginx.releasePath}compound-card.css`);
  note('compound-card.css', stylesheet, NOTED);
  assert.equal(stylesheet.status, 200);
  assert.match(/** @type {string} */ (stylesheet.headers.get('content-type')), /^text\/css\b/);
  assert.equal(stylesheet.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  for (const header of ['content-type', 'cache-control']) {
    agreesWithReadme('compound-card.css', header, stylesheet.headers.get(header));
  }
});

test('a missing release: 404 with nosniff and CORS, and no Cache-Control (a year of a 404 would outlive the upload)', async () => {
  const missing = await get('/vendor/compound-card@0.0.0-not-published/compound-card.js');
  note('bundle, missing release', missing, NOTED);
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(missing.headers.get('access-control-allow-origin'), '*');
  assert.equal(missing.headers.get('cache-control'), null);
});

test('the headers nginx sent, as a table', () => {
  assert.ok(seen.length > 0);
  const rows = seen.filter(({ value }) => value !== null);
  console.log(
    ['| File | Status | Header | Value |', '|---|---|---|---|', ...rows.map(({ file, status, name, value }) => `| ${file} | ${status} | ${name} | ${value} |`)].join('\n'),
  );
});
