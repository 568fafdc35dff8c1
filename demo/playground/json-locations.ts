/**
 * Where in JSON text each value sits, by the path the card writes in its issues
 * (`faq[2].answer`, `(record)` for the whole). The record check names paths, the
 * editor needs offsets: this is the bridge. Only for text JSON.parse accepted.
 */
import { formatPath, scanJson } from '../../src/record/validate.js';

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

interface Node {
  span: Span;
  children: Node[];
}

/**
 * Every value of the text by its path; a repeated key keeps its last value, as
 * JSON.parse does. The card's own JSON reader finds the values (src/record/validate.ts);
 * their nesting gives the paths: a container's contents are the values read
 * inside it since it opened, and an object's alternate key, value.
 */
export function locateValues(text: string): Map<string, Located> {
  const open: Node[] = [];
  scanJson(text, (from, to) => {
    // The values read since this one opened are its contents (one splice: linear in the text).
    let first = open.length;
    while (first > 0 && open[first - 1]!.span.from >= from) first--;
    const children = open.splice(first);
    open.push({ span: { from, to }, children });
  });
  const found = new Map<string, Located>();
  const visit = ({ span, children }: Node, path: PropertyKey[], key?: Span): void => {
    const opening = text[span.from];
    if (opening === '{') {
      for (let n = 0; n + 1 < children.length; n += 2) {
        const name = children[n]!.span;
        visit(children[n + 1]!, [...path, JSON.parse(text.slice(name.from, name.to)) as string], name);
      }
    } else if (opening === '[') {
      children.forEach((child, index) => visit(child, [...path, index]));
    }
    found.set(formatPath(path), { value: span, ...(key && { key }), container: opening === '{' || opening === '[' });
  };
  if (open.length === 1) visit(open[0]!, []);
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
