// `compound-card import [--id ID] <article.md | page.html>`: an article in
// Markdown (README, "Author records in Markdown"), or a web page that publishes one, → its record as JSON
// on stdout. `--out DIR` imports many files at once, each to DIR/<id>.json.
// Exit status: 0 imported, 1 a file does not make a valid record
// (`file:line: problem` lines on stderr, nothing on stdout), 2 usage error or
// unreadable file.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importArticle, importPage, problemLine } from '../dist/esm/authoring.js';
import { MAX_RECORD_BYTES } from '../dist/esm/schema.js';
import { parseArgs, readText, UsageError } from './files.mjs';

export const usage = `compound-card import <article.md>
  compound-card import <page.html> [--id ID]
  compound-card import --out DIR <file>...
  Reads an article in Markdown (front matter with id, # Title, ## Quick facts,
  ## Key takeaways, ## FAQ, ## References, other ## sections) or a web page that
  publishes one (.html: its <article>, <h1>, <h2> sections …) and writes its record as JSON.
  --id ID     the record's id for a page (otherwise from the file name, else the title)
  --out DIR   write each file's record to DIR/<id>.json, one line per file, then a summary
  Exit status: 0 imported, 1 a file has problems, 2 usage error or unreadable file.`;

/** Indented like the demo record; compact when only that fits the 512 KiB a card accepts. */
/** @param {unknown} record */
function recordJson(record) {
  const indented = `${JSON.stringify(record, null, 2)}\n`;
  return Buffer.byteLength(indented) > MAX_RECORD_BYTES ? `${JSON.stringify(record)}\n` : indented;
}

const isPage = (/** @type {string} */ file, /** @type {string} */ text) => /\.x?html?$/i.test(file) || /^\uFEFF?\s*<(?:!doctype|html)\b/i.test(text.slice(0, 512));

/**
 * The file's record, or its problems.
 * @param {string} file
 * @param {string | undefined} [id]
 */
async function importFile(file, id) {
  const text = await readText(file);
  if (isPage(file, text)) return importPage(text, { fileName: file, ...(id !== undefined && { id }) });
  if (id !== undefined) throw new UsageError('--id is for web pages: an article in Markdown has its id in its front matter');
  return importArticle(text);
}

/**
 * @param {string[]} files
 * @param {string} out
 * @returns {Promise<number>} the exit status
 */
async function importMany(files, out) {
  await mkdir(out, { recursive: true });
  const written = new Map();
  let failed = 0;
  let unreadable = 0;
  for (const file of files) {
    let result;
    try {
      result = await importFile(file);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      console.error(`compound-card: ${err.message}`);
      unreadable++;
      continue;
    }
    if (!result.ok) {
      failed++;
      for (const problem of result.problems) console.error(problemLine(file, problem));
      continue;
    }
    const { record } = result;
    const first = written.get(record.id);
    if (first) {
      failed++;
      console.error(problemLine(file, { line: null, message: `the record "${record.id}" was already written from ${first}: give this file its own id` }));
      continue;
    }
    const target = join(out, `${record.id}.json`);
    await writeFile(target, recordJson(record));
    written.set(record.id, file);
    console.log(`${file}: written to ${target}`);
  }
  const problems = failed + unreadable;
  console.log(`${files.length} file${files.length === 1 ? '' : 's'}: ${written.size} written, ${problems} with problems`);
  return unreadable ? 2 : failed ? 1 : 0;
}

/** @param {string[]} args @returns {Promise<number>} the exit status */
export async function run(args) {
  const { options, files } = parseArgs(args, { valued: ['--out', '--id'] });
  // Both take a value, so parseArgs gives each as text or not at all.
  const out = /** @type {string | undefined} */ (options.out);
  const id = /** @type {string | undefined} */ (options.id);
  if (out !== undefined) {
    if (id !== undefined) throw new UsageError('--id names one record: it cannot be used with --out');
    if (!files.length) throw new UsageError('no file given');
    return importMany(files, out);
  }
  if (files.length !== 1) throw new UsageError(files.length ? 'give one file, or --out DIR for many' : 'no article file given');
  const [file] = files;
  const result = await importFile(file, id);
  if (!result.ok) {
    for (const problem of result.problems) console.error(problemLine(file, problem));
    return 1;
  }
  process.stdout.write(recordJson(result.record));
  return 0;
}
