// `compound-card import` and `compound-card export` (README, "Author records in Markdown"), run as a user would, on real files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { run, scratchFiles } from './helpers/command.mjs';

const { dir, file } = scratchFiles('authoring');
const article = 'demo/records/thymogen.md';
const record = 'demo/records/thymogen.json';

test('import: the demo article gives the demo record, byte for byte but for its "$schema" line: exit 0', () => {
  const result = run('import', article);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, '');
  // `$schema` tells an editor where the JSON Schema is; it is no part of the record (the card drops it) and no article holds it.
  const expected = readFileSync(record, 'utf8').replace(/^ {2}"\$schema": .*\n/m, '');
  assert.notEqual(expected, readFileSync(record, 'utf8'), 'the demo record has a $schema line');
  assert.equal(result.stdout, expected);
});

test('import: an article with problems gives "file:line: problem" lines on stderr, nothing on stdout: exit 1', () => {
  const broken = file(
    'broken.md',
    ['---', 'updated: 2026-02-30', '---', '', '# Thymogen', '', '## Quick facts', '', '- Class', ''].join('\n'),
  );
  const result = run('import', broken);
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.equal(
    result.stderr,
    [
      `${broken}:1: front matter has no id: add a line "id: your-id" (a-z, 0-9 and -)`,
      `${broken}:2: updated: must be a date written YYYY-MM-DD`,
      `${broken}:9: quick fact "Class" has no colon: write it as "Label: value"`,
      '',
    ].join('\n'),
  );
});

test('import: a problem about the whole article has no line: "file: problem"', () => {
  const empty = file('empty.md', '');
  const result = run('import', empty);
  assert.equal(result.status, 1);
  assert.equal(
    result.stderr,
    `${empty}: no front matter: start the article with the lines "---", "id: your-id" and "---"\n` +
      `${empty}: no title: the article needs a "# Title" heading, which gives the record its name\n`,
  );
});

test('export: the demo record gives the demo article, byte for byte: exit 0', () => {
  const result = run('export', record);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, '');
  assert.equal(result.stdout, readFileSync(article, 'utf8'));
});

test('export then import gives the record back through files', () => {
  const odd = {
    schemaVersion: 1,
    id: 'odd',
    name: '# Not a *heading* ',
    quickFacts: [{ label: 'Ratio: a/b', value: '1. first\nsecond' }],
    sections: [{ id: 'references', title: 'References', paragraphs: ['<b>bold</b> & &amp; [x](y)'] }],
    references: [{ title: 'A [b]', url: 'https://example.org/a b', type: 'study', source: '1995' }],
    updated: '2026-11-24',
  };
  const exported = run('export', file('odd.json', JSON.stringify(odd)));
  assert.equal(exported.status, 0, exported.stderr);
  const imported = run('import', file('odd.md', exported.stdout));
  assert.equal(imported.status, 0, imported.stderr);
  assert.deepEqual(JSON.parse(imported.stdout), odd);
});

test('export: an invalid record gives "file: path: problem" lines as validate prints them: exit 1', () => {
  const invalid = file('invalid.json', JSON.stringify({ schemaVersion: 1, id: 'x', name: '', faq: [{ question: 'Q', answer: '' }] }));
  const result = run('export', invalid);
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, `${invalid}: name: must not be empty\n${invalid}: faq[0].answer: must not be empty\n`);
  assert.equal(run('validate', invalid).stdout, result.stderr);

  const broken = file('broken.json', '{\n  "schemaVersion": 1,\n  "id": \n}');
  const parse = run('export', broken);
  assert.equal(parse.status, 1);
  assert.equal(parse.stderr, `${broken}:4:1: (record): not valid JSON, unexpected “}”\n`);
});

