/**
 * Turns any value into either a valid record or a `LoadError` with its problems,
 * e.g. `{ path: 'faq[2].answer', message: 'must not be empty' }`.
 */
import { failure, type Outcome } from '../errors.js';
import { checkRecord } from './check.js';
import { MAX_RECORD_BYTES, SCHEMA_VERSION } from './rules.js';
import type { CompoundRecord } from './schema.js';
import { positionAt } from './text-position.js';

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
 * Reads JSON text by its grammar and returns where it stopped: where the grammar
 * breaks, or the text's length (the text is JSON, or ends before the JSON does).
 * Engines word (or omit) that position differently, so the card finds it itself,
 * after JSON.parse has failed. `onValue` hears of each value read, object keys
 * included, by its start and end offsets, a container after its contents: the
 * playground rebuilds the paths of valid text from these.
 */
export function scanJson(text: string, onValue?: (from: number, to: number) => void): number {
  let i = 0;
  const space = () => {
    // JSON's whitespace only: a byte-order mark or a no-break space is where the text breaks.
    while (/[ \t\n\r]/.test(text[i] ?? '')) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const eat = (token: string) => (text.startsWith(token, i) ? (i += token.length) : fail());
  const read = (pattern: RegExp) => {
    const match = pattern.exec(text.slice(i));
    return match ? void (i += match[0].length) : fail();
  };
  const value = (): void => {
    space();
    const from = i;
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) i++;
      else
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
          if (text[i] === close) {
            i++;
            break;
          }
          eat(',');
        }
    } else if (c === '"') {
      // JSON strings may not hold raw control characters, so the pattern must name them.
      // eslint-disable-next-line no-control-regex
      read(/^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/);
    } else {
      read(/^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/);
    }
    onValue?.(from, i);
  };
  try {
    value();
    space();
    if (i < text.length) fail();
  } catch {
    // `i` is where reading stopped.
  }
  return i;
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
    return failure('parse', positionAt(text, scanJson(text)));
  }
  return validateRecord(value);
}
