// How every command reads its arguments (`node:util` parseArgs, strict), one row per case:
// the exit status and what stdout and stderr say. 0 done, 1 invalid record, 2 usage error,
// 3 an unexpected internal error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCommand } from './helpers/command.mjs';

const RECORD = 'demo/records/thymogen.json';
const ARTICLE = 'demo/records/thymogen.md';
const COMMANDS = ['validate', 'render', 'import', 'export'];

/** @param {string[]} args @param {string[]} [nodeOptions] @param {Record<string, string>} [env] */
const run = (args, nodeOptions = [], env = {}) => runCommand(args, { nodeOptions, env: { COMPOUND_CARD_DEBUG: '', ...env } });

for (const command of COMMANDS) {
  for (const help of ['-h', '--help']) {
    test(`${command} ${help}: its usage on stdout, exit 0`, () => {
      const result = run([command, help]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, new RegExp(`^Usage: compound-card ${command} `));
      assert.equal(result.stderr, '');
    });
  }
}

/** @type {[why: string, args: string[], status: number, stderr: RegExp][]} */
const USAGE_ERRORS = [
  ['a word for a number is quoted back', ['render', '--heading-level', 'two', RECORD], 2, /heading-level must be a whole number from 1 to 6, not "two"/],
  ['a level out of range is quoted back', ['render', '--heading-level=9', RECORD], 2, /heading-level must be a whole number from 1 to 6, not "9"/],
  ['an unknown theme is quoted back', ['render', '--theme', 'pink', RECORD], 2, /theme must be light, dark or auto, not "pink"/],
  ['an unknown section is quoted back', ['render', '--sections', 'faq bogus', RECORD], 2, /sections must be chosen from facts takeaways article faq references, not "bogus"/],
  ['a bad language tag is quoted back', ['render', '--lang', 'en_US', RECORD], 2, /lang must be a language tag such as en or pt-BR, not "en_US"/],
  ['an unknown option', ['validate', '--strict', RECORD], 2, /^compound-card validate: unknown option --strict\n/],
  ['an unknown short option', ['export', '-x', RECORD], 2, /^compound-card export: unknown option -x\n/],
  ['an option without its value', ['render', RECORD, '--theme'], 2, /^compound-card render: --theme needs a value\n/],
  ['a value given to a flag', ['validate', '--json=yes', RECORD], 2, /^compound-card validate: --json takes no value\n/],
  ['no file', ['import'], 2, /^compound-card import: no article file given\n/],
  ['an unknown command', ['publish'], 2, /^compound-card: unknown command "publish"/],
];

for (const [why, args, status, stderr] of USAGE_ERRORS) {
  test(`${why}: exit ${status}, the usage after the message`, () => {
    const result = run(args);
    assert.equal(result.status, status, result.stderr);
    assert.match(result.stderr, stderr);
    assert.equal(result.stdout, '');
  });
}

/** @type {[why: string, args: string[], stdout: RegExp][]} */
const ACCEPTED = [
  ['--name=value', ['render', '--theme=dark', RECORD], /^<compound-card theme="dark" status="ready">/],
  ['--name value', ['render', '--heading-level', '3', RECORD], /^<compound-card heading-level="3" /],
  ['options after the file', ['render', RECORD, '--facts-collapsed'], /^<compound-card facts-collapsed /],
  ['-- ends the options', ['validate', '--json', '--', RECORD], /"valid": true/],
  ['a file after --', ['import', '--', ARTICLE], /"id": "thymogen"/],
];

for (const [why, args, stdout] of ACCEPTED) {
  test(`${why}: exit 0`, () => {
    const result = run(args);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(stdout.test(result.stdout), result.stdout.slice(0, 200));
  });
}

test('after --, a name that starts with - is a file, not an option', () => {
  const result = run(['validate', '--', '--json']);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /--json: cannot read file: no such file/);
});

// Standard output that fails to write stands in for a bug: nothing in the command expects it.
const BROKEN_STDOUT = ['--import', 'data:text/javascript,process.stdout.write=()=>{throw new Error("write failed\\nat the second line")}'];

test('an unexpected internal error: exit 3, one line, no stack', () => {
  const result = run(['render', RECORD], BROKEN_STDOUT);
  assert.equal(result.status, 3);
  assert.equal(result.stderr, 'compound-card render: internal error: write failed\n');
});

test('COMPOUND_CARD_DEBUG=1 prints the stack of an internal error', () => {
  const result = run(['render', RECORD], BROKEN_STDOUT, { COMPOUND_CARD_DEBUG: '1' });
  assert.equal(result.status, 3);
  assert.match(result.stderr, /Error: write failed\nat the second line\n\s+at /);
});
