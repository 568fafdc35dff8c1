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
  DEFAULT_FAQ_MODE,
  DEFAULT_HEADING_LEVEL,
  DEFAULT_THEME,
  DEFAULT_TIMEOUT,
  faqModeOf,
  headingLevelOf,
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
