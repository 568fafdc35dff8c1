#!/usr/bin/env node
// `compound-card validate [--json] <file>...`: checks record files with the same
// schema and the same `path: problem` wording as the card itself.
// Exit status: 0 all valid, 1 any invalid, 2 usage error or unreadable file.
import { readFile } from 'node:fs/promises';
import { parseRecordText } from '../dist/esm/schema.js';

const USAGE = `Usage: compound-card validate [--json] <record.json>...

Checks each record file against the compound-card record format v1.
  --json     print the results as JSON instead of "file: path: problem" lines
Exit status: 0 when every file is valid, 1 when any is invalid, 2 for usage errors or unreadable files.`;

/** The problems of one failed outcome, as `path: problem` lines. */
function problemsOf(error) {
  switch (error.kind) {
    case 'invalid':
      return error.issues ?? [];
    case 'parse':
      return [`(record): not valid JSON${error.line ? ` (line ${error.line}, column ${error.column})` : ''}`];
    case 'too-large':
      return ['(record): larger than the 512 KiB a card accepts'];
    case 'unsupported-version':
      return [`schemaVersion: format version ${error.detail} is not supported; this validator reads version 1`];
    default:
      return [`(record): ${error.kind}`];
  }
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'validate') {
    console.error(command ? `compound-card: unknown command "${command}"\n\n${USAGE}` : USAGE);
    return 2;
  }
  const json = rest.includes('--json');
  const unknown = rest.filter((arg) => arg.startsWith('-') && arg !== '--json');
  const files = rest.filter((arg) => !arg.startsWith('-'));
  if (unknown.length) {
    console.error(`compound-card: unknown option ${unknown.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  if (!files.length) {
    console.error(`compound-card: no record file given\n\n${USAGE}`);
    return 2;
  }

  const results = [];
  let unreadable = false;
  for (const file of files) {
    let text;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      unreadable = true;
      const reason = err?.code === 'ENOENT' ? 'no such file' : err?.code === 'EISDIR' ? 'is a directory' : String(err?.message ?? err);
      results.push({ file, valid: false, error: `cannot read file: ${reason}` });
      continue;
    }
    const outcome = parseRecordText(text);
    results.push(
      outcome.ok
        ? { file, valid: true }
        : { file, valid: false, kind: outcome.error.kind, problems: problemsOf(outcome.error) },
    );
  }

  if (json) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    for (const result of results) {
      if (result.valid) console.log(`${result.file}: valid`);
      else if (result.error) console.error(`compound-card: ${result.file}: ${result.error}`);
      else for (const problem of result.problems) console.log(`${result.file}: ${problem}`);
    }
  }
  if (unreadable) return 2;
  return results.every((result) => result.valid) ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
