/**
 * Vite plugin for the script-tag bundle: a second minification of the built
 * chunk with terser, after the bundler's own minifier. Terser, run twice over
 * the chunk, finds about 270 bytes (brotli) that the first minifier leaves, which
 * is what keeps the card's features inside the 16 KiB budget. The floor that
 * `npm run size` measures the card against gets the same pass, so the ratio
 * compares like with like (only the rewrites of what the card itself replaces,
 * CARD_LIT_REWRITES, are the card's alone).
 */
import { minify } from 'terser';
import type { Plugin } from 'vite';

/**
 * Rewrites of Lit's production build, applied before terser so it drops what they
 * leave unused (about 400 bytes brotli in all, with the card-only ones below):
 * - three long error messages for a developer who passes `css` or `html` something
 *   they do not take, which the card never does: shortened to what each is about,
 *   and still thrown;
 * - the hooks through which globals of the page would patch this bundle's private
 *   copy of Lit: polyfill support (for browsers without shadow DOM, far below the
 *   card's floor) and hydration support (which would make the card hydrate instead
 *   of taking over its server markup as it does); and the version lists Lit
 *   appends to, which only Lit's development build reads;
 * - Lit's test for constructable stylesheets, which every browser at the card's
 *   floor has (README, "Tested engines and supported browsers"): its fallback,
 *   `<style>` elements, goes;
 * - reactive controllers: the card has none, and the bundle's Lit is private to
 *   it (nothing else can define an element with it), so `addController` and the
 *   calls of each life-cycle hook on the controllers go;
 * - decorator support, for the same reason: the card declares its properties in
 *   `static properties`, with no decorator and no accessor of its own, so class
 *   initializers (`addInitializer`), decorator metadata (`Symbol.metadata`,
 *   `litPropertyMetadata`) and wrapped accessors go;
 * - connection callbacks for async directives, which the card does not use
 *   (no `lit/async-directive` in the bundle): the element's and its render part's
 *   `setConnected` and the `isConnected` render option go;
 * - LitElement's default `render()` (every element here writes its own) and the
 *   `_$litElement$` marker that only server rendering reads;
 * - helpers that return what they are given in Lit's production build (the property
 *   names a Closure build would rename, the node wrapper of the ShadyDOM polyfill, the
 *   style fallback with constructable stylesheets), called with what they return, and
 *   the `globalThis` aliases that only the rewrites above read, so terser drops them.
 */
