/**
 * Vite plugin for the script-tag bundle: a second minification of the built
 * chunk with terser, after the bundler's own minifier. Terser, run twice over
 * the chunk, finds about 270 bytes (brotli) that the first minifier leaves, which
 * is what keeps the card's features inside the 16 KiB budget. The floor that
 * `npm run size` measures the card against gets the same pass, so the ratio
 * compares like with like.
 */
import { minify } from 'terser';
import type { Plugin } from 'vite';

/**
 * Lit's production build keeps three long error messages for a developer who passes
 * `css` or `html` something they do not take. The card never does, so each is
 * shortened to what it is about (about 100 bytes brotli); the error is still thrown.
 */
const LIT_MESSAGES: [RegExp, string][] = [
  [/"CSSResult is not constructable\.[^"]*"/, '"css: not constructable"'],
  [/"Value passed to 'css' function must be a 'css' function result: "\+(\w+)\+"[^"]*"/, '"css: not a css result: "+$1'],
  [/"invalid template strings array"/, '"html: not a template"'],
];

export function terserPass(fileName: string): Plugin {
  return {
    name: 'compound-card-terser-pass',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const chunk = bundle[fileName];
      if (chunk?.type !== 'chunk') return;
      // Twice: the second run, starting from what the first left, packs a few
      // dozen bytes smaller (brotli); a third gives them back (measured).
      for (let run = 0; run < 2; run++) {
        // unsafe_arrows writes a `function` expression that uses neither `this` nor
        // `arguments` as an arrow, which only breaks code that calls it with `new`:
        // here they are the functions the first minifier inlined and calls at once
        // (the bundle tests run the built file).
        const result = await minify(chunk.code, { ecma: 2020, compress: { passes: 2, unsafe_arrows: true }, mangle: true });
        if (result.code === undefined) throw new Error(`terser returned nothing for ${fileName}`);
        chunk.code = result.code;
      }
      for (const [message, short] of LIT_MESSAGES) chunk.code = chunk.code.replace(message, short);
    },
  };
}
