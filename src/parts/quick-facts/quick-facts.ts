import { css, html } from 'lit';
import type { QuickFact } from '../../record/schema.js';
import { disclosureButton, disclosurePanel } from '../../disclosure/disclosure.js';
import type { BlockContext } from '../context.js';
import { heading } from '../heading/heading.js';

export interface QuickFactsState {
  open: boolean;
  onChange: (open: boolean) => void;
}

export function quickFactsTemplate(facts: QuickFact[], ctx: BlockContext, state: QuickFactsState) {
  const disclosure = {
    ...state,
    buttonId: 'facts-toggle',
    panelId: 'facts-panel',
    label: ctx.words.quickFacts,
    panel: html`<dl>
      ${facts.map((fact) => html`<div class="fact"><dt dir="auto">${fact.label}</dt><dd dir="auto">${fact.value}</dd></div>`)}
    </dl>`,
  };
  return html`<div part="facts" class="block facts" id=${`${ctx.recordId}-facts`}>
    ${heading(ctx.level, disclosureButton(disclosure), { className: 'block-title' })}
    ${disclosurePanel(disclosure)}
  </div>`;
}

export const quickFactsStyles = css`
  .facts {
    border: 1px solid var(--_border-color);
    border-radius: calc(var(--_radius) * 0.75);
    padding: calc(var(--_spacing) * 0.5) calc(var(--_spacing) * 0.75);
  }
  .facts dl {
    margin: calc(var(--_spacing) * 0.5) 0 0;
    display: grid;
    gap: 0.5em;
  }
  .fact {
    display: grid;
    grid-template-columns: minmax(7em, 1fr) 2fr;
    gap: 0.75em;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_border-color);
  }
  .fact dt {
    font-weight: 600;
  }
  .fact dd {
    margin: 0;
  }
  @container (max-width: 26rem) {
    .fact {
      grid-template-columns: 1fr;
      gap: 0.1em;
    }
  }
`;
