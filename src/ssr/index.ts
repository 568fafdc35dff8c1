/**
 * The `compound-card/ssr` entry, for Node: the card as HTML before any script
 * runs (`renderCard`), its structured data (`recordJsonLd`), and its styles as a
 * stylesheet (`cardStylesheet`, the content of `dist/compound-card.css`).
 * Importing it registers the element with Lit's server DOM shim, not a browser.
 */
import '../define.js';

export { cardStylesheet, InvalidRecordError, renderCard } from './render-card.js';
export { recordJsonLd, type JsonLdOptions } from './json-ld.js';
export { RENDER_OPTIONS, renderOptionsFrom, type RenderOption, type RenderOptions } from './options.js';
