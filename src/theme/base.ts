import { css } from 'lit';

/** Layout and controls shared by every part. Logical properties throughout, so `dir="rtl"` mirrors the card. */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .card {
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.55;
    color: var(--_color);
    background: var(--_background);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    padding: calc(var(--_spacing) * 1.25);
    overflow-wrap: break-word;
  }
  /* Focused only from script (after Retry, to keep the reader's place): no ring on the whole card. */
  .card:focus {
    outline: none;
  }
  .block {
    margin-block-start: calc(var(--_spacing) * 1.25);
  }
  .block-title {
    margin: 0 0 0.5em;
    font-size: 1.15em;
    line-height: 1.3;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .toggle {
    display: flex;
    width: 100%;
    align-items: start;
    gap: 0.75em;
    padding: 0.25em 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
  }
  /* At the end of the first line whether or not the label is there yet: the parser
     can stop between a button's start tag and its text, and a frame painted then must
     not put the arrow anywhere else (a layout shift of the whole row's width). */
  .toggle::after {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin-block-start: calc(0.5lh - 0.25em - 1px);
    margin-inline: auto 0.25em;
    /* Physical borders on purpose: down and up do not depend on the writing direction,
       and mirrored logical borders would turn the rotated arrow sideways in RTL. */
    border: solid;
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='true']::after {
    transform: rotate(-135deg);
  }
  /* The section link: a quiet "#" beside the heading. */
  .anchor {
    margin-inline-start: 0.4em;
    color: var(--_accent);
  }
  .retry {
    padding: 0.4em 1.1em;
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_background);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 4px;
  }
  /* Only ever on spans the card renders itself, which carry no margin, padding or border. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @container (max-width: 22rem) {
    .card {
      padding: calc(var(--_spacing) * 0.75);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .toggle::after {
      transition: none;
    }
  }
  @media print {
    .card {
      border-color: #888;
    }
    .toggle::after,
    .retry,
    .anchor,
    .anchor-link {
      display: none;
    }
    /* Collapsed panels print open: \`until-found\` hides with content-visibility, plain \`hidden\` with display. */
    .panel[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    .references a::after {
      content: ' <' attr(href) '>';
      color: inherit;
    }
    .references a .visually-hidden {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .card,
    .facts,
    .error {
      border-color: CanvasText;
    }
    .card > .disclaimer {
      border: 2px solid CanvasText;
    }
    .bone {
      background: GrayText;
    }
    button:focus-visible,
    a:focus-visible {
      outline-color: Highlight;
    }
  }
`;
