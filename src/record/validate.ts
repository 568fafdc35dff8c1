/**
 * Turns any value into either a valid record or a `LoadError` with its problems,
 * e.g. `{ path: 'faq[2].answer', message: 'must not be empty' }`.
 */
import { failure, type Outcome } from '../errors.js';
import { checkRecord } from './check.js';
import { MAX_RECORD_BYTES, SCHEMA_VERSION } from './rules.js';
import type { CompoundRecord } from './schema.js';

export { describeProblem, formatPath, type RecordProblem } from './issues.js';

export type RecordOutcome = Outcome<CompoundRecord>;

/** Validates a value (already parsed from JSON, or set from script). Never throws. */
export function validateRecord(input: unknown): RecordOutcome {
  try {
    const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version !== SCHEMA_VERSION) {
      return failure('unsupported-version', { detail: String(version) });
    }
    return checkRecord(input);
  } catch {
    // A hostile object (a throwing getter, a revoked Proxy) is simply not a record.
    return failure('invalid', { problems: [{ path: '(record)', message: 'could not be read' }] });
  }
}

/**
 * Where JSON text first breaks the grammar, as a line and column. Engines word
 * (or omit) the position differently, so the card finds it itself; this runs
 * only after JSON.parse has already failed.
 */
export function jsonErrorPosition(text: string): { line: number; column: number } {
  let i = 0;
  const space = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const eat = (token: string) => (text.startsWith(token, i) ? (i += token.length) : fail());
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') fail();
          value();
          space();
          eat(':');
        }
        value();
        space();
        if (text[i] === close) return void i++;
        eat(',');
      }
    }
    if (c === '"') {
      // JSON strings may not hold raw control characters, so the pattern must name them.
      // eslint-disable-next-line no-control-regex
      const end = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(text.slice(i));
      return end ? void (i += end[0].length) : fail();
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    return literal ? void (i += literal[0].length) : fail();
  };
  try {
    value();
    space();
    if (i < text.length) fail();
  } catch {
    // `i` is where reading stopped.
  }
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Parses and validates a record's JSON text (from an embedded script or a response body). */
export function parseRecordText(text: string): RecordOutcome {
  if (text.length > MAX_RECORD_BYTES || new TextEncoder().encode(text).length > MAX_RECORD_BYTES) {
    return failure('too-large', { detail: String(MAX_RECORD_BYTES) });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return failure('parse', jsonErrorPosition(text));
  }
  return validateRecord(value);
}
