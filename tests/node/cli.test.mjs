// `compound-card validate`, run as a user would, on real files.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { run, scratchFiles } from './helpers/command.mjs';

const { dir, file } = scratchFiles('cli');
const valid = 'demo/records/thymogen.json';
const invalid = file('invalid.json', JSON.stringify({ schemaVersion: 1, id: 'x', name: '', faq: [{ question: 'Q', answer: '' }] }));
const broken = file('broken.json', '{\n  "schemaVersion": 1,\n  "id": \n}');
const future = file('future.json', JSON.stringify({ schemaVersion: 2, id: 'x', name: 'X' }));

test('a valid record: exit 0', () => {
  const result = run('validate', valid);
  assert.equal(result.status, 0);
  assert.equal(result.stdout, `${valid}: valid\n`);
});

test('an invalid record: exit 1, one "file: path: problem" line per issue', () => {
  const result = run('validate', valid, invalid);
  assert.equal(result.status, 1);
  assert.equal(result.stdout, `${valid}: valid\n${invalid}: name: must not be empty\n${invalid}: faq[0].answer: must not be empty\n`);
});

test('malformed JSON and an unsupported version: exit 1 with the position, what is there, and the version', () => {
  const result = run('validate', broken, future);
  assert.equal(result.status, 1);
  assert.equal(
    result.stdout,
    `${broken}:4:1: (record): not valid JSON, unexpected “}”\n${future}: schemaVersion: must be 1 (format version 2 is not supported)\n`,
  );
});

test('--json prints machine-readable results: each problem with its path, message and, for JSON errors, place', () => {
  const result = run('validate', '--json', valid, invalid, broken);
  assert.equal(result.status, 1);
  assert.deepEqual(JSON.parse(result.stdout), [
    { file: valid, valid: true },
    {
      file: invalid,
      valid: false,
      kind: 'invalid',
      problems: [
        { path: 'name', message: 'must not be empty' },
        { path: 'faq[0].answer', message: 'must not be empty' },
      ],
    },
    {
      file: broken,
      valid: false,
      kind: 'parse',
      problems: [{ path: '(record)', message: 'not valid JSON, unexpected “}”', line: 4, column: 1 }],
    },
  ]);
});

test('an unreadable file: exit 2 with a clear message', () => {
  const result = run('validate', join(dir, 'missing.json'));
  assert.equal(result.status, 2);
  assert.match(result.stderr, /missing\.json: cannot read file: no such file/);
  assert.equal(run('validate', dir).status, 2);
});

test('usage errors: exit 2 with the usage text', () => {
  for (const args of [[], ['check', valid], ['validate'], ['validate', '--strict', valid]]) {
    const result = run(...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /compound-card validate \[--json\] <record\.json>/);
  }
  assert.equal(run('--help').status, 0);
});