test('unreadable files and usage errors: exit 2 with a clear message', () => {
  for (const command of ['import', 'export']) {
    const missing = run(command, join(dir, 'missing.file'));
    assert.equal(missing.status, 2, command);
    assert.match(missing.stderr, /missing\.file: cannot read file: no such file/);
    assert.equal(missing.stdout, '');
    assert.equal(run(command, dir).status, 2);
    for (const args of [[], [article, record], ['--json', article]]) {
      const result = run(command, ...args);
      assert.equal(result.status, 2, `${command} ${args.join(' ')}`);
      assert.match(result.stderr, new RegExp(`Usage: compound-card ${command} <`));
    }
  }
  const help = run('--help');
  assert.match(help.stdout, /compound-card import <article\.md>/);
  assert.match(help.stdout, /compound-card export <record\.json>/);
});

const page = 'demo/records/thymogen.html';

test('import: the demo page, a CMS post around the article, gives the demo record byte for byte: exit 0', () => {
  const result = run('import', page);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, '');
  assert.equal(result.stdout, readFileSync(record, 'utf8').replace(/^ {2}"\$schema": .*\n/m, ''));
  assert.equal(result.stdout, run('import', article).stdout, 'the page and the article give one record');
  // And the other way: the page holds each text of the record, so the two cannot drift apart unnoticed.
  const html = readFileSync(page, 'utf8').replace(/&amp;/g, '&');
  /** @type {string[]} */
  const texts = [];
  JSON.parse(result.stdout, (key, value) => (typeof value === 'string' && key !== 'id' && texts.push(value), value));
  assert.ok(texts.length > 30);
  for (const text of texts) {
    for (const part of text.split('\n\n')) assert.ok(html.includes(part), `the page holds "${part.slice(0, 40)}…"`);
  }
});

test('import: a page with problems gives "file:line:column: problem" lines, nothing on stdout: exit 1; --id sets the id', () => {
  const broken = file('broken.html', '<article>\n  <h1>X</h1>\n  <h2>Quick facts</h2><ul><li>Class</li></ul>\n</article>\n');
  const result = run('import', broken);
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, `${broken}:3:27: quick fact "Class" has no colon: write it as "Label: value"\n`);

  const named = run('import', '--id', 'glu-trp', page);
  assert.equal(named.status, 0, named.stderr);
  assert.equal(JSON.parse(named.stdout).id, 'glu-trp');
  assert.equal(run('import', '--id', 'x', article).status, 2, '--id is for pages');
});

test('import --out: one record per file, one line per file, a summary; exit 1 when any failed', () => {
  const out = join(dir, 'records');
  const good = file('good.html', '<main><h1>Good one</h1><p>S.</p></main>');
  const bad = file('bad.html', '<main><h1>Bad</h1><h2>FAQ</h2><h3>Q?</h3></main>');
  const twin = file('twin.md', '---\nid: good\n---\n\n# Twin\n');
  const result = run('import', '--out', out, page, good, bad, twin);
  assert.equal(result.status, 1);
  assert.equal(
    result.stdout,
    [
      `${page}: written to ${join(out, 'thymogen.json')}`,
      `${good}: written to ${join(out, 'good.json')}`,
      '4 files: 2 written, 2 with problems',
      '',
    ].join('\n'),
  );
  assert.equal(
    result.stderr,
    `${bad}:1:31: question "Q?" has no answer: write it as paragraphs below the question\n` +
      `${twin}: the record "good" was already written from ${good}: give this file its own id\n`,
  );
  assert.equal(readFileSync(join(out, 'thymogen.json'), 'utf8'), run('import', page).stdout);
  assert.deepEqual(JSON.parse(readFileSync(join(out, 'good.json'), 'utf8')), { schemaVersion: 1, id: 'good', name: 'Good one', summary: 'S.' });

  const fine = run('import', '--out', out, good);
  assert.equal(fine.status, 0, fine.stderr);
  assert.equal(fine.stdout.split('\n').at(-2), '1 file: 1 written, 0 with problems');
  assert.equal(run('import', '--out', out, '--id', 'x', good).status, 2, '--id names one record');
  assert.equal(run('import', good, bad).status, 2, 'many files need --out');
});
