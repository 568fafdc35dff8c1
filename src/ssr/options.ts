/**
 * The options of `renderCard` and `compound-card render`, checked strictly: the
 * element quietly falls back to a default for a value it cannot use, but a
 * build step that asks for something impossible should hear about it. Every
 * option that is an attribute of the card takes its name, kind and values from
 * the card's table (`cardAttributes` in src/card-properties.ts).
 */
import { attributeOf, cardAttributes, type AttributeName, type AttributeSyntax } from '../card-properties.js';
import type { FaqMode, Theme } from '../options.js';

export interface RenderOptions {
  /** Level 1–6 of the card's title heading (`heading-level`). */
  headingLevel?: number;
  /** Space-separated blocks to show (`sections`): any of `facts takeaways article faq references`. */
  sections?: string;
  /** The quick-facts panel starts collapsed (`facts-collapsed`). */
  factsCollapsed?: boolean;
  /** `multiple` or `single` (`faq-mode`). */
  faqMode?: FaqMode;
  /** `light`, `dark` or `auto` (`theme`). */
  theme?: Theme;
  /** Language of the card's own words (`lang` on the element), e.g. `fr`. */
  lang?: string;
  /** Also write the record's JSON-LD after the element. */
  jsonLd?: boolean;
  /** URL of `compound-card.css`: the shadow root links it instead of holding a `<style>` element. */
  stylesheet?: string;
}

/** One render option: its name as a flag or query key, and how its value is written. */
export interface RenderOption extends AttributeSyntax {
  option: keyof RenderOptions;
  /** `--name` on the command line; for an attribute of the card, the attribute's name. */
  name: string;
  /** Whether the option becomes an attribute of the element. */
  attribute: boolean;
}

const fromAttribute = (option: AttributeName): RenderOption => ({
  option,
  name: attributeOf(option),
  attribute: true,
  ...cardAttributes[option],
});

/** Every render option, in the order the element's attributes are written. */
export const RENDER_OPTIONS: readonly RenderOption[] = [
  ...(Object.keys(cardAttributes) as AttributeName[]).map(fromAttribute),
  { option: 'jsonLd', name: 'json-ld', attribute: false, kind: 'boolean', help: "also write the record's schema.org JSON-LD after the card" },
  {
    option: 'stylesheet',
    name: 'stylesheet',
    attribute: false,
    kind: 'url',
    placeholder: 'URL',
    help: 'link this copy of compound-card.css instead of inline styles (strict CSP)',
  },
] satisfies RenderOption[] & { option: keyof Required<RenderOptions> }[];

/** A language tag as HTML's `lang` takes it: letters, digits and hyphens, e.g. `pt-BR`. */
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/** `a, b or c`. */
const either = (values: readonly unknown[]) => values.join(', ').replace(/, ([^,]*)$/, ' or $1');

const tokensOf = (value: string) => value.trim().split(/\s+/).filter(Boolean);

/** Why `value` cannot be written for `spec`, or nothing when it can. */
function problemOf(spec: RenderOption, value: unknown): string[] {
  const written = `"${String(value)}"`;
  const values = spec.values ?? [];
  switch (spec.kind) {
    case 'integer':
      return values.includes(value as number) ? [] : [`${spec.name} must be a whole number from ${values[0]} to ${values.at(-1)}, not ${written}`];
    case 'choice':
      return values.includes(value as string) ? [] : [`${spec.name} must be ${either(values)}, not ${written}`];
    case 'tokens': {
      const tokens = tokensOf(String(value));
      const unknown = tokens.filter((token) => !values.includes(token));
      if (!tokens.length) return [`${spec.name} must name at least one of: ${values.join(' ')}`];
      return unknown.length ? [`${spec.name} must be chosen from ${values.join(' ')}, not "${unknown.join(' ')}"`] : [];
    }
    case 'language':
      return LANGUAGE_TAG.test(String(value)) ? [] : [`${spec.name} must be a language tag such as en or pt-BR, not ${written}`];
    case 'url':
      return String(value).trim() ? [] : [`${spec.name} must be a URL`];
    case 'boolean':
      return [];
  }
}

/** Why `options` cannot be rendered, one line each; empty when they can. */
export function optionProblems(options: RenderOptions): string[] {
  return RENDER_OPTIONS.flatMap((spec) => (options[spec.option] === undefined ? [] : problemOf(spec, options[spec.option])));
}

/**
 * Render options from values written as text (command-line flags, a query
 * string): `read(name)` gives the text for `--name`, `true` for a flag given
 * without a value, or undefined. A number that is not a whole number stays as
 * written, so that the problem `renderCard` reports quotes it.
 */
export function renderOptionsFrom(read: (name: string) => string | boolean | undefined): RenderOptions {
  const options: Record<string, unknown> = {};
  for (const spec of RENDER_OPTIONS) {
    const value = read(spec.name);
    if (value === undefined || value === false) continue;
    if (spec.kind === 'boolean') options[spec.option] = true;
    else if (spec.kind === 'integer' && /^\s*[+-]?\d+\s*$/.test(String(value))) options[spec.option] = Number(value);
    else options[spec.option] = String(value);
  }
  return options as RenderOptions;
}

/**
 * The element's attributes for `options`, in a fixed order, written the way a
 * host page would write them. `status="ready"` is included: the rendered card is
 * the ready card, and host CSS that selects on it applies before any script.
 */
export function hostAttributes(options: RenderOptions): [string, string][] {
  const attributes: [string, string][] = [];
  for (const spec of RENDER_OPTIONS) {
    const value = options[spec.option];
    if (!spec.attribute || value === undefined || value === false) continue;
    if (spec.kind === 'boolean') attributes.push([spec.name, '']);
    else if (spec.kind === 'tokens') attributes.push([spec.name, tokensOf(String(value)).join(' ')]);
    else attributes.push([spec.name, String(value)]);
  }
  attributes.push(['status', 'ready']);
  return attributes;
}
