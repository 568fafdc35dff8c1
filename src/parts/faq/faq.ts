import { css, html } from 'lit';
import type { FaqItem } from '../../record/schema.js';
import { disclosureButton, disclosurePanel } from '../../disclosure/disclosure.js';
import type { BlockContext } from '../context.js';
import { heading } from '../heading/heading.js';

/** Deep-link id of an FAQ item, counted from 1 as a reader would: `thymogen-faq-2` is the second question. */
export const faqAnchor = (recordId: string, index: number) => `${recordId}-faq-${index + 1}`;

/** The FAQ index (from 0) a deep-link id names, if it names one. */
export function faqIndexOf(recordId: string, id: string): number | undefined {
  const prefix = `${recordId}-faq-`;
  const n = id.startsWith(prefix) ? Number(id.slice(prefix.length)) : NaN;
  return Number.isInteger(n) && n >= 1 ? n - 1 : undefined;
}

export interface FaqState {
  isOpen: (index: number) => boolean;
  onChange: (index: number, open: boolean) => void;
}

export function faqTemplate(items: FaqItem[], ctx: BlockContext, state: FaqState) {
  return html`<div part="faq" class="block faq" id=${`${ctx.recordId}-faq`}>
    ${heading(ctx.level, ctx.words.faq, { className: 'block-title' })}
    ${items.map((item, index) => {
      const anchor = faqAnchor(ctx.recordId, index);
      const disclosure = {
        open: state.isOpen(index),
        onChange: (open: boolean) => state.onChange(index, open),
        buttonId: `faq-q-${index}`,
        panelId: `faq-a-${index}`,
        label: item.question,
        panel: html`<p dir="auto">${item.answer}</p>
          <a class="anchor-link" href=${ctx.linkTo(anchor)}>${ctx.words.linkToQuestion}</a>`,
        panelClass: 'panel answer',
      };
      return html`<div class="faq-item" id=${anchor} dir="auto">
        ${heading(ctx.level + 1, disclosureButton(disclosure), { className: 'question' })}
        ${disclosurePanel(disclosure)}
      </div>`;
    })}
  </div>`;
}

export const faqStyles = css`
  .faq-item {
    border-block-end: 1px solid var(--_border-color);
  }
  .faq-item:first-of-type {
    border-block-start: 1px solid var(--_border-color);
  }
  .question {
    margin: 0;
    font-size: 1em;
  }
  .question .toggle {
    padding-block: 0.7em;
  }
  .answer p {
    margin: 0 0 0.4em;
  }
  .anchor-link {
    display: inline-block;
    margin-block-end: 0.8em;
    font-size: 0.875em;
    color: var(--_accent);
  }
`;
