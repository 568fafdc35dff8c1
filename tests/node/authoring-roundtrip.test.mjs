// Article ⇄ record (README, "Author records in Markdown"): the demo article and the demo record say the
// same thing, and `importArticle(exportArticle(record))` is the record again,
// for the demo record and for any record fast-check makes, full of Markdown's markup.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { exportArticle, importArticle } from '../../dist/esm/authoring.js';
import { MAX_RECORD_BYTES, parseRecordText, problemsOf, problemText, validateRecord } from '../../dist/esm/schema.js';
import fc from 'fast-check';
import { recordArbitrary } from './fixtures/authoring/record-arbitrary.mjs';

const demoArticle = readFileSync('demo/records/thymogen.md', 'utf8');
const demoText = readFileSync('demo/records/thymogen.json', 'utf8');
/** @typedef {import('../../dist/esm/schema.js').CompoundRecord} CompoundRecord */
/** @typedef {import('../../dist/esm/schema.js').Section} Section */
/** @typedef {Extract<import('../../dist/esm/schema.js').RecordOutcome, { ok: true }>} ValidOutcome */

// The demo record passes the card's check (`compound-card validate` is tested on it), so its outcome is the valid one.
const demo = /** @type {ValidOutcome} */ (parseRecordText(demoText)).value;

/**
 * The record an article makes, or a failure listing its problems.
 * @param {string} markdown
 * @returns {CompoundRecord}
 */
function imported(markdown) {
  const result = importArticle(markdown);
  assert.ok(result.ok, result.ok ? '' : result.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return result.record;
}

test('demo/records/thymogen.md imports to exactly demo/records/thymogen.json, key order included', () => {
  const record = imported(demoArticle);
  assert.deepEqual(record, demo);
  // The file's `$schema` is an editor's pointer, not record data: the card's own check drops it, and so does the article.
  const { $schema, ...data } = JSON.parse(demoText);
  assert.equal($schema, '../../dist/compound-record.schema.json');
  assert.equal(JSON.stringify(record), JSON.stringify(data));
});

test('demo/records/thymogen.md is exactly what export writes for the demo record', () => {
  assert.equal(exportArticle(demo), demoArticle);
});

test('the demo article lists "Class" once: the seed lists it twice, and the importer refuses that', () => {
  assert.equal(demoArticle.match(/^- \*\*Class:\*\*/gm)?.length, 1);
  const seedFacts = demoArticle.replace('- **Composition:**', '- **Class:** Synthetic dipeptide immunomodulator\n- **Composition:**');
  const result = importArticle(seedFacts);
  assert.equal(result.ok, false);
  assert.deepEqual(result.problems, [{ line: 15, message: 'quick fact "Class" is listed twice (first on line 11)' }]);
});

test('any valid record, full of Markdown\'s markup, comes back unchanged (300 records, shrunk on failure)', (t) => {
  const started = performance.now();
  let articleBytes = 0;
  fc.assert(
    fc.property(recordArbitrary, (record) => {
      const check = validateRecord(record);
      assert.ok(check.ok, `a valid record: ${check.ok ? '' : problemsOf(check.error).map(problemText).join('; ')}`);
      assert.deepEqual(check.value, record, 'no key the schema drops');
      const article = exportArticle(record);
      articleBytes += Buffer.byteLength(article);
      assert.deepEqual(imported(article), record);
    }),
    { numRuns: 300 },
  );
  t.diagnostic(`${(articleBytes / 1024 / 1024).toFixed(1)} MiB of Markdown, export + import in ${Math.round(performance.now() - started)} ms`);
});

test('the records reach every escape the export needs', () => {
  const corpus = fc.sample(recordArbitrary, { numRuns: 300, seed: 42 }).map((record) => exportArticle(record)).join('\n');
  const written = {
    'a section id written out': /^## .* \{#[a-z0-9-]+\}$/m,
    'a section id from its heading': /^## (?!Quick facts$|Key takeaways$|Frequently asked questions$|References$)[^\n{]*$/m,
    'a line break as a reference': /&#10;/,
    'a space kept at an edge': /&#32;/,
    'a link destination in angle brackets': /\]\(<[^>]*\s/,
    'an escaped colon in a bold label': /^- \*\*[^\n]*\\:[^\n]*:\*\* /m,
    'a label starting with a vertical tab': /^- \v/m,
    'a source made of digits': /, &#\d+;\d*(, \d{4})?$/m,
    'an escaped block opener': /^\\[#>+=~-]/m,
    'an escaped list number': /^\d+\\[.)]/m,
    'an escaped closing #': /\\#+$/m,
    'an escaped {#id}': /\\\{#/,
    'an answer of several paragraphs': /^### .*\n\n[^#\n].*\n\n[^#\n]/m,
    'an empty block': /^## Quick facts\n\n## /m,
    'an escaped character reference': /\\&/,
    'a date': /^updated: \d{4}-\d{2}-\d{2}$/m,
  };
  for (const [what, pattern] of Object.entries(written)) assert.match(corpus, pattern, what);
});

test('export is a fixed point: exporting what an article imports to writes the same article', () => {
  fc.assert(
    fc.property(recordArbitrary, (record) => {
      const article = exportArticle(record);
      assert.equal(exportArticle(imported(article)), article);
    }),
    { numRuns: 50 },
  );
});

test('the largest records fit the importer: 512 KiB of line breaks, the costliest text to write, comes back', (t) => {
  // Each "\n" is 2 bytes of JSON and 5 of Markdown (`&#10;`), the most any character grows.
  const paragraph = '\n'.repeat(4000);
  /** @type {CompoundRecord & { sections: Section[] }} */
  const record = { schemaVersion: 1, id: 'largest', name: 'Largest', sections: [] };
  for (let s = 0; s < 20; s++) {
    /** @type {Section} */
    const section = { id: `s${s}`, title: `S${s}`, paragraphs: [] };
    record.sections.push(section);
    while (section.paragraphs.length < 50 && JSON.stringify(record).length + 8004 <= MAX_RECORD_BYTES) section.paragraphs.push(paragraph);
  }
  record.sections = record.sections.filter((section) => section.paragraphs.length);
  assert.ok(JSON.stringify(record).length > MAX_RECORD_BYTES - 8004);
  const article = exportArticle(record);
  const started = performance.now();
  assert.deepEqual(imported(article), record);
  t.diagnostic(`${(article.length / 1024 / 1024).toFixed(2)} MiB article imported in ${Math.round(performance.now() - started)} ms`);
});

test('what an article cannot say, documented', () => {
  // An empty list of sections has no heading to leave empty: the record comes back without the key (the same card).
  /** @type {CompoundRecord} */
  const noSections = { schemaVersion: 1, id: 'x', name: 'X', sections: [] };
  assert.deepEqual(imported(exportArticle(noSections)), { schemaVersion: 1, id: 'x', name: 'X' });
  // CommonMark replaces U+0000 with U+FFFD, written or referenced alike.
  /** @type {CompoundRecord} */
  const nul = { schemaVersion: 1, id: 'x', name: 'a\u0000b' };
  assert.match(exportArticle(nul), /^# a&#0;b$/m);
  assert.equal(imported(exportArticle(nul)).name, 'a\uFFFDb');
});
