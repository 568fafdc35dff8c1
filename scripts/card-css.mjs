// Writes `dist/compound-card.css`: the card's shadow-root styles as a file, for
// `compound-card render --stylesheet` on pages whose CSP forbids inline styles.
// It comes from the element's own styles (the ones the bundle adopts), through
// the built `./ssr` entry, so the two cannot drift apart.
import { writeFileSync } from 'node:fs';
import { cardStylesheet } from '../dist/esm/ssr.js';

const css = `/* compound-card: the card's shadow-root styles, for rendered cards under a strict CSP. */\n${cardStylesheet()}\n`;
writeFileSync('dist/compound-card.css', css);
console.log(`dist/compound-card.css: ${css.length} bytes`);
