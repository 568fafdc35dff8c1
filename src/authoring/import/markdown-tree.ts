/**
 * The article's syntax tree, from `mdast-util-from-markdown` (CommonMark) with
 * YAML front matter. One change to the tree it builds: backslash escapes and
 * character references become `protectedText` nodes of their own instead of
 * melting into the text around them. The importer needs to know which
 * characters the author protected: `Ratio\: x: 1` is the label "Ratio: x", a
 * written `&#10;` is a line break inside the text while a line break in the
 * source is only a wrapped line, and `\{#id}` at the end of a heading is text,
 * not the section's id. The export relies on the same distinction to write
 * any text so that it comes back unchanged.
 */
import type { Root } from 'mdast';
import { fromMarkdown, type CompileContext, type Extension, type Token } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';

declare module 'mdast' {
  /** Text the author wrote with a backslash escape or a character reference: never markup to the importer. */
  interface ProtectedText extends Literal {
    type: 'protectedText';
  }
  interface PhrasingContentMap {
    protectedText: ProtectedText;
  }
  interface RootContentMap {
    protectedText: ProtectedText;
  }
}

function enterProtected(this: CompileContext, token: Token): undefined {
  this.enter({ type: 'protectedText', value: '' }, token);
}

function exitProtected(this: CompileContext, token: Token): undefined {
  this.exit(token);
}

/** The escaped character itself (the default handler would also close the node, which `exitProtected` does). */
function exitEscapedCharacter(this: CompileContext, token: Token): undefined {
  const node = this.stack[this.stack.length - 1];
  if (node.type === 'protectedText') node.value += this.sliceSerialize(token);
}

const protectedCharacters: Extension = {
  enter: { characterEscape: enterProtected, characterReference: enterProtected },
  exit: { characterEscape: exitProtected, characterEscapeValue: exitEscapedCharacter, characterReference: exitProtected },
};

export function parseArticle(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), protectedCharacters],
  });
}
