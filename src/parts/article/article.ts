import { css, html } from 'lit';
import type { Section } from '../../record/schema.js';
import type { BlockContext } from '../context.js';
import { heading } from '../heading/heading.js';

/** Deep-link id of an article section, e.g. `thymogen-section-overview`. */
export const sectionAnchor = (recordId: string, sectionId: string) => `${recordId}-section-${sectionId}`;

export function articleTemplate(sections: Section[], ctx: BlockContext) {
  return html`<div part="article" class="article">
    ${sections.map(
      (section) => html`<section class="block" id=${sectionAnchor(ctx.recordId, section.id)}>
        ${heading(ctx.level, section.title, { className: 'block-title' })}
        ${section.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
      </section>`,
    )}
  </div>`;
}

export const articleStyles = css`
  .article p {
    margin-block: 0 0.75em;
  }
  .article p:last-child {
    margin-block-end: 0;
  }
`;
