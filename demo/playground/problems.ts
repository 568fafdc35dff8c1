/**
 * Checks the editor's text as the card reads an embedded record, and places
 * each problem in the text. No DOM and no editor: text in, record or problems out.
 */
import type { CompoundRecord } from '../../src/record/schema.js';
import { parseRecordText } from '../../src/record/validate.js';
import { locateValues, type Span, spanFor } from './json-locations.js';

export interface Problem {
  /** `path: problem`, worded as the card words it. */
  message: string;
  /** The stretch of text to mark (offsets into the text). */
  from: number;
  to: number;
  /** The line `from` is on, counted from 1. */
  line: number;
}

export type TextCheck = { ok: true; record: CompoundRecord } | { ok: false; problems: Problem[] };

/** The line of each offset, counted from 1. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** A character as a message quotes it, with invisible ones named. */
const quoted = (char: string) =>
  char === '\n' ? 'a line break' : char === '\t' ? 'a tab' : char === ' ' ? 'a space' : `“${char}”`;

export function checkRecordText(text: string): TextCheck {
  const outcome = parseRecordText(text);
  if (outcome.ok) return { ok: true, record: outcome.value };
  const { error } = outcome;
  const lineOf = lineFinder(text);
  const problem = (message: string, span: Span): Problem => ({ message, ...span, line: lineOf(span.from) });

  if (error.kind === 'parse') {
    // The card reports where the grammar broke as a line and column; the editor wants the offset.
    const lineStart = text.split('\n').slice(0, (error.line ?? 1) - 1).reduce((sum, line) => sum + line.length + 1, 0);
    const at = Math.min(lineStart + (error.column ?? 1) - 1, text.length);
    const what = at >= text.length ? 'the text ends before the record does' : `unexpected ${quoted(text[at]!)}`;
    return { ok: false, problems: [problem(`(record): not valid JSON, ${what}`, { from: at, to: Math.min(at + 1, text.length) })] };
  }
  if (error.kind === 'too-large') {
    return { ok: false, problems: [problem('(record): larger than the 512 KiB a card accepts', { from: 0, to: 0 })] };
  }
  const values = locateValues(text);
  if (error.kind === 'unsupported-version') {
    const message = `schemaVersion: must be 1 (the card does not read format version ${error.detail ?? '?'})`;
    return { ok: false, problems: [problem(message, spanFor('schemaVersion', values))] };
  }
  const problems = (error.issues ?? []).map((issue) => {
    const colon = issue.indexOf(': ');
    return problem(issue, spanFor(colon === -1 ? '(record)' : issue.slice(0, colon), values));
  });
  // In the order of the text, so the list reads top to bottom like the editor.
  return { ok: false, problems: problems.sort((a, b) => a.from - b.from) };
}
