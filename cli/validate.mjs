// `compound-card validate [--json] <file>...`: checks record files with the same
// schema and the same `path: problem` wording as the card itself.
// Exit status: 0 all valid, 1 any invalid, 2 usage error or unreadable file.
import { parseRecordText, problemLine, problemsOf } from '../dist/esm/schema.js';
import { parseArgs, readText, UsageError } from './files.mjs';

export const usage = `compound-card validate [--json] <record.json>...
  Checks each record file against the compound-card record format v1.
  --json     print the results as JSON ({ file, valid, kind, problems: [{ path, message, line?, column? }] })
             instead of "file: path: problem" lines
  Exit status: 0 when every file is valid, 1 when any is invalid, 2 for usage errors or unreadable files.`;

/** @param {string[]} args @returns {Promise<number>} the exit status */
export async function run(args) {
  const { options, files } = parseArgs(args, { flags: ['--json'] });
  if (!files.length) throw new UsageError('no record file given');

  const results = [];
  let unreadable = false;
  for (const file of files) {
    let text;
    try {
      text = await readText(file);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      unreadable = true;
      results.push({ file, valid: false, error: err.message });
      continue;
    }
    const outcome = parseRecordText(text);
    results.push(
      outcome.ok
        ? { file, valid: true }
        : { file, valid: false, kind: outcome.error.kind, problems: problemsOf(outcome.error, text) },
    );
  }

  if (options.json) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    for (const result of results) {
      if (result.valid) console.log(`${result.file}: valid`);
      else if (result.error) console.error(`compound-card: ${result.error}`);
      else for (const problem of result.problems ?? []) console.log(problemLine(result.file, problem));
    }
  }
  if (unreadable) return 2;
  return results.every((result) => result.valid) ? 0 : 1;
}
