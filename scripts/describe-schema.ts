/**
 * Build time: turns the zod record schema into the plain data that the bundle's
 * interpreter (src/record/check-described.ts) checks records against.
 *
 * It reads zod's internal definitions (`schema._zod.def`), which are not a public
 * API: that is why package.json pins zod to one minor version, and why it throws
 * on any schema kind or check it does not know rather than guess.
 */
import { CUSTOM_CHECKS, type CustomCheckName } from '../src/record/rules.js';
import type { Check, Descriptor } from '../src/record/check-described.js';

interface ZodLike {
  _zod: { def: Record<string, unknown> & { type: string; checks?: { _zod: { def: Record<string, unknown> } }[] } };
}

const messageOf = (def: Record<string, unknown>) =>
  typeof def.error === 'function' ? String((def.error as () => unknown)()) : '';

function describeChecks(schema: ZodLike): Check[] {
  return (schema._zod.def.checks ?? []).map(({ _zod: { def } }): Check => {
    switch (def.check) {
      case 'min_length':
        return ['min_length', Number(def.minimum)];
      case 'max_length':
        return ['max_length', Number(def.maximum)];
      case 'string_format': {
        const pattern = def.pattern as RegExp;
        return ['regex', pattern.source, pattern.flags, messageOf(def)];
      }
      case 'multiple_of':
        return ['multiple_of', Number(def.value)];
      case 'greater_than':
        if (!def.inclusive) break;
        return ['gte', Number(def.value)];
      case 'less_than':
        if (!def.inclusive) break;
        return ['lte', Number(def.value)];
      case 'custom': {
        const name = (Object.keys(CUSTOM_CHECKS) as CustomCheckName[]).find((key) => CUSTOM_CHECKS[key] === def.fn);
        if (name) return ['custom', name, messageOf(def)];
        break;
      }
    }
    throw new Error(`describeSchema: unsupported check ${String(def.check)}`);
  });
}

/** Describes a zod (mini) schema built from the kinds the record format uses. Throws on anything else. */
export function describeSchema(schema: unknown): Descriptor {
  const zod = schema as ZodLike;
  const def = zod._zod.def;
  switch (def.type) {
    case 'object':
      return {
        type: 'object',
        shape: Object.entries(def.shape as Record<string, unknown>).map(([key, value]) => [key, describeSchema(value)]),
      };
    case 'array':
      return { type: 'array', element: describeSchema(def.element), checks: describeChecks(zod) };
    case 'string':
    case 'number':
      return { type: def.type, checks: describeChecks(zod) };
    case 'literal':
      return { type: 'literal', values: [...(def.values as unknown[])] };
    case 'enum':
      return { type: 'enum', values: Object.values(def.entries as Record<string, string>) };
    case 'optional':
      return { type: 'optional', inner: describeSchema(def.innerType) };
  }
  throw new Error(`describeSchema: unsupported schema type ${def.type}`);
}
