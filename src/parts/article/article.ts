import { css, html } from 'lit';
import type { Section } from '../../record/schema.js';
import type { BlockContext } from '../context.js';
import { heading } from '../heading/heading.js';

/** Deep-link id of an article section, e.g. `thymogen-section-overview`. */
export const sectionAnchor = (recordId: string, sectionId: string) => `${recordId}-section-${sectionId}`;

export function articleTemplate(sections: Section[], ctx: BlockContext) {
  return html`<div part="article" class="article">
    ${sections.map((section) => {
      const anchor = sectionAnchor(ctx.recordId, section.id);
      return html`<section class="block" id=${anchor}>
        ${heading(
          ctx.level,
          html`${section.title}<a class="anchor" href=${ctx.linkTo(anchor)} aria-label=${ctx.words.linkToSection(section.title)}>#</a>`,
          { className: 'block-title' },
        )}
        ${section.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
      </section>`;
    })}
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
