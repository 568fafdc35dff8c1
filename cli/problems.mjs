// A failed record outcome as the lines every command prints: `file: path: problem`,
// with the line and column where the JSON text breaks. The wording is the package's
// own (`problemsOf`), shared with the playground, the importers and `renderCard`.
import { problemLine, problemsOf } from '../dist/esm/schema.js';

/**
 * @param {string} file
 * @param {import('../dist/esm/schema.js').LoadError} error
 * @param {string} [text] the file's text, so a JSON error says what it found
 * @returns {string[]}
 */
export function problemLinesOf(file, error, text) {
  return problemsOf(error, text).map((problem) => problemLine(file, problem));
}
