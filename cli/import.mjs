// `compound-card import <article.md>`: an article in Markdown (README, "Author records in Markdown") →
// its record as JSON on stdout. Exit status: 0 imported, 1 the article does not
// make a valid record (`file:line: problem` lines on stderr, nothing on stdout),
// 2 usage error or unreadable file.
import { importArticle } from '../dist/esm/authoring.js';
import { MAX_RECORD_BYTES } from '../dist/esm/schema.js';
import { parseArgs, readText, UsageError } from './files.mjs';

export const usage = `compound-card import <article.md>
  Reads an article in Markdown (front matter with id, # Title, ## Quick facts,
  ## Key takeaways, ## FAQ, ## References, other ## sections) and writes its
  record as JSON. Exit status: 0 imported, 1 the article has problems, 2 usage error or unreadable file.`;

/** Indented like the demo record; compact when only that fits the 512 KiB a card accepts. */
/** @param {unknown} record */
function recordJson(record) {
  const indented = `${JSON.stringify(record, null, 2)}\n`;
  return Buffer.byteLength(indented) > MAX_RECORD_BYTES ? `${JSON.stringify(record)}\n` : indented;
}

/** @param {string[]} args @returns {Promise<number>} the exit status */
export async function run(args) {
  const { files } = parseArgs(args);
  if (files.length !== 1) throw new UsageError(files.length ? 'give one article file' : 'no article file given');
  const [file] = files;
  const result = importArticle(await readText(file));
  if (!result.ok) {
    for (const { line, message } of result.problems) console.error(`${file}${line ? `:${line}` : ''}: ${message}`);
    return 1;
  }
  process.stdout.write(recordJson(result.record));
  return 0;
}
