import { css } from 'lit';

/**
 * Styles for a server-rendered card read without JavaScript. Its markup is the
 * client's, collapsed panels included (`hidden="until-found"`), but no script
 * will open them: every panel shows, and the toggles stop looking like controls.
 * The bundle never needs these (its cards run script), so only the server
 * renderer and `compound-card.css` carry them.
 */
export const noScriptStyles = css`
  @media (scripting: none) {
    .panel[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    .toggle {
      cursor: auto;
    }
    .toggle::after,
    .anchor,
    .anchor-link {
      display: none;
    }
  }
`;
