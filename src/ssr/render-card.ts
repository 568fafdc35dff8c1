/**
 * The card as HTML, rendered in Node by the element's own templates through
 * Lit's server renderer: a `<compound-card>` holding a declarative shadow root
 * with the ready card, and the record embedded as its JSON child so the bundle
 * takes over with no request. No template lives here; only what wraps it.
 */
import { LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { CompoundCard } from '../compound-card.js';
import { TAG_NAME } from '../define.js';
import type { CompoundRecord } from '../record/schema.js';
import { validateRecord } from '../record/validate.js';
import { noScriptStyles } from '../theme/no-script.js';
import { escapeAttribute, scriptJson } from './escape.js';
import { recordJsonLd } from './json-ld.js';
import { hostAttributes, optionProblems, type RenderOptions } from './options.js';

/** A record that does not pass the schema: nothing is rendered. `issues` read `path: problem`. */
export class InvalidRecordError extends Error {
  constructor(readonly issues: string[]) {
    super(`The record is not valid: ${issues.join('; ')}`);
    this.name = 'InvalidRecordError';
  }
}

/** The shadow root's styles as one stylesheet: the element's, then the no-script rules. */
export function cardStylesheet(): string {
  return [...CompoundCard.elementStyles, noScriptStyles].map((style) => (style as { cssText: string }).cssText).join('\n');
}

/**
 * Renders one card for `options`. The renderer's element is set up as a page
 * would set it (attributes, then the record), and its shadow root starts with
 * the card's styles: inline, or a link to `options.stylesheet` for pages whose
 * CSP forbids inline styles.
 */
const rendererFor = (record: CompoundRecord, options: RenderOptions) =>
  class CardRenderer extends LitElementRenderer {
    constructor(tagName: string) {
      super(tagName);
      for (const [name, value] of hostAttributes(options)) this.setAttribute(name, value);
      this.setProperty('record', record);
    }

    override renderShadow(renderInfo: RenderInfo) {
      const shadow = super.renderShadow(renderInfo);
      // Lit writes the element's styles first, then one entry that renders the template.
      const template = shadow?.at(-1);
      const styles = options.stylesheet
        ? `<link rel="stylesheet" href="${escapeAttribute(options.stylesheet)}">`
        : `<style>${cardStylesheet()}</style>`;
      return template === undefined ? shadow : [styles, template];
    }
  };

/**
 * Lit marks every template part with comments (`<!--lit-part …-->`,
 * `<!--lit-node n-->`) for its hydration. The bundle does not hydrate: it
 * renders the same markup afresh in place (see `createRenderRoot` in the
 * element), so the markers would be dead weight. No record text can forge one:
 * Lit writes every `<` of it as `&lt;`.
 */
const LIT_MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->/g;

/**
 * The `<compound-card>` for `record`, as `compound-card render` writes it. Throws
 * `InvalidRecordError` for a record that does not pass the schema, and a
 * `RangeError` for options that cannot be rendered.
 */
export function renderCard(record: unknown, options: RenderOptions = {}): string {
  const problems = optionProblems(options);
  if (problems.length) throw new RangeError(problems.join('; '));
  const outcome = validateRecord(record);
  if (!outcome.ok) throw new InvalidRecordError(outcome.error.issues ?? [outcome.error.kind]);
  const valid = outcome.value;

  const element = collectResultSync(
    render(html`<compound-card></compound-card>`, { elementRenderers: [rendererFor(valid, options)] }),
  ).replace(LIT_MARKERS, '');
  const closing = `</${TAG_NAME}>`;
  const at = element.lastIndexOf(closing);
  const embedded = `<script type="application/json">${scriptJson(valid)}</script>`;
  const card = `${element.slice(0, at)}${embedded}${element.slice(at)}`;
  if (!options.jsonLd) return card;
  const jsonLd = recordJsonLd(valid, options.sections === undefined ? {} : { sections: options.sections });
  return `${card}\n<script type="application/ld+json">${scriptJson(jsonLd)}</script>`;
}
