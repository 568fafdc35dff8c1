// Global data `records`: every record file the site shows, read at build time, as
// `{ file, record }` so that a build error can name the file a bad record came from.
// The records are validated where they are rendered (the `compoundCard` shortcode in
// eleventy.config.mjs), by the `./ssr` entry itself.
//
// The site shows the main demo record and the sample records in demo/site/records/.
// COMPOUND_CARD_SITE_RECORDS=<dir> shows every *.json of <dir> instead: the node test
// builds the site from a temporary copy that way, bad records included.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SiteBuildError } from '../site-build-error.mjs';

/**
 * One record file as the site has it: its name as the reader would type it, and its
 * parsed JSON, not yet checked (renderCard checks it).
 * @typedef {{ file: string, record: unknown }} RecordEntry
 */

const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The *.json files of `dir`, in file name order: the order of the cards on the page.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function jsonFilesIn(dir) {
  const names = await readdir(dir).catch((/** @type {NodeJS.ErrnoException} */ error) => {
    throw new SiteBuildError(`${dir}: the record directory could not be read (${error.code ?? error.message})`);
  });
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

async function recordFiles() {
  const dir = process.env.COMPOUND_CARD_SITE_RECORDS;
  if (dir) return jsonFilesIn(dir);
  return [here('../../records/thymogen.json'), ...(await jsonFilesIn(here('../records/')))];
}

/**
 * One record file, named in errors as the reader would type it: relative to where the build runs.
 * @param {string} path
 * @returns {Promise<RecordEntry>}
 */
async function readRecord(path) {
  const file = relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path);
  const text = await readFile(path, 'utf8').catch((/** @type {NodeJS.ErrnoException} */ error) => {
    throw new SiteBuildError(`${file}: could not be read (${error.code ?? error.message})`);
  });
  try {
    return { file, record: JSON.parse(text) };
  } catch (error) {
    // What JSON.parse throws for text that is not JSON: a SyntaxError.
    throw new SiteBuildError(`${file}: not valid JSON (${/** @type {SyntaxError} */ (error).message})`);
  }
}

/** @returns {Promise<RecordEntry[]>} */
export default async function records() {
  const files = await recordFiles();
  if (!files.length) throw new SiteBuildError('no record files to render');
  return Promise.all(files.map(readRecord));
}
