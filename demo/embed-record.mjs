// Copies a record file verbatim into the embedded <script type="application/json">
// of demo/index.html, so the page's embedded example never drifts from the record.
//
//   node demo/embed-record.mjs           rewrite demo/index.html
//   node demo/embed-record.mjs --check   exit 1 if the embedded copy differs
//
// The record to embed is named by a marker comment, `<!-- embed: records/NAME.json ... -->`;
// the first <script type="application/json"> after the marker gets the file's exact text.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const demoDir = dirname(fileURLToPath(import.meta.url));
const pagePath = join(demoDir, 'index.html');
const check = process.argv.includes('--check');

const MARKER = /<!-- embed: (records\/[\w.-]+\.json)\b[^]*?-->/g;
const OPEN = '<script type="application/json">';
const CLOSE = '</script>';

const page = readFileSync(pagePath, 'utf8');
let out = '';
let from = 0;
let count = 0;
for (const match of page.matchAll(MARKER)) {
  const record = readFileSync(join(demoDir, match[1]), 'utf8');
  JSON.parse(record); // refuse to embed a file that is not JSON
  if (/<\/script|<!--/i.test(record)) throw new Error(`${match[1]} cannot be embedded in a <script> as is`);
  const start = page.indexOf(OPEN, match.index + match[0].length);
  const end = start < 0 ? -1 : page.indexOf(CLOSE, start);
  if (end < 0) throw new Error(`no ${OPEN}…${CLOSE} after the marker for ${match[1]}`);
  out += page.slice(from, start + OPEN.length) + record;
  from = end;
  count += 1;
}
out += page.slice(from);

if (count === 0) throw new Error('no embed marker found in demo/index.html');
if (check) {
  if (out !== page) {
    console.error('demo/index.html: the embedded record differs from its file; run node demo/embed-record.mjs');
    process.exit(1);
  }
  console.log(`demo/index.html: ${count} embedded record(s) match their files`);
} else if (out !== page) {
  writeFileSync(pagePath, out);
  console.log(`demo/index.html: updated ${count} embedded record(s)`);
} else {
  console.log('demo/index.html: already up to date');
}
