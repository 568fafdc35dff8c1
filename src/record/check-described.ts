/**
 * The shape of a plain-data description of the zod record schema, and the small
 * interpreter that checks values against it with the same results and wording as zod.
 *
 * Why: zod is most of the script-tag bundle's weight. The build describes the
 * schema once (in Node, from `schema.ts`, by scripts/describe-schema.ts, so the
 * format is still defined in one place) and the bundle ships this interpreter
 * with the description instead of zod. Tests check that both give the same answers.
 */
import { failure } from '../errors.js';
import { formatPath, problemOf, type CheckResult, type Problem } from './issues.js';
import { CUSTOM_CHECKS, type CustomCheckName } from './rules.js';

export type Check =
  | ['min_length', number]
  | ['max_length', number]
  | ['regex', string, string, string]
  | ['custom', CustomCheckName, string]
  | ['multiple_of', number]
  | ['gte', number]
  | ['lte', number];

export type Descriptor =
  | { type: 'object'; shape: [string, Descriptor][] }
  | { type: 'array'; element: Descriptor; checks: Check[] }
  | { type: 'string'; checks: Check[] }
  | { type: 'number'; checks: Check[] }
  | { type: 'literal'; values: unknown[] }
  | { type: 'enum'; values: string[] }
  | { type: 'optional'; inner: Descriptor };

type Issue = [path: PropertyKey[], message: string];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function runChecks(checks: Check[], value: string | number | unknown[], origin: string, path: PropertyKey[], issues: Issue[]) {
  const say = (problem: Problem, own?: string) => issues.push([path, own || problemOf(problem) || 'is not valid']);
  for (const check of checks) {
    const size = typeof value === 'number' ? value : Number(value.length);
    switch (check[0]) {
      case 'min_length':
        if (size < check[1]) say({ code: 'too_small', origin, minimum: check[1], input: value });
        break;
      case 'max_length':
        if (size > check[1]) say({ code: 'too_big', origin, maximum: check[1], input: value });
        break;
      case 'gte':
        if (size < check[1]) say({ code: 'too_small', origin, minimum: check[1], input: value });
        break;
      case 'lte':
        if (size > check[1]) say({ code: 'too_big', origin, maximum: check[1], input: value });
        break;
      case 'multiple_of': {
        // zod's float-safe test: a ratio within a few epsilons of a whole number counts as one.
        const ratio = (value as number) / check[1];
        if (Math.abs(ratio - Math.round(ratio)) >= 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1)) {
          say({ code: 'not_multiple_of', input: value });
        }
        break;
      }
      case 'regex':
        if (!new RegExp(check[1], check[2]).test(value as string)) say({ code: 'invalid_format' }, check[3]);
        break;
      case 'custom':
        if (!CUSTOM_CHECKS[check[1]](value as string)) say({ code: 'custom' }, check[2]);
        break;
    }
  }
}

/** Checks `value` at `path`; returns the value to keep (objects rebuilt with known keys only). */
function walk(d: Descriptor, value: unknown, path: PropertyKey[], issues: Issue[]): unknown {
  const wrongType = (expected: string) => {
    issues.push([path, problemOf({ code: 'invalid_type', expected, input: value }) ?? 'is not valid']);
    // As in zod, length checks still run on any value that has a length.
    const length = (value as { length?: unknown } | null | undefined)?.length;
    if (length !== undefined && 'checks' in d) {
      const origin = Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';
      const lengthChecks = d.checks.filter((check) => check[0] === 'min_length' || check[0] === 'max_length');
      runChecks(lengthChecks, value as unknown[], origin, path, issues);
    }
    return value;
  };
  switch (d.type) {
    case 'optional':
      return value === undefined ? value : walk(d.inner, value, path, issues);
    case 'object': {
      if (!isObject(value)) return wrongType('object');
      const out: Record<string, unknown> = {};
      for (const [key, inner] of d.shape) {
        const kept = walk(inner, value[key], [...path, key], issues);
        if (kept !== undefined || key in value) out[key] = kept;
      }
      return out;
    }
    case 'array': {
      if (!Array.isArray(value)) return wrongType('array');
      // An index loop, as zod's: holes in a sparse array are read as `undefined`, and an
      // array's own `map` (a hostile record can carry one) is never called.
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) out.push(walk(d.element, value[i], [...path, i], issues));
      runChecks(d.checks, value, 'array', path, issues);
      return out;
    }
    case 'string': {
      if (typeof value !== 'string') return wrongType('string');
      runChecks(d.checks, value, 'string', path, issues);
      return value;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType('number');
      runChecks(d.checks, value, 'number', path, issues);
      return value;
    }
    case 'literal':
    case 'enum':
      if (!(d.values as unknown[]).includes(value)) {
        issues.push([path, problemOf({ code: 'invalid_value', values: d.values, input: value }) ?? 'is not valid']);
      }
      return value;
  }
}

/** Checks a value against a description, as zod would against the schema it describes. */
export function checkDescribed<T>(descriptor: Descriptor, input: unknown): CheckResult<T> {
  const issues: Issue[] = [];
  const value = walk(descriptor, input, [], issues);
  return issues.length
    ? failure('invalid', { problems: issues.map(([path, message]) => ({ path: formatPath(path), message })) })
    : { ok: true, value: value as T };
}
