/**
 * Attribute values as the host wrote them → the values the card uses. Every
 * unknown or out-of-range value falls back to the documented default, so no
 * attribute can break the card.
 */
export const BLOCKS = ['facts', 'takeaways', 'article', 'faq', 'references'] as const;
export type Block = (typeof BLOCKS)[number];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export const FAQ_MODES = ['multiple', 'single'] as const;
export type FaqMode = (typeof FAQ_MODES)[number];

export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;

// Each fallback is also the property's default (src/card-properties.ts): a card
// without the attribute and a card with a value it cannot use behave alike.
export const DEFAULT_HEADING_LEVEL = 2;
export const DEFAULT_THEME: Theme = 'light';
export const DEFAULT_FAQ_MODE: FaqMode = 'multiple';
export const DEFAULT_TIMEOUT = 10_000;

/** 1–6 (as a number or numeric text); anything else is 2. */
export function headingLevelOf(value: unknown): number {
  const level = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6
    ? level
    : DEFAULT_HEADING_LEVEL;
}

export const themeOf = (value: unknown): Theme =>
  THEMES.find((theme) => theme === String(value).trim().toLowerCase()) ?? DEFAULT_THEME;

export const faqModeOf = (value: unknown): FaqMode =>
  String(value).trim().toLowerCase() === 'single' ? 'single' : DEFAULT_FAQ_MODE;

/** Longest delay `setTimeout` honours (2^31 - 1 ms); a larger one would fire at once. */
const MAX_TIMEOUT = 2_147_483_647;

/** A positive number of milliseconds (at most about 24.8 days); anything else is the 10 s default. */
export function timeoutOf(value: unknown): number {
  const ms = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof ms === 'number' && ms > 0 && !Number.isNaN(ms) ? Math.min(ms, MAX_TIMEOUT) : DEFAULT_TIMEOUT;
}

/**
 * The blocks to show, always in the card's own order. Unknown tokens are
 * ignored; no attribute, or no known token at all, shows all five.
 */
export function blocksOf(value: unknown): ReadonlySet<Block> {
  const tokens = typeof value === 'string' ? value.toLowerCase().split(/\s+/) : [];
  const chosen = BLOCKS.filter((block) => tokens.includes(block));
  return new Set(chosen.length ? chosen : BLOCKS);
}
