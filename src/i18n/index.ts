/**
 * Picks the card's own words by language. Adding a language is one file that
 * exports a `Words` object, plus one line in `LANGUAGES`.
 */
import { de } from './de.js';
import { en, type Words } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ru } from './ru.js';

export type { Words };

/** Primary language subtag → words. No prototype, so `__proto__` or `constructor` names nothing. */
export const LANGUAGES: Readonly<Record<string, Words>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, Words>, {
    en,
    es,
    fr,
    de,
    ru,
  }),
);

/** `es-MX`, ` FR `, `de_AT` → `es`, `fr`, `de`: the primary subtag, lower-cased. */
const primaryOf = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The nearest `lang` attribute on the element or an ancestor, crossing shadow
 * roots to their hosts, as the browser's own language inheritance does. An
 * empty `lang` means "unknown" and stops the search, as in HTML.
 */
function langAttributeOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const value = node.getAttribute('lang');
    if (value !== null) return value;
    // A shadow root has a `host`; the document has none. Read as a property rather
    // than `instanceof ShadowRoot`, which server rendering in Node does not define.
    node = node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return '';
}

/** `lang` of the element or its nearest ancestor, reduced to a language we ship; English otherwise. */
export function languageOf(element: Element): string {
  const primary = primaryOf(langAttributeOf(element));
  return Object.hasOwn(LANGUAGES, primary) ? primary : 'en';
}

/** The words of a language (any tag: `de-CH` gives German); English for a language we do not ship. */
export function wordsFor(language: string): Words {
  const primary = primaryOf(language);
  return Object.hasOwn(LANGUAGES, primary) ? (LANGUAGES[primary] as Words) : en;
}
