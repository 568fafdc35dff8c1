/**
 * A failed record outcome as the problems the authoring side reports: the
 * commands, the playground, the importers and the server renderer all word
 * them here, in English, so a problem reads the same wherever it is met. (The
 * card words its own error state in the reader's language: parts/status.)
 */
import type { LoadError } from '../errors.js';
import { describeProblem, formatPath, type RecordProblem } from './issues.js';
import { MAX_RECORD_BYTES, SCHEMA_VERSION } from './rules.js';
import { offsetAt } from './text-position.js';

const WHOLE = formatPath([]);

/**
 * A character as a message quotes it; an invisible one (a byte-order mark, a no-break
 * space: JSON's own whitespace is never where it breaks) by its code point.
 */
const quoted = (char: string) =>
  /[\s\p{C}]/u.test(char) ? `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : `“${char}”`;

/** The whole character at `offset` (both halves of an emoji). */
const characterAt = (text: string, offset: number) => String.fromCodePoint(text.codePointAt(offset)!);

/**
 * The problems of a failed outcome. With the `text` the record was read from,
 * a JSON error also says what it found where the grammar broke.
 */
export function problemsOf(error: LoadError, text?: string): RecordProblem[] {
  switch (error.kind) {
    case 'invalid':
      return error.problems ?? [];
    case 'parse': {
      const { line = 1, column = 1 } = error;
      let message = 'not valid JSON';
      if (text !== undefined) {
        const at = offsetAt(text, line, column);
        message += at >= text.length ? ', the text ends before the record does' : `, unexpected ${quoted(characterAt(text, at))}`;
      }
      return [{ path: WHOLE, message, line, column }];
    }
    case 'too-large':
      return [{ path: WHOLE, message: `larger than the ${MAX_RECORD_BYTES / 1024} KiB a card accepts` }];
    case 'unsupported-version':
      return [
        { path: 'schemaVersion', message: `must be ${SCHEMA_VERSION} (format version ${error.detail} is not supported)` },
      ];
    default:
      // Only reading a record from the network fails this way; say which way.
      return [{ path: WHOLE, message: `could not be read (${error.kind})` }];
  }
}

/** Anything with a place (line and column from 1, where known) and a message, with or without a record path. */
export interface PlacedProblem {
  line?: number | null;
  column?: number;
  path?: string;
  message: string;
}

/** What a problem says, with its record path when it has one: `quickFacts[2].value: must not be empty`. */
export const problemText = ({ path, message }: PlacedProblem): string =>
  path === undefined ? message : describeProblem({ path, message });

/** A problem as one line of output: `file:line:column: path: message`, with only the parts it has. */
export function problemLine(file: string, problem: PlacedProblem): string {
  const { line, column } = problem;
  return `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${problemText(problem)}`;
}
