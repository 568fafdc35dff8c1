/**
 * Picks the card's own words by language. Adding a language is one file that
 * exports a `Words` object, plus one line in `LANGUAGES`.
 */
import { en, type Words } from './en.js';

export type { Words };

const LANGUAGES: Record<string, Words> = { en };

/** `lang` of the element or its nearest ancestor, reduced to a language we ship; English otherwise. */
export function languageOf(element: Element): string {
  const tag = element.closest('[lang]')?.getAttribute('lang') ?? '';
  const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(LANGUAGES, primary) ? primary : 'en';
}

export const wordsFor = (language: string): Words =>
  Object.hasOwn(LANGUAGES, language) ? (LANGUAGES[language] as Words) : en;
