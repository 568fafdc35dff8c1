/**
 * Checks the editor's text as the card reads an embedded record, and places
 * each problem in the text. No DOM and no editor: text in, record or problems out.
 */
import type { CompoundRecord } from '../../src/record/schema.js';
import { offsetOf, problemsOf } from '../../src/record/problems.js';
import { describeProblem, parseRecordText } from '../../src/record/validate.js';
import { locateValues, type Span, spanFor } from './json-locations.js';

export interface Problem {
  /** `path: problem`, worded as every tool words it (src/record/problems.ts). */
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

export function checkRecordText(text: string): TextCheck {
  const outcome = parseRecordText(text);
  if (outcome.ok) return { ok: true, record: outcome.value };
  const lineOf = lineFinder(text);
  // Values are located only when a problem needs a place in the text.
  let values: ReturnType<typeof locateValues> | undefined;
  const problems = problemsOf(outcome.error, text).map((each): Problem => {
    let span: Span;
    if (each.line !== undefined) {
      // Where the JSON grammar broke: the card counts lines and columns, the editor wants offsets.
      const at = offsetOf(text, each.line, each.column ?? 1);
      span = { from: at, to: Math.min(at + 1, text.length) };
    } else {
      span = outcome.error.kind === 'too-large' ? { from: 0, to: 0 } : spanFor(each.path, (values ??= locateValues(text)));
    }
    return { message: describeProblem(each), ...span, line: lineOf(span.from) };
  });
  // In the order of the text, so the list reads top to bottom like the editor.
  return { ok: false, problems: problems.sort((a, b) => a.from - b.from) };
}
