/**
 * The card as HTML, rendered in Node by the element's own templates through
 * Lit's server renderer: a `<compound-card>` holding a declarative shadow root
 * with the ready card, and the record embedded as its JSON child so the bundle
 * takes over with no request. No template lives here; only what wraps it.
 */
import { LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResultSync, type Thunk, type ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { CompoundCard } from '../compound-card.js';
import { TAG_NAME } from '../define.js';
import type { CompoundRecord } from '../record/schema.js';
import { validateRecord } from '../record/validate.js';
import { noScriptStyles } from '../theme/no-script.js';
import { themeBlocks } from '../theme/tokens.js';
import { statusStyles } from '../parts/status/status.js';
import { DEFAULT_THEME, type Theme } from '../options.js';
import { describeProblem, type RecordProblem } from '../record/issues.js';
import { problemsOf } from '../record/problems.js';
import { escapeAttribute, scriptJson } from './escape.js';
import { recordJsonLd } from './json-ld.js';
import { hostAttributes, optionProblems, type RenderOptions } from './options.js';

/** A record that does not pass the schema: nothing is rendered. `problems` say what is wrong and where. */
export class InvalidRecordError extends Error {
  /** The problems as `path: problem` lines. */
  readonly issues: string[];

  constructor(readonly problems: RecordProblem[]) {
    const issues = problems.map(describeProblem);
    super(`The record is not valid: ${issues.join('; ')}`);
    this.name = 'InvalidRecordError';
    this.issues = issues;
  }
}

/** The shadow root's styles as one stylesheet: the element's, then the no-script rules. */
export function cardStylesheet(): string {
  return [...CompoundCard.elementStyles, noScriptStyles].map((style) => (style as { cssText: string }).cssText).join('\n');
}

/**
 * The stylesheet a rendered card holds inline: the card's, less what its markup
 * cannot use. The server renders only a valid record, so never the placeholder or
 * the error (statusStyles), and its card has the one `theme` class it was given.
 * Each card on a page carries its own copy (a declarative shadow root cannot
 * share one) until the bundle takes it over and adopts the whole stylesheet, so
 * every byte left out here is left out once per card. `compound-card.css`, one
 * file for every card, stays whole.
 */
function inlineStylesheet(theme: Theme = DEFAULT_THEME): string {
  const unused = [statusStyles.cssText, ...(['dark', 'auto'] as const).filter((name) => name !== theme).map((name) => themeBlocks[name])];
  return unused.reduce((css, part) => {
    if (!css.includes(part)) throw new Error('the card\'s stylesheet no longer holds a block the rendered card leaves out');
    return css.replace(part, '');
  }, cardStylesheet());
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
      const styles = options.stylesheet
        ? `<link rel="stylesheet" href="${escapeAttribute(options.stylesheet)}">`
        : `<style>${inlineStylesheet(options.theme)}</style>`;
      return [styles, shadowTemplate(super.renderShadow(renderInfo))];
    }
  };

/**
 * The one entry of Lit's shadow-root result that renders the template. Lit
 * 4.1 writes the element's styles as strings, then the template as one thunk;
 * the card replaces those styles with its own. `@lit-labs/ssr` is pinned to a
 * minor range for this, and a changed shape fails here rather than writing a
 * card with two stylesheets or none.
 */
function shadowTemplate(shadow: ThunkedRenderResult | undefined): Thunk {
  const thunks = (shadow ?? []).filter((entry) => typeof entry === 'function');
  const template = thunks[0];
  if (thunks.length !== 1 || template === undefined || shadow?.at(-1) !== template) {
    throw new Error('@lit-labs/ssr renderShadow no longer ends with the one template entry this renderer expects');
  }
  return template;
}

/**
 * Lit marks every template part with comments (`<!--lit-part …-->`,
 * `<!--lit-node n-->`) for its hydration. The bundle does not hydrate: it
 * renders the same markup afresh in place (see `createRenderRoot` in the
 * element), so the markers would be dead weight. No record text can forge one:
 * Lit writes every `<` of it as `&lt;`. These are the only comments Lit writes
 * (tests/node/ssr-lit-output.test.mjs), and `renderCard` refuses output with any other.
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
  if (!outcome.ok) throw new InvalidRecordError(problemsOf(outcome.error));
  const valid = outcome.value;

  const element = collectResultSync(
    render(html`<compound-card></compound-card>`, { elementRenderers: [rendererFor(valid, options)] }),
  ).replace(LIT_MARKERS, '');
  // The record goes in as the element's last child, before its end tag. Both
  // checks hold for every record (Lit writes each `<` of record text as
  // `&lt;`), so a failure means Lit's output changed, not the record.
  const closing = `</${TAG_NAME}>`;
  if (!element.endsWith(closing)) throw new Error(`@lit-labs/ssr output no longer ends with ${closing}`);
  if (element.includes('<!--')) throw new Error('@lit-labs/ssr writes a comment this renderer does not know');
  const embedded = `<script type="application/json">${scriptJson(valid)}</script>`;
  const card = `${element.slice(0, -closing.length)}${embedded}${closing}`;
  if (!options.jsonLd) return card;
  const jsonLd = recordJsonLd(valid, options.sections === undefined ? {} : { sections: options.sections });
  return `${card}\n<script type="application/ld+json">${scriptJson(jsonLd)}</script>`;
}
