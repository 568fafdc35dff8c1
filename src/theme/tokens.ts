/**
 * Every public custom property, with its light and dark default. The styles read
 * them only through the private `--_name` variables generated here, so a host's
 * own variables never leak in and each public property has one definition.
 */
import { unsafeCSS } from 'lit';

/** [name without the `--compound-card-` prefix, light default, dark default] */
export const TOKENS = [
  ['font-family', 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', ''],
  ['font-size', '1rem', ''],
  ['color', '#1c1f23', '#e6e8eb'],
  ['muted-color', '#4f5661', '#b4bac3'],
  ['background', '#ffffff', '#15181c'],
  ['accent', '#0a58a8', '#8cbcff'],
  ['border-color', '#cfd4da', '#3b424b'],
  ['radius', '12px', ''],
  ['spacing', '1rem', ''],
  ['disclaimer-color', '#4a3200', '#ffe2a6'],
  ['disclaimer-background', '#fff4d6', '#33280d'],
  ['placeholder-height', '18rem', ''],
] as const;

export const PREFIX = '--compound-card-';

const declarations = (column: 1 | 2) =>
  TOKENS.filter((token) => token[column])
    .map((token) => `--_${token[0]}:var(${PREFIX}${token[0]},${token[column]});`)
    .join('');

/**
 * Light values on the card root; dark ones on `.card.dark`, and on `.card.auto`
 * when the reader's scheme is dark. The class comes from the normalised `theme`,
 * so an unknown value simply stays light. A rendered card's inline stylesheet
 * holds only the blocks its `theme` uses (src/ssr/render-card.ts).
 */
export const themeBlocks = {
  light: `.card{${declarations(1)}}`,
  dark: `.card.dark{${declarations(2)}}`,
  auto: `@media (prefers-color-scheme:dark){.card.auto{${declarations(2)}}}`,
};

/** The three blocks, for the card's own stylesheet. */
export const tokenStyles = unsafeCSS(themeBlocks.light + themeBlocks.dark + themeBlocks.auto);
