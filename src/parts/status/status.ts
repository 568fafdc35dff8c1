import { css, html, nothing } from 'lit';
import type { LoadError } from '../../errors.js';
import type { Words } from '../../i18n/index.js';
import { describeProblem } from '../../record/issues.js';

/** How many `path: problem` lines the error state shows before summarising the rest. */
export const SHOWN_ISSUES = 5;

/** The plain-language sentence for an error, in the card's language. */
export function errorMessage(error: LoadError, words: Words): string {
  const say = words.errors;
  switch (error.kind) {
    case 'network':
      return error.badAddress ? say.badAddress : say.network;
    case 'http':
      return say.http(String(error.status));
    case 'parse':
      return error.contentType ? say.notJson(error.contentType) : say.parse(error.line, error.column);
    case 'unsupported-version':
      return say['unsupported-version'](String(error.detail));
    default:
      return say[error.kind];
  }
}

/** A placeholder with the rough shape of a card, so the page does not jump when it fills in. */
export const loadingTemplate = (words: Words) => html`<div class="placeholder">
  <span class="visually-hidden">${words.loading}</span>
  <div class="bone" aria-hidden="true"></div>
  <div class="bone" aria-hidden="true"></div>
  <div class="bone" aria-hidden="true"></div>
</div>`;

export function errorTemplate(error: LoadError, words: Words, onRetry: (() => void) | undefined) {
  const issues = error.problems ?? [];
  const more = issues.length - SHOWN_ISSUES;
  return html`<div part="error" class="error" role="alert">
    <p class="error-title">${words.errorTitle}</p>
    <p class="error-message">${errorMessage(error, words)}</p>
    ${issues.length
      ? html`<ul class="issues">
          ${issues.slice(0, SHOWN_ISSUES).map((issue) => html`<li><code>${describeProblem(issue)}</code></li>`)}
          ${more > 0 ? html`<li>+${more}</li>` : nothing}
        </ul>`
      : nothing}
    ${onRetry ? html`<button type="button" class="retry" @click=${onRetry}>${words.retry}</button>` : nothing}
  </div>`;
}

export const statusStyles = css`
  .placeholder {
    min-height: var(--_placeholder-height);
    display: grid;
    align-content: start;
    gap: 0.75rem;
  }
  .bone {
    height: 0.9rem;
    border-radius: 0.4rem;
    background: var(--_border-color);
    opacity: 0.6;
  }
  /* A title, a line of summary, then the first block. */
  .bone:first-of-type {
    height: 1.6rem;
    width: 45%;
  }
  .bone:last-of-type {
    height: 9rem;
  }
  .error {
    border: 1px solid var(--_border-color);
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.66);
    padding: 0.75em 1em;
  }
  .error-title {
    margin: 0;
    font-weight: 700;
  }
  .error-message {
    margin: 0.35em 0 0;
  }
  .issues {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .retry {
    margin-block-start: 0.75em;
  }
`;
