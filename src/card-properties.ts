/**
 * The card's public properties, each declared once: its documentation, how Lit
 * observes it and the value a new card starts with. The element takes its
 * `static properties`, its defaults and its TypeScript type from this table, and
 * custom-elements-manifest.config.mjs reads the docs, attribute names, types and
 * defaults from this file for the manifest and the README.
 *
 * Every entry names its type (`property<T>`): it types the element's property,
 * TypeScript checks the converter and the default against it, and it is the type
 * the docs show.
 */
import type { PropertyDeclaration } from 'lit';
import {
  BLOCKS,
  DEFAULT_FAQ_MODE,
  DEFAULT_HEADING_LEVEL,
  DEFAULT_THEME,
  DEFAULT_TIMEOUT,
  FAQ_MODES,
  faqModeOf,
  HEADING_LEVELS,
  headingLevelOf,
  THEMES,
  themeOf,
  timeoutOf,
  type FaqMode,
  type Theme,
} from './options.js';

/** A Lit property declaration plus its default; Lit ignores the extra key. */
export interface CardProperty<T> extends PropertyDeclaration<T> {
  default?: T;
}

/** Gives an entry its type; the minifier removes the call. */
const property = <T>(declaration: CardProperty<T>): CardProperty<T> => declaration;

export const cardProperties = {
  /** URL of a record, resolved against the page (the third source, after `record` and an embedded script). */
  src: property<string | undefined>({}),
  /** Space-separated blocks to show: any of `facts takeaways article faq references`. */
  sections: property<string | undefined>({}),
  /** Level 1–6 of the title heading; other values fall back to 2. */
  headingLevel: property<number>({ attribute: 'heading-level', converter: headingLevelOf, default: DEFAULT_HEADING_LEVEL }),
  /** Whether the quick-facts panel starts collapsed. */
  factsCollapsed: property<boolean>({ attribute: 'facts-collapsed', type: Boolean, default: false }),
  /** `multiple` or `single` (opening one answer closes the others). */
  faqMode: property<FaqMode>({ attribute: 'faq-mode', converter: faqModeOf, default: DEFAULT_FAQ_MODE }),
  /** `light`, `dark` or `auto`. */
  theme: property<Theme>({ converter: themeOf, reflect: true, default: DEFAULT_THEME }),
  /** Milliseconds before a fetch attempt of `src` is given up. */
  timeout: property<number>({ converter: timeoutOf, default: DEFAULT_TIMEOUT }),
  /** `eager` or `lazy`: with `lazy`, a `src` record is requested only when the card nears the viewport. */
  loading: property<'eager' | 'lazy'>({ default: 'eager' }),
  // Every assignment counts, even of the same object edited in place: it is validated again.
  /** A record object set from script: wins over every other source, and is validated like any other. */
  record: property<unknown>({ attribute: false, hasChanged: () => true }),
};

/** The properties as the element has them; the mapped type keeps each one's JSDoc for editors. */
export type CardProperties = {
  -readonly [Name in keyof typeof cardProperties]: (typeof cardProperties)[Name] extends CardProperty<infer T> ? T : never;
};

/**
 * How a host writes an attribute, for the tools that write attributes rather
 * than the element that reads them: the server renderer and `compound-card
 * render` (which refuse a value the card would only fall back from), and the
 * playground's controls. The element never reads it, so it stays out of the
 * script-tag bundle; the attribute's name and default come from `cardProperties`.
 */
export interface AttributeSyntax {
  /** `integer` and `choice` take one of `values`; `tokens` a space-separated set of them. */
  kind: 'boolean' | 'integer' | 'choice' | 'tokens' | 'language' | 'url';
  values?: readonly (string | number)[];
  /** What stands for the value in a usage line, e.g. `N`. */
  placeholder?: string;
  /** One line for a usage text: what the attribute does. */
  help: string;
}

/**
 * The attributes a page or a tool chooses for a card it writes, in the order of
 * the properties above; `lang` is HTML's own, which the card reads.
 */
export const cardAttributes = {
  sections: { kind: 'tokens', values: BLOCKS, placeholder: '"facts faq"', help: 'blocks to show' },
  headingLevel: { kind: 'integer', values: HEADING_LEVELS, placeholder: 'N', help: "level of the card's title heading" },
  factsCollapsed: { kind: 'boolean', help: 'the quick-facts panel starts collapsed' },
  faqMode: { kind: 'choice', values: FAQ_MODES, help: 'single: opening one answer closes the others' },
  theme: { kind: 'choice', values: THEMES, help: 'colour theme' },
  lang: { kind: 'language', placeholder: 'xx', help: "language of the card's own words (en es fr de ru)" },
} as const satisfies Record<string, AttributeSyntax>;

export type AttributeName = keyof typeof cardAttributes;

/** The attribute as written in HTML: the property's `attribute`, else its name in lower case as Lit observes it. */
export function attributeOf(name: AttributeName): string {
  const attribute = name === 'lang' ? undefined : cardProperties[name].attribute;
  return typeof attribute === 'string' ? attribute : name.toLowerCase();
}

/** The value a card has without the attribute; `lang` falls back to English. */
export function attributeDefault(name: AttributeName): unknown {
  return name === 'lang' ? 'en' : cardProperties[name].default;
}
