/**
 * What importing an article reports: plain-language problems, each pointing at
 * the article's line where there is one (1-based; a web page's also at its
 * column), so an editor or the CLI can print `file:line: problem` or
 * `page.html:line:column: problem`.
 */
import type { CompoundRecord } from '../record/schema.js';

export interface ArticleProblem {
  /** The article's line the problem is on, counted from 1; `null` when it is about the article as a whole. */
  line: number | null;
  /** The column on that line, counted from 1: given for web pages, whose lines can be very long. */
  column?: number;
  /** The record path the problem is about, when the record check found it (`quickFacts[2].value`). */
  path?: string;
  message: string;
}

/** A place in the source: its line and, where known, its column (both from 1). */
export interface Place {
  line: number;
  column?: number;
}

/** What importing an article gives: its record, or every problem found. */
export type ImportResult = { ok: true; record: CompoundRecord } | { ok: false; problems: ArticleProblem[] };

/** More than this many problems are summed up in one last line: a broken 2 MiB file must not print 100,000. */
export const MAX_PROBLEMS = 100;

/** Problems in article order (whole-article ones first), at most `MAX_PROBLEMS` of them plus a count of the rest. */
export function byLine(problems: readonly ArticleProblem[]): ArticleProblem[] {
  const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (sorted.length <= MAX_PROBLEMS) return sorted;
  const rest = sorted.length - MAX_PROBLEMS;
  return [...sorted.slice(0, MAX_PROBLEMS), { line: null, message: `…and ${rest} more problem${rest === 1 ? '' : 's'}` }];
}

/** Article text quoted in a one-line message: whitespace folded, long text cut (between characters, never inside one). */
export function quote(text: string, max = 40): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return `"${chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('')}"`;
}

export { problemLine, problemText } from '../record/problems.js';
