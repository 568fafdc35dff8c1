// Web pages → records (`importPage`): each HTML shape the importer reads, one row
// per shape, with the record it gives; then the page around the article that it
// leaves out. Pages are written as a CMS writes them: wrappers, classes, entities.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { importArticle, importPage } from '../../dist/esm/authoring.js';

/** @typedef {import('../../dist/esm/schema.js').CompoundRecord} CompoundRecord */

/**
 * A CMS page around `article`, and the id to import it with.
 * @param {string} article
 * @param {{ head?: string, id?: string }} [options]
 */
const page = (article, { head = '', id = 'x' } = {}) => ({
  html: `<!doctype html><html><head><title>T</title>${head}</head><body><article>${article}</article></body></html>`,
  id,
});
/** @type {CompoundRecord} */
const base = { schemaVersion: 1, id: 'x', name: 'X' };

/** The record of an import that must succeed: a failed one fails the test, with its problems as the message. */
function recordOf(/** @type {import('../../dist/esm/authoring.js').ImportResult} */ result) {
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
  return result.record;
}

/** @type {[name: string, page: { html: string, id: string }, expected: CompoundRecord][]} */
const SHAPES = [
  ['name and summary: the <h1>, the first paragraph after it; inline markup gives its text, entities decoded, white space collapsed',
    page('<h1>X</h1><p>A  <em>synthetic</em>\n  dipeptide &amp; <a href="https://e.org">more</a>&nbsp;&hellip;</p>'),
    { ...base, summary: 'A synthetic dipeptide & more …' }],
  ['updated: a <time datetime> in the article\'s header (the latest of them), not a reading time',
    page('<header><h1>X</h1><p>Published <time datetime="2025-01-02">Jan 2</time>, updated <time datetime="2026-11-24T10:00:00Z">Nov 24</time> · <time datetime="PT5M">5 min</time></p></header><p>S.</p>'),
    { ...base, summary: 'S.', updated: '2026-11-24' }],
  ['updated: a byline after the title gives the date and is no summary',
    page('<h1>X</h1><p class="byline">By Jo · <time datetime="2026-03-01">March 1</time></p><p>S.</p>'),
    { ...base, summary: 'S.', updated: '2026-03-01' }],
  ['updated: article:modified_time when the article shows no date',
    page('<h1>X</h1>', { head: '<meta property="article:modified_time" content="2026-05-06T08:00:00+00:00">' }),
    { ...base, updated: '2026-05-06' }],
  ['quick facts: a <dl>, also with <div> around each pair; a colon inside a label stays',
    page('<h1>X</h1><h2>Quick facts</h2><dl><dt>Class</dt><dd>Peptide</dd><div><dt>Ratio: a/b</dt><dd><p>1:2</p></dd></div></dl>'),
    { ...base, quickFacts: [{ label: 'Class', value: 'Peptide' }, { label: 'Ratio: a/b', value: '1:2' }] }],
  ['quick facts: a two-column table of th and td, its header row skipped',
    page('<h1>X</h1><h2>Quick facts</h2><figure><table><thead><tr><th>Fact</th><th>Value</th></tr></thead><tbody><tr><th>Class:</th><td>Peptide</td></tr><tr><th>US status</th><td><strong>Not</strong> approved</td></tr></tbody></table></figure>'),
    { ...base, quickFacts: [{ label: 'Class', value: 'Peptide' }, { label: 'US status', value: 'Not approved' }] }],
  ['quick facts: a table of two tds',
    page('<h1>X</h1><h2>Quick facts</h2><table><tr><td>Class</td><td>Peptide</td></tr></table>'),
    { ...base, quickFacts: [{ label: 'Class', value: 'Peptide' }] }],
  ['quick facts: a list of "Label: value" items, the label bold',
    page('<h1>X</h1><h2>Quick facts</h2><ul><li><strong>Class:</strong> Peptide</li><li>US status: Not approved</li></ul>'),
    { ...base, quickFacts: [{ label: 'Class', value: 'Peptide' }, { label: 'US status', value: 'Not approved' }] }],
  ['key takeaways: the <ul> or <ol> under "Key takeaways"',
    page('<h1>X</h1><h2>Key <em>takeaways</em></h2><ol><li>One.</li><li><p>Two.</p></li></ol>'),
    { ...base, keyTakeaways: ['One.', 'Two.'] }],
  ['sections: <h2> and its paragraphs, in <section> wrappers or not; the heading\'s id, else its slug',
    page('<h1>X</h1><section><h2 id="intro">Overview</h2><p>A.</p><p>B.</p></section><div><h2>Research &amp; evidence</h2><p>C.</p></div>'),
    { ...base, sections: [{ id: 'intro', title: 'Overview', paragraphs: ['A.', 'B.'] }, { id: 'research-and-evidence', title: 'Research & evidence', paragraphs: ['C.'] }] }],
  ['a heading\'s text is text: "{#id}" in it is no id',
    page('<h1>X</h1><h2>Sets {#a}</h2><p>A.</p>'),
    { ...base, sections: [{ id: 'sets-a', title: 'Sets {#a}', paragraphs: ['A.'] }] }],
  ['FAQ: <h3> and paragraphs, several joined by a blank line',
    page('<h1>X</h1><h2 id="faq">Frequently asked questions</h2><h3>Is it approved?</h3><p>No.</p><p>Not in the <abbr>US</abbr>.</p>'),
    { ...base, faq: [{ question: 'Is it approved?', answer: 'No.\n\nNot in the US.' }] }],
  ['FAQ: <details><summary>',
    page('<h1>X</h1><h2>FAQ</h2><details><summary>Is it safe?</summary><p>Data are limited.</p><p>Ask a doctor.</p></details><details open><summary><strong>Dose?</strong></summary>None given.</details>'),
    { ...base, faq: [{ question: 'Is it safe?', answer: 'Data are limited.\n\nAsk a doctor.' }, { question: 'Dose?', answer: 'None given.' }] }],
  ['references: "Type: <a href>Title</a>, Source, Year"; a relative link read against the canonical address',
    page('<h1>X</h1><h2>References</h2><ol><li>Study: <a href="https://e.org/t">Trial, phase 2</a>, Vestnik, 1995</li><li>Regulator: <a href="/fda">FDA page</a></li></ol>',
      { head: '<link rel="canonical" href="https://notes.example/compounds/x/">' }),
    { ...base, references: [{ title: 'Trial, phase 2', url: 'https://e.org/t', type: 'study', source: 'Vestnik', year: 1995 }, { title: 'FDA page', url: 'https://notes.example/fda', type: 'regulator' }] }],
];

