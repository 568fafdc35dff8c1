// Hostile and odd input to the importer: each ends, quickly, in a clear problem
// or a valid record; never in a throw. One row per input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importArticle, problemText } from '../../dist/esm/authoring.js';

const MiB = 1024 * 1024;
/** @param {string} unit @param {number} length */
const fill = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const head = '---\nid: x\n---\n\n# X\n\n';
const prose = 'Thymogen is the trade name for a synthetic dipeptide of glutamic acid and tryptophan (Glu-Trp). ';
/**
 * Bytes from a fixed linear congruential sequence: the same "binary file" on every run.
 * @param {number} count
 * @param {{ nul: boolean }} options
 */
const bytes = (count, { nul }) => {
  const out = Buffer.alloc(count);
  for (let i = 0, x = 7; i < count; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = nul ? x % 256 : 1 + (x % 255);
  }
  return out.toString('utf8');
};

/**
 * One input per row: its name, how to make it, and either the line of the first
 * problem with that problem's words, or 'ok' with the record it gives.
 * @typedef {[name: string, make: () => string, line: number | null, expected: RegExp]} ProblemRow
 * @typedef {[name: string, make: () => string, line: 'ok', expected: import('../../dist/esm/schema.js').CompoundRecord]} RecordRow
 */

/** @type {(ProblemRow | RecordRow)[]} */
const ROWS = [
  ['empty file', () => '', null, /^no front matter/],
  ['only white space', () => ' \n\t\n\r\n', null, /^no front matter/],
  ['binary with NUL bytes', () => bytes(100_000, { nul: true }), 1, /the file is binary, not a Markdown article/],
  ['binary without NUL bytes', () => bytes(100_000, { nul: false }), null, /^no front matter/],
  ['10 MB of prose', () => fill(prose, 10_000_000), null, /^the article is larger than 2 MiB/],
  ['2 MiB of prose in one paragraph', () => head + fill(prose, 2 * MiB - head.length), 7, /^summary: must be at most 500 characters$/],
  ['2 MiB of short paragraphs', () => `${head}## S\n\n${fill(`${prose}\n\n`, 2 * MiB - 200)}`, 20_003, /^more than 10,000 paragraphs/],
  ['100,000 ">" on one line', () => `${head}${'>'.repeat(100_000)} x`, 7, /^nested too deeply: more than 8 list or quote markers/],
  ['100,000 list markers on one line', () => `${head}${'- '.repeat(100_000)}x`, 7, /^nested too deeply: more than 8 list or quote markers/],
  ['1,000 nested list levels', () => head + Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'), 24, /^nested too deeply: this list item is indented more than 32 columns/],
  ['5,000 block quotes', () => head + '> q\n\n'.repeat(5000), 207, /^more than 100 block quote lines/],
  ['50,000 nested emphasis marks', () => `${head}${'*'.repeat(50_000)}a${'*'.repeat(50_000)}`, 7, /^more than 20,000 emphasis or code marks/],
  ['100,000 nested brackets', () => `${head}${'['.repeat(100_000)}a${']'.repeat(100_000)}`, 7, /^more than 2,000 "\[" that could open links/],
  ['50,000 unclosed links', () => head + '[a]('.repeat(50_000), 7, /^more than 2,000 "\[" that could open links/],
  ['front matter nested 50,000 deep', () => `---\nid: ${'{'.repeat(50_000)}\n---\n\n# X\n`, 2, /^front matter is not valid YAML: /],
  ['a YAML alias bomb beside the id', () => '---\nid: x\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n---\n\n# X\n', 'ok', { schemaVersion: 1, id: 'x', name: 'X' }],
  ['raw HTML blocks', () => `${head}<script>alert(1)</script>\n\n## S\n\n<div>\n\n*x*\n\n</div>\n`, 7, /^raw HTML cannot stand between the title and the first "## " heading$/],
  ['inline HTML stays text, a comment goes', () => `${head}Take <b>two</b> <script>alert(1)</script>.<!-- note -->\n`, 'ok', { schemaVersion: 1, id: 'x', name: 'X', summary: 'Take <b>two</b> <script>alert(1)</script>.' }],
  ['CRLF line endings', () => '---\r\nid: x\r\n---\r\n\r\n# X\r\n\r\nOne\r\ntwo.\r\n', 'ok', { schemaVersion: 1, id: 'x', name: 'X', summary: 'One two.' }],
  ['a byte order mark', () => '\uFEFF---\nid: x\n---\n\n# X\n', 'ok', { schemaVersion: 1, id: 'x', name: 'X' }],
  ['non-Latin text', () => '---\nid: timogen\n---\n\n# Тимоген\n\n胸腺ペプチド، مرحبا 🧪\n\n## Обзор {#obzor}\n\nТекст.\n', 'ok', {
    schemaVersion: 1, id: 'timogen', name: 'Тимоген', summary: '胸腺ペプチド، مرحبا 🧪',
    sections: [{ id: 'obzor', title: 'Обзор', paragraphs: ['Текст.'] }],
  }],
];

for (const [name, make, line, expected] of ROWS) {
  test(name, (t) => {
    const input = make();
    const started = performance.now();
    const result = importArticle(input);
    const ms = performance.now() - started;
    t.diagnostic(`${(input.length / MiB).toFixed(2)} MiB in ${Math.round(ms)} ms`);
    // Guarded inputs are refused before parsing; the rest are small or parse in well under a second unloaded.
    assert.ok(ms < 10_000, `${Math.round(ms)} ms`);
    if (line === 'ok') {
      assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems.slice(0, 3)));
      assert.deepEqual(result.record, expected);
      return;
    }
    assert.equal(result.ok, false);
    assert.equal(result.problems[0].line, line);
    assert.match(problemText(result.problems[0]), expected);
    for (const problem of result.problems) assert.ok(!/\n|\bat \S+ \(/.test(problem.message), 'one line, no stack trace');
  });
}
