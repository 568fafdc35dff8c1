// A failed record outcome as the `path: problem` lines every command prints.

/** The problems of one failed outcome, as `path: problem` lines. */
/** @param {import('../dist/esm/schema.js').LoadError} error @returns {string[]} */
export function problemsOf(error) {
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
