/**
 * The static-HTML floor for rendered cards, derived from `renderCard`'s own output
 * so the text and the layout are the same as the rendered card's, byte for byte:
 * the declarative shadow root becomes a plain `<div>` holding the same `<article>`,
 * the embedded record is dropped (nothing takes over), and the shadow root's
 * stylesheet is written once for the page with `:host` turned into that div's class.
 */

/** The class the host `<div>` gets in place of `:host`. */
export const HOST_CLASS = 'cc-host';

const RENDERED = new RegExp(
  [
    '^<compound-card(?<attributes>[^>]*)>',
    '<template shadowroot(?:mode)?="open"[^>]*>',
    '(?:<style>[\\s\\S]*?</style>|<link rel="stylesheet"[^>]*>)',
    '(?<article><article[\\s\\S]*</article>)',
    '</template>',
    '<script type="application/json">[^<]*</script>',
    '</compound-card>$',
  ].join(''),
);

/**
 * One rendered card (`renderCard` without `jsonLd`) as plain HTML. Throws when the
 * fragment no longer has the shape this expects, rather than measure something else.
 * Record text cannot fake the delimiters: the renderer writes every `<` in it as
 * `&lt;` and every `<` in the JSON as `\u003c`.
 * @param {string} fragment
 * @returns {string}
 */
export function staticFromRendered(fragment) {
  const match = RENDERED.exec(fragment.trim());
  // RENDERED has named groups, so every match has `groups`.
  if (!match?.groups) throw new Error('renderCard output has an unexpected shape: update bench/static-from-rendered.mjs');
  const { attributes, article } = match.groups;
  return `<div class="${HOST_CLASS}"${attributes}>${article}</div>`;
}

/**
 * The card's shadow-root stylesheet (`cardStylesheet()`) for the light DOM:
 * `:host(x)` → `.cc-host` compounded with `x` (`:host([hidden])` → `.cc-host[hidden]`),
 * `:host` → `.cc-host`. Shadow-only selectors with no light-DOM meaning are refused.
 * @param {string} css
 * @returns {string}
 */
export function staticStylesheet(css) {
  if (/:host-context|::slotted|::part/.test(css)) throw new Error('the card stylesheet uses a shadow-only selector the static floor cannot mirror');
  return css.replace(/:host\(([^)]*)\)/g, `.${HOST_CLASS}$1`).replace(/:host\b/g, `.${HOST_CLASS}`);
}
