/**
 * Checks the editor's text as the card reads an embedded record, and places
 * each problem in the text. No DOM and no editor: text in, record or problems out.
 */
import type { CompoundRecord } from '../../src/record/schema.js';
import { problemsOf } from '../../src/record/problems.js';
import { offsetAt, positionAt } from '../../src/record/text-position.js';
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

export function checkRecordText(text: string): TextCheck {
  const outcome = parseRecordText(text);
  if (outcome.ok) return { ok: true, record: outcome.value };
  // Values are located only when a problem needs a place in the text.
  let values: ReturnType<typeof locateValues> | undefined;
  const problems = problemsOf(outcome.error, text).map((each): Problem => {
    let span: Span;
    if (each.line !== undefined) {
      // Where the JSON grammar broke: the card counts lines and columns, the editor wants offsets.
      const at = offsetAt(text, each.line, each.column ?? 1);
      span = { from: at, to: Math.min(at + 1, text.length) };
    } else {
      span = outcome.error.kind === 'too-large' ? { from: 0, to: 0 } : spanFor(each.path, (values ??= locateValues(text)));
    }
    return { message: describeProblem(each), ...span, line: positionAt(text, span.from).line };
  });
  // In the order of the text, so the list reads top to bottom like the editor.
  return { ok: false, problems: problems.sort((a, b) => a.from - b.from) };
}