const LIT_REWRITES: [RegExp, string][] = [
  [/(["'`])CSSResult is not constructable\.[^]*?instead\.\1/, '"css: not constructable"'],
  [/(["'`])Value passed to 'css' function must be a 'css' function result: [^]*?take care to ensure page security\.\1/, '"css: not a css result"'],
  [/(["'`])invalid template strings array\1/, '"html: not a template"'],
  [/[\w$]+\.(?:reactiveElement|litHtml|litElement)PolyfillSupport\b/g, 'void 0'],
  [
    /[\w$]+\.ShadowRoot&&\([\w$]+\.ShadyCSS===void 0\|\|[\w$]+\.ShadyCSS\.nativeShadow\)&&["'`]adoptedStyleSheets["'`]in Document\.prototype&&["'`]replace["'`]in CSSStyleSheet\.prototype/,
    '!0',
  ],
  [/[\w$]+\.litElementHydrateSupport\?\.\(\{\s*LitElement:\s*[\w$]+\s*\}\)/, 'void 0'],
  [/\([\w$]+\.(?:reactiveElement|litHtml|litElement)Versions\s*\?\?=\s*\[\]\)\.push\(["'`][\d.]+["'`]\)/g, 'void 0'],
  [/addController\(([\w$]+)\)\{[^{}]*\}removeController\(([\w$]+)\)\{[^{}]*\}/, ''],
  [/,this\._\$EO\?\.forEach\(([\w$]+)=>\1\.host(?:Connected|Update)\?\.\(\)\)/g, ''],
  [/this\._\$EO\?\.forEach\(([\w$]+)=>\1\.host(?:Disconnected|Updated)\?\.\(\)\),?/g, ''],
  [/static addInitializer\(([\w$]+)\)\{this\._\$Ei\(\),\(this\.l\?\?=\[\]\)\.push\(\1\)\}/, ''],
  [/([\w$]+)\.l!==void 0&&\(this\.l=\[\.\.\.\1\.l\]\),/, ''],
  [/,this\.constructor\.l\?\.forEach\(([\w$]+)=>\1\(this\)\)/, ''],
  [/Symbol\.metadata\?\?=Symbol\(([`'"])metadata\1\),[\w$]+\.litPropertyMetadata\?\?=new WeakMap;/, ''],
  [/let ([\w$]+)=this\[Symbol\.metadata\];if\(\1!==null\)\{let ([\w$]+)=litPropertyMetadata\.get\(\1\);if\(\2!==void 0\)for\(let\[[\w$]+,[\w$]+\]of \2\)this\.elementProperties\.set\([\w$]+,[\w$]+\)\}/, ''],
  [/this\.prototype\.hasOwnProperty\(([\w$]+)\)&&\(\(([\w$]+)=Object\.create\(\2\)\)\.wrapped=!0\),/, ''],
  [
    /let ([\w$]+)=this\.constructor\.elementProperties;if\(\1\.size>0\)for\(let\[([\w$]+),([\w$]+)\]of \1\)\{let\{wrapped:([\w$]+)\}=\3,([\w$]+)=this\[\2\];!0!==\4\|\|this\._\$AL\.has\(\2\)\|\|\5===void 0\|\|this\.C\(\2,void 0,\3,\5\)\}/,
    '',
  ],
  [/connectedCallback\(\)\{super\.connectedCallback\(\),this\._\$Do\?\.setConnected\(!0\)\}disconnectedCallback\(\)\{super\.disconnectedCallback\(\),this\._\$Do\?\.setConnected\(!1\)\}/, ''],
  [/setConnected\(([\w$]+)\)\{this\._\$AM===void 0&&\(this\._\$Cv=\1,this\._\$AP\?\.\(\1\)\)\}/, ''],
  [/this\.hasUpdated\|\|\(this\.renderOptions\.isConnected=this\.isConnected\),/, ''],
  [/render\(\)\{return [\w$]+\}(\};)[\w$]+\._\$litElement\$=!0,/, '$1'],
  [/hasOwnProperty\([\w$]+\(((["'`])(?:elementProperties|finalized|properties)\2)\)\)/g, 'hasOwnProperty($1)'],
  [/\[[\w$]+\(((["'`])(?:elementProperties|finalized)\2)\)\]=/g, '[$1]='],
  [/let ([\w$]+)=[\w$]+\(([\w$]+)\)\.nextSibling;[\w$]+\(\2\)\.remove\(\)/, 'let $1=$2.nextSibling;$2.remove()'],
  [/[\w$]+=globalThis,([\w$]+=!0)/, '$1'],
  [/[\w$]+=globalThis,(?=[\w$]+=class extends)/, ''],
  [/([\w$]+)\.unshift\([\w$]+\(([\w$]+)\)\)\}else ([\w$]+)!==void 0&&\1\.push\([\w$]+\(\3\)\)/, '$1.unshift($2)}else $3!==void 0&&$1.push($3)'],
];

/**
 * Rewrites for the card's bundle only: the card attaches its own shadow root and
 * adopts its styles on its first update (src/compound-card.ts, `createRenderRoot`
 * and `update`), so Lit's two `createRenderRoot`s and the `shadowRootOptions`
 * they read are never called. The floor keeps them: it uses Lit's.
 */
export const CARD_LIT_REWRITES: [RegExp, string][] = [
  [/createRenderRoot\(\)\{let ([\w$]+)=this\.shadowRoot\?\?this\.attachShadow\(this\.constructor\.shadowRootOptions\);return [\w$]+\(\1,this\.constructor\.elementStyles\),\1\}/, ''],
  [/createRenderRoot\(\)\{let ([\w$]+)=super\.createRenderRoot\(\);return this\.renderOptions\.renderBefore\?\?=\1\.firstChild,\1\}/, ''],
  [/,[\w$]+\.shadowRootOptions=\{mode:(["'`])open\1\}/, ''],
];

/**
 * V8's explicit compile hint: with this comment before them, Chromium compiles every
 * function of the script while it streams the download in, on a background thread,
 * instead of each on its first call on the main thread. Nearly every function of the
 * card runs in the page's rehearsal or its first render, which get shorter: on a phone
 * profile (4× CPU) about 20–30 ms of a client-rendered card's task with the bundle in
 * `<head>`, measured before that card was rehearsed for (bench, "Main thread"); now it
 * shortens the rehearsal's steps and any render that comes before them. Its price is
 * paid where nothing renders at once: the eager compile adds about 5 ms at 4× to the
 * evaluation of a deferred bundle that only finds a server-rendered card (45 vs 40 ms,
 * 16 loads each).
 * Other engines read it as a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * The pass for `fileName`: Lit's rewrites (plus `extra` ones), then terser twice, then,
 * with `compileHint`, COMPILE_HINT at the start of the bundle's function (the functions
 * after the comment are the ones it covers; terser would have dropped it as a comment).
 */
export function terserPass(fileName: string, { extra = [], compileHint = false }: { extra?: [RegExp, string][]; compileHint?: boolean } = {}): Plugin {
  return {
    name: 'compound-card-terser-pass',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const chunk = bundle[fileName];
      if (chunk?.type !== 'chunk') return;
      // The rewrites drop the connection callbacks async directives rely on: a bundle
      // that takes one in (`until`, `ref`, `asyncAppend`…) must not build silently.
      const asyncDirective = chunk.moduleIds.find((id) => id.includes('async-directive'));
      if (asyncDirective) this.error(`${asyncDirective} is in ${fileName}, but LIT_REWRITES remove what async directives need`);
      for (const [pattern, replacement] of [...LIT_REWRITES, ...extra]) {
        const before = chunk.code;
        chunk.code = chunk.code.replace(pattern, replacement);
        if (chunk.code === before) this.error(`Lit's build no longer has ${pattern}: review LIT_REWRITES`);
      }
      // Twice: the second run, starting from what the first left, packs a few
      // dozen bytes smaller (brotli); a third gives them back (measured).
      for (let run = 0; run < 2; run++) {
        // unsafe_arrows writes a `function` expression that uses neither `this` nor
        // `arguments` as an arrow, which only breaks code that calls it with `new`:
        // here they are the functions the first minifier inlined and calls at once
        // (the bundle tests run the built file).
        // Lit's internal properties (`_$AH`, `_$litType$`…) get short names: this copy of Lit
        // is private to the bundle, so nothing outside it reads them.
        const result = await minify(chunk.code, { ecma: 2020, compress: { passes: 2, unsafe_arrows: true }, mangle: { properties: { regex: /^_\$/ } } });
        if (result.code === undefined) throw new Error(`terser returned nothing for ${fileName}`);
        chunk.code = result.code;
      }
      if (compileHint) {
        const start = chunk.code;
        chunk.code = chunk.code.replace(/^!function\(\)\{/, `$&${COMPILE_HINT}`);
        if (chunk.code === start) this.error(`${fileName} does not start with the IIFE the compile hint goes into`);
      }
    },
  };
}
