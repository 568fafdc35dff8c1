// `compound-card export <record.json>`: a record → its article in Markdown
// (README, "Author records in Markdown") on stdout; `import` of that article gives the record back.
// Exit status: 0 exported, 1 invalid record (`path: problem` lines on stderr, as
// `validate` words them), 2 usage error or unreadable file.
import { exportArticle } from '../dist/esm/authoring.js';
import { parseRecordText } from '../dist/esm/schema.js';
import { parseArgs, readText, UsageError } from './files.mjs';
import { problemLinesOf } from './problems.mjs';

export const usage = `compound-card export <record.json>
  Writes the record as an article in Markdown, ready to edit and import again.
  Exit status: 0 exported, 1 invalid record, 2 usage error or unreadable file.`;

/** @param {string[]} args @returns {Promise<number>} the exit status */
export async function run(args) {
  const { files } = parseArgs(args);
  if (files.length !== 1) throw new UsageError(files.length ? 'give one record file' : 'no record file given');
  const [file] = files;
  const text = await readText(file);
  const outcome = parseRecordText(text);
  if (!outcome.ok) {
    for (const line of problemLinesOf(file, outcome.error, text)) console.error(line);
    return 1;
  }
  process.stdout.write(exportArticle(outcome.value));
  return 0;
}
