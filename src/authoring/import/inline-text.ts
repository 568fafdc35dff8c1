/**
 * Inline Markdown reduced to the plain text a record holds (README, "Author records in Markdown":
 * emphasis, code and links give their text). The text is kept as pieces that
 * remember whether the author protected them (an escape, a character
 * reference, code), because the importer splits and trims only what is not
 * protected: the first colon of a quick fact, the commas of a reference, the
 * `{#id}` of a heading.
 */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface Piece {
  text: string;
  /** Written as an escape, a character reference, code or raw HTML: taken as is. */
  literal: boolean;
}

/** A wrapped line is a space, as when Markdown is shown; only a written `&#10;` (or a hard break) is a line break. */
const WRAPPED_LINE = /[ \t]*(?:\r\n|\r|\n)[ \t]*/g;

/**
 * The text of inline nodes, in order. Walks with its own stack rather than by
 * recursion, so emphasis nested thousands deep cannot overflow the call stack.
 */
export function inlinePieces(nodes: readonly Nodes[]): Piece[] {
  const pieces: Piece[] = [];
  const pending: Nodes[] = [...nodes].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    switch (node.type) {
      case 'text':
        pieces.push({ text: node.value.replace(WRAPPED_LINE, ' '), literal: false });
        break;
      case 'protectedText':
        pieces.push({ text: node.value, literal: true });
        break;
      case 'html':
        // An HTML comment is the author's note, not text; other inline HTML is kept as written, as code is.
        if (/^<!--[\s\S]*-->$/.test(node.value)) break;
        pieces.push({ text: node.value.replace(WRAPPED_LINE, ' '), literal: true });
        break;
      case 'inlineCode':
        // Code is kept as written: records are plain text, shown as text.
        pieces.push({ text: node.value.replace(WRAPPED_LINE, ' '), literal: true });
        break;
      case 'break':
        pieces.push({ text: '\n', literal: true });
        break;
      case 'image':
      case 'imageReference':
        pieces.push({ text: toString(node), literal: false });
        break;
      default:
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
    }
  }
  return pieces;
}

export const joinPieces = (pieces: readonly Piece[]): string => pieces.map((piece) => piece.text).join('');

/** Only spaces and tabs: what CommonMark itself strips around a paragraph or heading. */
export function trimPieces(pieces: readonly Piece[]): Piece[] {
  const result = pieces.map((piece) => ({ ...piece }));
  while (result.length && !result[0].literal) {
    result[0].text = result[0].text.replace(/^[ \t]+/, '');
    if (result[0].text) break;
    result.shift();
  }
  while (result.length && !result[result.length - 1].literal) {
    const last = result[result.length - 1];
    last.text = last.text.replace(/[ \t]+$/, '');
    if (last.text) break;
    result.pop();
  }
  return result;
}

/** The plain text of inline nodes, trimmed. */
export const inlineText = (nodes: readonly Nodes[]): string => joinPieces(trimPieces(inlinePieces(nodes)));

/** Splits at the first (or last) unprotected `char`; `undefined` when there is none. */
export function splitPieces(
  pieces: readonly Piece[],
  char: string,
  from: 'first' | 'last' = 'first',
): [before: Piece[], after: Piece[]] | undefined {
  const order = pieces.map((_, i) => i);
  if (from === 'last') order.reverse();
  for (const i of order) {
    const piece = pieces[i];
    if (piece.literal) continue;
    const at = from === 'first' ? piece.text.indexOf(char) : piece.text.lastIndexOf(char);
    if (at < 0) continue;
    return [
      [...pieces.slice(0, i), { text: piece.text.slice(0, at), literal: false }],
      [{ text: piece.text.slice(at + char.length), literal: false }, ...pieces.slice(i + 1)],
    ];
  }
  return undefined;
}

/** Whether the pieces are all unprotected text: only such text can be markup (a year, a type, an id). */
export const isUnprotected = (pieces: readonly Piece[]): boolean => pieces.every((piece) => !piece.literal);
