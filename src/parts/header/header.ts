import { css, html, nothing } from 'lit';
import type { CompoundRecord } from '../../record/schema.js';
import type { Words } from '../../i18n/index.js';
import { heading } from '../heading/heading.js';

export const TITLE_ID = 'title';

/**
 * `2026-11-24` in the reader's language, from its own month names: the record's
 * schema has already checked that the date is a real one in this form.
 */
const formatDate = (date: string, words: Words): string => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return words.date(day, month - 1, year);
};

export function headerTemplate(record: CompoundRecord, level: number, words: Words) {
  return html`<header part="header" class="header" dir="auto">
    ${heading(level, record.name, { id: TITLE_ID, className: 'title', part: 'title' })}
    ${record.summary ? html`<p class="summary" dir="auto">${record.summary}</p>` : nothing}
    ${record.updated
      ? html`<p class="updated">
          ${words.updated} <time datetime=${record.updated}>${formatDate(record.updated, words)}</time>
        </p>`
      : nothing}
  </header>`;
}

export const headerStyles = css`
  .header {
    margin-block-end: var(--_spacing);
  }
  .title {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .summary {
    margin-block: 0.35em 0;
    font-size: 1.05em;
  }
  .updated {
    margin-block: 0.35em 0;
    color: var(--_muted-color);
    font-size: 0.875em;
  }
`;
