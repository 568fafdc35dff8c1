// A page that makes no record: every problem at once, each at its line and column
// in the page, in the Markdown importer's words; and hostile pages, each ending
// quickly in a clear problem or a record, never a throw. One row per case.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importArticle, importPage, problemText } from '../../dist/esm/authoring.js';

test('every problem at once, at its line and column, worded as the Markdown importer words it', () => {
  const html = [
    '<article>',
    '  <h1>X</h1>',
    '  <p>S.</p><p>More.</p>',
    '  <h2>Quick facts</h2>',
    '  <ul><li>Class: a</li><li>Injectable</li><li>class: b</li></ul>',
    '  <h2>Overview</h2><pre>code</pre>',
    '  <h2 id="overview">Again</h2><p>B.</p>',
    '  <h2>FAQ</h2><h3>Q?</h3>',
    '  <h2>References</h2><ul><li>Paper: <a href="https://e.org">T</a></li></ul>',
    '  <p>Updated <time datetime="2026-02-30">then</time></p>',
    '</article>',
  ].join('\n');
  const result = importPage(html, { id: 'x' });
  assert.equal(result.ok, false);
  assert.deepEqual(result.problems.map((problem) => [problem.line, problem.column, problemText(problem)]), [
    [3, 12, 'only one paragraph, the summary, may follow the title: start a section with "## Heading"'],
    [5, 24, 'quick fact "Injectable" has no colon: write it as "Label: value"'],
    [5, 43, 'quick fact "class" is listed twice (first on line 5)'],
    [6, 3, 'sections[0].paragraphs: must have at least 1 item'],
    [6, 20, 'a code block cannot stand in a section: a section holds paragraphs'],
    [7, 3, 'section id "overview" is already used by the section on line 6: give this one its own, e.g. "## Again {#overview-2}"'],
    [8, 15, 'question "Q?" has no answer: write it as paragraphs below the question'],
    [9, 26, 'unknown reference type "Paper": use Study, Regulator or Reference'],
    [10, 3, 'a paragraph cannot stand under "## References": only a list is read there'],
  ]);
  // The same mistakes in a Markdown article get the same words.
  const markdown = importArticle('---\nid: x\n---\n\n# X\n\n## Quick facts\n\n- Injectable\n\n## FAQ\n\n### Q?\n');
  assert.equal(markdown.ok, false);
  assert.deepEqual(markdown.problems.map(({ message }) => message), [
    'quick fact "Injectable" has no colon: write it as "Label: value"',
    'question "Q?" has no answer: write it as paragraphs below the question',
  ]);
});

test('a record check problem points at the element its value came from', () => {
  const result = importPage('<article>\n<header><h1>X</h1>\n<time datetime="2026-02-30">Feb 30</time></header>\n<h2>Quick facts</h2><dl>\n<dt>Class</dt><dd></dd></dl></article>', { id: 'x' });
  assert.equal(result.ok, false);
  assert.deepEqual(result.problems, [
    { line: 3, column: 1, path: 'updated', message: 'must be a date written YYYY-MM-DD' },
    { line: 5, column: 1, path: 'quickFacts[0].value', message: 'must not be empty' },
  ]);
});

test('a page with no title, or no article at all', () => {
  for (const html of ['', '<html><body><p>Hello</p></body></html>', '<form><h1>Search</h1></form><nav><h1>Menu</h1></nav><p>x</p>']) {
    const result = importPage(html, { id: 'x' });
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems.map(({ message }) => message).slice(0, 1), [
      'no title: the article needs a "# Title" heading, which gives the record its name',
    ]);
  }
  // The API is also called from plain JavaScript, where nothing stops a number arriving.
  assert.deepEqual(importPage(/** @type {string} */ (/** @type {unknown} */ (42))), { ok: false, problems: [{ line: null, message: 'the page must be text' }] });
});

const MiB = 1024 * 1024;
const article = (/** @type {string} */ inner) => `<!doctype html><html><body><article><h1>X</h1><p>S.</p>${inner}</article></body></html>`;
const bytes = (/** @type {number} */ count) => {
  const out = Buffer.alloc(count);
  for (let i = 0, x = 7; i < count; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x % 256;
  }
  return out.toString('latin1');
};

/** @type {[name: string, make: () => string, expected: RegExp | 'ok'][]} */
const HOSTILE = [
  ['binary with NUL bytes', () => bytes(100_000), /^this line holds a NUL character: the file is binary, not an HTML page$/],
  ['binary without NUL bytes', () => bytes(100_000).replace(/\0/g, '\x01'), /^no title: /],
  ['20 MB of text', () => 'x'.repeat(20_000_000), /^the page is larger than 16 MiB/],
  ['100,000 nested divs', () => '<div>'.repeat(100_000), /^more than 30,000 tags: far more than an article page holds$/],
  ['20,000 nested divs', () => '<div>'.repeat(20_000), /^nested too deeply: more than 500 elements inside one another/],
  ['2,000 nested divs', () => article(`${'<div>'.repeat(2000)}x`), /^nested too deeply: more than 500 elements inside one another/],
  ['29,000 stray links (misnested formatting)', () => article('<a href=x>'.repeat(29_000)), 'ok'],
  ['200,000 paragraphs', () => article('<p>x'.repeat(200_000)), /^more than 30,000 tags: far more than an article page holds$/],
  ['20,000 spans of white space', () => article(`<p>${'<span> </span>'.repeat(20_000)}</p>`), /^the article holds more than 10,000 elements: far more than a record needs$/],
  ['a 3 MB inline SVG chart and a 3 MB base64 image still import', () => article(
    `<svg viewBox="0 0 10 10">${`<path d="${'M0 0 L10 10 '.repeat(200)}"/>`.repeat(1200)}</svg><img src="data:image/png;base64,${'QUJD'.repeat(750_000)}" alt="chart">`,
  ), 'ok'],
];

for (const [name, make, expected] of HOSTILE) {
  test(`hostile: ${name}`, (t) => {
    const input = make();
    const started = performance.now();
    const result = importPage(input, { id: 'x' });
    const ms = performance.now() - started;
    t.diagnostic(`${(input.length / MiB).toFixed(2)} MiB in ${Math.round(ms)} ms`);
    assert.ok(ms < 15_000, `${Math.round(ms)} ms`);
    if (expected === 'ok') {
      assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems.slice(0, 3)));
      assert.deepEqual(result.record, { schemaVersion: 1, id: 'x', name: 'X', summary: 'S.' });
      return;
    }
    assert.equal(result.ok, false);
    assert.match(result.problems[0].message, expected);
    for (const problem of result.problems) assert.ok(!/\n|\bat \S+ \(/.test(problem.message), 'one line, no stack trace');
  });
}
