/**
 * Lines and columns in text, counted from 1 as editors and compilers count them,
 * with `\r\n`, `\r` and `\n` each ending a line: the one place the card, the
 * importers, the commands and the playground turn an offset into a place and back.
 */

/** The line and column of `offset` in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n?|\n/);
  return { line: lines.length, column: lines.pop()!.length + 1 };
}

/** The offset of a line and column in `text`; past its end, the text's length. */
export function offsetAt(text: string, line: number, column: number): number {
  const breaks = /\r\n?|\n/g;
  let lineStart = 0;
  for (let n = 1; n < line; n++) {
    if (!breaks.exec(text)) return text.length;
    lineStart = breaks.lastIndex;
  }
  return Math.min(lineStart + column - 1, text.length);
}
