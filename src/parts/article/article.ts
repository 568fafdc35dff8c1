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
      return html`<section class="block" id=${anchor} dir="auto">
        <div class="section-head">
          ${heading(ctx.level, section.title, { className: 'block-title' })}
          <a class="anchor" href=${ctx.linkTo(anchor)} aria-label=${ctx.words.linkToSection(section.title)}>#</a>
        </div>
        ${section.paragraphs.map((paragraph) => html`<p dir="auto">${paragraph}</p>`)}
      </section>`;
    })}
  </div>`;
}

export const articleStyles = css`
  /* The "#" link sits beside the heading, not in it, so the heading's name stays the title. */
  .section-head {
    display: flex;
    align-items: baseline;
  }
  .article p {
    margin-block: 0 0.75em;
  }
  .article p:last-child {
    margin-block-end: 0;
  }
`;
