/**
 * Where in JSON text each value sits, by the path the card writes in its issues
 * (`faq[2].answer`, `(record)` for the whole). The record check names paths, the
 * editor needs offsets: this is the bridge. Only for text JSON.parse accepted.
 */
import { formatPath } from '../../src/record/validate.js';

export interface Span {
  from: number;
  to: number;
}

interface Located {
  value: Span;
  /** The property name, for values that are object properties. */
  key?: Span;
  /** An object or a list, rather than a plain value. */
  container: boolean;
}

const WHITESPACE = ' \t\n\r';

/** Every value of the text by its path; a repeated key keeps its last value, as JSON.parse does. */
export function locateValues(text: string): Map<string, Located> {
  const found = new Map<string, Located>();
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && WHITESPACE.includes(text[i]!)) i++;
  };
  const readString = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readValue = (path: PropertyKey[], key?: Span): void => {
    skipSpace();
    const from = i;
    const opening = text[i];
    const container = opening === '{' || opening === '[';
    if (container) {
      const closing = opening === '{' ? '}' : ']';
      i++;
      skipSpace();
      for (let index = 0; i < text.length && text[i] !== closing; index++) {
        if (opening === '{') {
          const keyFrom = i;
          const name = readString();
          const keySpan = { from: keyFrom, to: i };
          skipSpace();
          i++; // the colon
          readValue([...path, name], keySpan);
        } else {
          readValue([...path, index]);
        }
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (opening === '"') {
      readString();
    } else {
      while (i < text.length && !`,}]${WHITESPACE}`.includes(text[i]!)) i++;
    }
    found.set(formatPath(path), { value: { from, to: i }, ...(key && { key }), container });
  };
  readValue([]);
  return found;
}

/** `faq[2].answer` → `['faq[2].answer', 'faq[2]', 'faq', '(record)']`: the path, then each ancestor. */
function pathAndAncestors(path: string): string[] {
  const steps = path === '(record)' ? [] : (path.match(/\[\d+\]|\.?[^.[]+/g) ?? []);
  const paths: string[] = [];
  for (let n = steps.length; n > 0; n--) paths.push(steps.slice(0, n).join(''));
  return [...paths, '(record)'];
}

/**
 * The stretch to mark for an issue at `path`. A plain value is marked whole; a
 * list or an object (too many items, a property missing) by its property name,
 * or its opening bracket when it has none, so a whole block is not underlined.
 * A path not in the text (a required property left out) falls back to its
 * nearest ancestor that is.
 */
export function spanFor(path: string, values: Map<string, Located>): Span {
  for (const candidate of pathAndAncestors(path)) {
    const located = values.get(candidate);
    if (!located) continue;
    const { value, key, container } = located;
    return container ? (key ?? { from: value.from, to: value.from + 1 }) : value;
  }
  return { from: 0, to: 0 };
}