for (const [name, { html, id }, expected] of SHAPES) {
  test(name, () => {
    const result = importPage(html, { id });
    assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
    assert.deepEqual(result.record, expected);
  });
}

test('the page around the article never becomes record text', () => {
  const html = `<!doctype html><html><head><style>h1{}</style><script>var t = "<h1>no</h1>"</script></head><body>
    <header><h1>Site name</h1><nav><a href="/">Home</a></nav></header>
    <aside><h2>Popular</h2><p>Elsewhere.</p></aside>
    <main><p class="crumbs">Home › X</p>
      <article><header><p>Peptides</p><h1>X</h1><p>By Jo</p></header>
        <p>S.</p><template><p>T</p></template><noscript><p>N</p></noscript><p hidden>H</p>
        <figure><img src="a.png" alt="Alt"><figcaption>Caption</figcaption></figure>
        <svg><text>SVG</text></svg>
        <h2>Overview</h2><p>A.</p><aside><p>Pull quote</p></aside><form><p><button>Send</button></p></form>
        <footer><p>Tags</p></footer>
      </article>
    </main><footer><p>© Site</p></footer><script>x()</script></body></html>`;
  const result = importPage(html, { id: 'x' });
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
  assert.deepEqual(result.record, { ...base, summary: 'S.', sections: [{ id: 'overview', title: 'Overview', paragraphs: ['A.'] }] });
});

test('without <article>: <main>, else the element that holds the <h1>', () => {
  const inMain = importPage('<header><h1>Site</h1></header><main><h1>X</h1><p>S.</p></main>', { id: 'x' });
  assert.deepEqual(recordOf(inMain), { ...base, summary: 'S.' });
  const bare = importPage('<header><h1>Site</h1></header><div class="post"><div class="title"><h1>X</h1></div><p>S.</p><h2>A</h2><p>B.</p></div><div class="side"><p>Ad</p></div>', { id: 'x' });
  assert.deepEqual(recordOf(bare), { ...base, summary: 'S.', sections: [{ id: 'a', title: 'A', paragraphs: ['B.'] }] });
  const clean = importPage('<div class="post"><h1>X</h1><p>S.</p><h2>A</h2><p>B.</p></div><div class="side"><p>Ad</p></div>', { id: 'x' });
  assert.deepEqual(recordOf(clean), { ...base, summary: 'S.', sections: [{ id: 'a', title: 'A', paragraphs: ['B.'] }] });
});

test('the record id: --id, else the file name, else the title\'s slug', () => {
  const html = '<article><h1>Thymogen &amp; co</h1></article>';
  assert.equal(recordOf(importPage(html, { id: 'given', fileName: 'pages/t.html' })).id, 'given');
  assert.equal(recordOf(importPage(html, { fileName: 'pages/Thymogen Page.html' })).id, 'thymogen-page');
  assert.equal(recordOf(importPage(html, { fileName: 'compounds/thymogen/index.html' })).id, 'thymogen-and-co');
  assert.equal(recordOf(importPage(html)).id, 'thymogen-and-co');
});

test('the demo page, built like a CMS post, gives the demo record, which the demo article gives too', () => {
  /** @type {CompoundRecord & { $schema?: string }} */
  const record = JSON.parse(readFileSync('demo/records/thymogen.json', 'utf8'));
  delete record.$schema;
  const result = importPage(readFileSync('demo/records/thymogen.html', 'utf8'), { fileName: 'demo/records/thymogen.html' });
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
  assert.deepEqual(result.record, record);
  assert.deepEqual(recordOf(importArticle(readFileSync('demo/records/thymogen.md', 'utf8'))), result.record);
});
