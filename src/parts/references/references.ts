import { css, html, nothing } from 'lit';
import { REFERENCE_TYPES } from '../../record/rules.js';
import type { Reference } from '../../record/schema.js';
import { safeHttpUrl } from '../../record/safe-url.js';
import type { BlockContext } from '../context.js';
import { heading } from '../heading/heading.js';

function referenceItem(reference: Reference, ctx: BlockContext) {
  // Checked again here, not only in the schema: a link is the one place record data could navigate.
  const href = safeHttpUrl(reference.url);
  const title = href
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer"
        >${reference.title}<span class="visually-hidden"> ${ctx.words.opensInNewTab}</span></a
      >`
    : reference.title;
  return html`<li dir="auto">
    ${title}${reference.source ? html`<span class="source"> — ${reference.source}</span>` : nothing}${
      reference.year ? html`<span class="year"> (${reference.year})</span>` : nothing
    }
  </li>`;
}

/** References grouped by type, always in the order Study, Regulator, Reference. */
export function referencesTemplate(references: Reference[], ctx: BlockContext) {
  return html`<div part="references" class="block references" id=${`${ctx.recordId}-references`}>
    ${heading(ctx.level, ctx.words.references, { className: 'block-title' })}
    ${REFERENCE_TYPES.map((type) => {
      const group = references.filter((reference) => reference.type === type);
      return group.length
        ? html`<div class="reference-group" data-type=${type}>
            ${heading(ctx.level + 1, ctx.words.referenceTypes[type], { className: 'reference-type' })}
            <ul>
              ${group.map((reference) => referenceItem(reference, ctx))}
            </ul>
          </div>`
        : nothing;
    })}
  </div>`;
}

export const referencesStyles = css`
  .reference-type {
    margin: 0.75em 0 0.25em;
    font-size: 0.8em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted-color);
  }
  .references ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .references li + li {
    margin-block-start: 0.35em;
  }
  .references a {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  .source,
  .year {
    color: var(--_muted-color);
  }
`;
