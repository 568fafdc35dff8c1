import { css, html } from 'lit';
import type { Words } from '../../i18n/index.js';

/**
 * The fixed disclaimer. Its only input is the language's words: no record field,
 * attribute or slot reaches it, and it carries no `part`, so a host can recolour
 * it through the two custom properties and nothing more.
 */
export const disclaimerTemplate = (words: Words) =>
  html`<div role="note" class="disclaimer">${words.disclaimer}</div>`;

export const disclaimerStyles = css`
  .card > .disclaimer {
    /* Shown even where a host hides the card's other content by inheritance. */
    visibility: visible;
    /* Spacing may be themed, but never so as to move the disclaimer off the card. */
    margin-block-start: max(0.5rem, var(--_spacing));
    padding: 0.75em 1em;
    border-radius: calc(var(--_radius) * 0.66);
    border-inline-start: 4px solid currentColor;
    color: var(--_disclaimer-color);
    /* A colour only: an image here could cover the text. */
    background-color: var(--_disclaimer-background);
    /* Never smaller than legible, whatever font size the host sets. */
    font-size: max(0.875em, 12px);
    line-height: 1.45;
  }
`;
