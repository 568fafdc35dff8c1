import { css, html } from 'lit';
import type { BlockContext } from '../context.js';
import { heading } from '../heading/heading.js';

export function takeawaysTemplate(takeaways: string[], ctx: BlockContext) {
  return html`<div part="takeaways" class="block takeaways" id=${`${ctx.recordId}-takeaways`}>
    ${heading(ctx.level, ctx.words.keyTakeaways, { className: 'block-title' })}
    <ul>
      ${takeaways.map((item) => html`<li dir="auto">${item}</li>`)}
    </ul>
  </div>`;
}

export const takeawaysStyles = css`
  .takeaways ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .takeaways li + li {
    margin-block-start: 0.4em;
  }
`;
