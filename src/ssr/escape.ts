/**
 * Writing values into HTML as text, where no DOM does it for us: in Node, and in
 * the playground's embed code. Lit's server renderer escapes the card's own
 * template; these cover what is written around it.
 */

/** Text for a double-quoted attribute value: nothing in it can end the attribute or start a tag. */
export const escapeAttribute = (value: string): string =>
  value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * JSON for the inside of a `<script>` element. A script's text ends at the first
 * `</script`, and `<!--` can change how the parser reads what follows, so every
 * `<` (with `>` and `&` for good measure) is written as a JSON escape: the text
 * still parses to exactly the same value. U+2028 and U+2029 are escaped too, for
 * tools that read the text as JavaScript.
 */
export const scriptJson = (value: unknown, indent?: number): string =>
  JSON.stringify(value, null, indent).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
