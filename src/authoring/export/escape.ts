/**
 * Record text written into Markdown so that the importer reads back exactly the
 * same text: every character CommonMark could take as markup is escaped, and
 * what Markdown cannot hold as written (spaces at either end, which it trims;
 * line breaks, which it folds; control characters) is written as a character
 * reference such as `&#10;`. The importer treats escapes and references as text
 * (see `import/markdown-tree.ts`), which is what makes this enough.
 */

export interface TextPlace {
  /** The text opens a block (a paragraph, a list item): a leading `#`, `>`, `-`, `+`, `~`, `=` or `1.` is text, not a heading, quote or list. */
  blockStart?: boolean;
  /** A heading's text: a trailing run of `#` is text, not the heading's closing sequence. */
  heading?: boolean;
  /** A section heading's text: a trailing `{#…}` is text, not the section's id. */
  sectionTitle?: boolean;
  /** A quick fact's label: its colons are text (the first unescaped colon ends the label). */
  label?: boolean;
  /** A reference's source: its commas are text, and so is a source made only of digits (not a year). */
  source?: boolean;
}

/** Inline markup anywhere: escapes, code, emphasis, links and images, autolinks and HTML. */
const ALWAYS_ESCAPED = new Set(['\\', '`', '*', '_', '[', ']', '<']);
/** What else can open a block at the start of a line: ATX heading, quote, list, fence, setext underline. */
const BLOCK_OPENERS = new Set(['#', '>', '-', '+', '~', '=']);
/** Sticky: tested at a position of the text, where an `&` stands. */
const LOOKS_LIKE_REFERENCE = /&#?[A-Za-z0-9]+;/y;
/**
 * Characters written as references wherever they stand: line breaks, which
 * Markdown would fold, and form feed. CommonMark turns a reference to any other
 * control character into U+FFFD, so those are written as they are (they are
 * plain text to the parser); NUL becomes U+FFFD either way, the one character
 * an article cannot carry.
 */
const WRITTEN_AS_REFERENCE = /^[\n\r\f\0]$/;
/**
 * Written as references at either end of a text: Markdown trims spaces and tabs
 * there, and bold cannot open next to any other white space (a quick fact's
 * label). Vertical tab has no reference that survives, and is not trimmed.
 */
const EDGE_SPACE = /^(?!\v)\s$/u;

const reference = (char: string) => `&#${char.codePointAt(0)};`;

/** Whether the `&` at string index `at` of `text` would be read as the start of a character reference. */
const opensReference = (text: string, at: number) => {
  LOOKS_LIKE_REFERENCE.lastIndex = at;
  return LOOKS_LIKE_REFERENCE.test(text);
};

/** The index, in characters (code points), of the string index `at` of `text`. */
const charIndex = (text: string, at: number) => Array.from(text.slice(0, at)).length;

/** Where a character must be backslash-escaped only because of where it stands. */
function escapedByPlace(text: string, place: TextPlace): Set<number> {
  const at = new Set<number>();
  if (place.blockStart) {
    if (BLOCK_OPENERS.has(text[0])) at.add(0);
    const ordered = /^\d{1,9}[.)](?=[ \t]|$)/.exec(text);
    if (ordered) at.add(ordered[0].length - 1);
  }
  const closing = place.heading ? /(?:^|[ \t])(#+)$/.exec(text) : null;
  if (closing) at.add(charIndex(text, closing.index + closing[0].length - closing[1].length));
  const id = place.sectionTitle ? /(?:^|[ \t])\{#[^{}\s]*\}$/.exec(text) : null;
  if (id) at.add(charIndex(text, id.index + id[0].indexOf('{')));
  return at;
}

export function escapeText(text: string, place: TextPlace = {}): string {
  const chars = Array.from(text);
  let lead = 0;
  while (lead < chars.length && EDGE_SPACE.test(chars[lead])) lead++;
  let trail = chars.length;
  while (trail > lead && EDGE_SPACE.test(chars[trail - 1])) trail--;
  const byPlace = escapedByPlace(text, place);
  let at = 0;
  let out = '';
  chars.forEach((char, i) => {
    if (i < lead || i >= trail || WRITTEN_AS_REFERENCE.test(char)) out += reference(char);
    else if (ALWAYS_ESCAPED.has(char) || byPlace.has(i)) out += `\\${char}`;
    else if (char === '&' && opensReference(text, at)) out += '\\&';
    else if ((place.label && char === ':') || (place.source && char === ',')) out += `\\${char}`;
    else out += char;
    at += char.length;
  });
  // "1995" alone after the link would be read as the year.
  if (place.source && /^\d+$/.test(text)) out = reference(text[0]) + out.slice(1);
  return out;
}

/**
 * A link destination that reads back as exactly `url`: as written when it is a
 * plain address, otherwise in angle brackets, where spaces are allowed and `<`,
 * `>` and `\` are escaped.
 */
export function escapeDestination(url: string): string {
  // Control characters are exactly what must be matched here.
  // eslint-disable-next-line no-control-regex
  if (/^[^\s<>()\\\u0000-\u001F\u007F-\u009F]+$/.test(url) && !/&#?[A-Za-z0-9]+;/.test(url)) return url;
  let at = 0;
  let out = '';
  for (const char of url) {
    if (char === '\n' || char === '\r') out += reference(char);
    else if (char === '<' || char === '>' || char === '\\') out += `\\${char}`;
    else if (char === '&' && opensReference(url, at)) out += '\\&';
    else out += char;
    at += char.length;
  }
  return `<${out}>`;
}
