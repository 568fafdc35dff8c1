import { css, html, nothing } from 'lit';
import type { CompoundRecord } from '../../record/schema.js';
import type { Words } from '../../i18n/index.js';
import { heading } from '../heading/heading.js';

export const TITLE_ID = 'title';

/** `2026-11-24` in the reader's language; the date has no time, so it is read as UTC. */
function formatDate(date: string, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  } catch {
    return date;
  }
}

export function headerTemplate(record: CompoundRecord, level: number, words: Words, language: string) {
  return html`<header part="header" class="header" dir="auto">
    ${heading(level, record.name, { id: TITLE_ID, className: 'title', part: 'title' })}
    ${record.summary ? html`<p class="summary" dir="auto">${record.summary}</p>` : nothing}
    ${record.updated
      ? html`<p class="updated">
          ${words.updated} <time datetime=${record.updated}>${formatDate(record.updated, language)}</time>
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
