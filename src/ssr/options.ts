/**
 * The options of `renderCard` and `compound-card render`, checked strictly: the
 * element quietly falls back to a default for a value it cannot use, but a
 * build step that asks for something impossible should hear about it.
 */
import { BLOCKS, THEMES, type FaqMode, type Theme } from '../options.js';

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

/** A language tag as HTML's `lang` takes it: letters, digits and hyphens, e.g. `pt-BR`. */
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/** Why `options` cannot be rendered, one line each; empty when they can. */
export function optionProblems(options: RenderOptions): string[] {
  const problems: string[] = [];
  const { headingLevel, sections, faqMode, theme, lang, stylesheet } = options;
  if (headingLevel !== undefined && !(Number.isInteger(headingLevel) && headingLevel >= 1 && headingLevel <= 6)) {
    problems.push(`heading level must be a whole number from 1 to 6, not ${String(headingLevel)}`);
  }
  if (sections !== undefined) {
    const tokens = sections.trim().split(/\s+/).filter(Boolean);
    const unknown = tokens.filter((token) => !(BLOCKS as readonly string[]).includes(token));
    if (!tokens.length) problems.push(`sections must name at least one of: ${BLOCKS.join(' ')}`);
    if (unknown.length) problems.push(`unknown section ${unknown.join(', ')}; the blocks are: ${BLOCKS.join(' ')}`);
  }
  if (faqMode !== undefined && faqMode !== 'multiple' && faqMode !== 'single') {
    problems.push(`faq mode must be multiple or single, not ${String(faqMode)}`);
  }
  if (theme !== undefined && !(THEMES as readonly string[]).includes(theme)) {
    problems.push(`theme must be one of ${THEMES.join(', ')}, not ${String(theme)}`);
  }
  if (lang !== undefined && !LANGUAGE_TAG.test(lang)) problems.push(`lang must be a language tag such as en or pt-BR, not ${String(lang)}`);
  if (stylesheet !== undefined && !stylesheet.trim()) problems.push('stylesheet must be a URL');
  return problems;
}

/**
 * The element's attributes for `options`, in a fixed order, written the way a
 * host page would write them. `status="ready"` is included: the rendered card is
 * the ready card, and host CSS that selects on it applies before any script.
 */
export function hostAttributes(options: RenderOptions): [string, string][] {
  const attributes: [string, string][] = [];
  if (options.headingLevel !== undefined) attributes.push(['heading-level', String(options.headingLevel)]);
  if (options.sections !== undefined) attributes.push(['sections', options.sections.trim().split(/\s+/).join(' ')]);
  if (options.factsCollapsed) attributes.push(['facts-collapsed', '']);
  if (options.faqMode !== undefined) attributes.push(['faq-mode', options.faqMode]);
  if (options.theme !== undefined) attributes.push(['theme', options.theme]);
  if (options.lang !== undefined) attributes.push(['lang', options.lang]);
  attributes.push(['status', 'ready']);
  return attributes;
}
