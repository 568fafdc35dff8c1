/**
 * The plain-language wording of validation problems, shared by the zod schema's
 * error map and the schema description the script-tag bundle interprets, so
 * both say exactly the same thing.
 */

import type { Outcome } from '../errors.js';

/** What a validation problem is, in zod's issue vocabulary (the subset the format uses). */
export interface Problem {
  code: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  values?: readonly unknown[];
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object',
};

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Plain-language wording for an issue; `undefined` keeps the wording a check carries itself. */
export function problemOf(issue: Problem): string | undefined {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return 'is required';
  }
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${NOUNS[issue.expected ?? ''] ?? issue.expected}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min === 1 ? 'must not be empty' : `must be at least ${plural(min, 'character')}`;
      if (issue.origin === 'array') return `must have at least ${plural(min, 'item')}`;
      return `must be at least ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${plural(max, 'character')}`;
      if (issue.origin === 'array') return `must have at most ${plural(max, 'item')}`;
      return `must be at most ${max}`;
    }
    case 'not_multiple_of':
      return 'must be a whole number';
    case 'invalid_value':
      return `must be ${(issue.values ?? []).map((v) => String(v)).join(', ').replace(/, ([^,]*)$/, ' or $1')}`;
    default:
      return undefined;
  }
}

/** `['faq', 2, 'answer']` → `faq[2].answer`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('') ||
    '(record)'
  );
}

/**
 * One thing wrong with a record, where it is: the path of the value (`faq[2].answer`,
 * or `(record)` for the whole), what is wrong in plain language (`must not be empty`),
 * and, for text that is not JSON, the line and column where it breaks (from 1).
 */
export interface RecordProblem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/** A problem as one line of text, the way the card, the commands and the tools all write it: `path: message`. */
export const describeProblem = ({ path, message }: RecordProblem): string => `${path}: ${message}`;

/** What checking a value against the format gives: the value with unknown keys dropped, or an `invalid` error with its problems. */
export type CheckResult<T> = Outcome<T>;
