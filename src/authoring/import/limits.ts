/**
 * Limits checked on the raw text before it is parsed. The CommonMark parser
 * (micromark) is correct on any input but not fast on every input: measured on
 * this project's 2-core machine, 10 MB of prose takes about 26 s, 100,000 `>`
 * on one line about 140 s, a few thousand block quotes or list items (in a 16 KB
 * file) several seconds, and time grows faster than the text for nested
 * containers and for unclosed links. A record has at most 512 KiB and needs none
 * of that: no block quote, one list level, a few links. So text far beyond what
 * any record needs is refused here, at once, with the line where it starts,
 * instead of being parsed for minutes. Every article the exporter writes for a
 * valid record passes these limits.
 */
import type { ArticleProblem } from '../problems.js';
import { positionAt } from '../../record/text-position.js';

/** The exporter writes at most about 2.5 characters per record byte (a line break inside a text is `&#10;`), so 2 MiB covers every record. */
export const MAX_ARTICLE_LENGTH = 2 * 1024 * 1024;
/** Paragraphs, headings and list items: a record holds at most about 1,400 (more when answers have many paragraphs). */
const MAX_BLOCKS = 10_000;
/** Block quotes are not part of the format (the importer reports each); past this many the parser itself is the problem. */
const MAX_QUOTE_LINES = 100;
/** `>` and list markers opening containers on one line (`- - - x`, `>>>> x`): the format needs one. */
const MAX_MARKERS_PER_LINE = 8;
/** Columns of indentation before a list marker: nesting lists, which the format never needs, takes two or more per level. */
const MAX_LIST_INDENT = 32;
/** Brackets that can open a link, and emphasis or code marks, not escaped with a backslash. */
const MAX_LINK_BRACKETS = 2_000;
const MAX_INLINE_MARKS = 20_000;

const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;
const MARKER = />|[-+*]|\d{1,9}[.)]/g;
const HEADING_LINE = /^[ \t]*#/;

/** `[` or `*`, `_`, `` ` `` after an even run of backslashes (an odd run escapes it). */
const UNESCAPED_BRACKET = /(?<!\\)(?:\\\\)*\[/g;
const UNESCAPED_MARK = /(?<!\\)(?:\\\\)*[*_`]/g;

const columns = (indent: string) => [...indent].reduce((width, char) => (char === '\t' ? width + 4 - (width % 4) : width + 1), 0);

function countOver(text: string, pattern: RegExp, max: number): number | undefined {
  let count = 0;
  for (const match of text.matchAll(pattern)) if (++count > max) return match.index;
  return undefined;
}

/** 10000 → "10,000", the same in every locale. */
export const count = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** The first limit the text goes past, as a problem; none for any reasonable article. */
export function checkLimits(text: string): ArticleProblem[] {
  if (text.length > MAX_ARTICLE_LENGTH) {
    return [{ line: null, message: 'the article is larger than 2 MiB, far more than any record (at most 512 KiB) needs' }];
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return [{ line: positionAt(text, nul).line, message: 'this line holds a NUL character: the file is binary, not a Markdown article' }];
  }

  const lines = text.split(/\r\n|\r|\n/);
  let blocks = 0;
  let quoteLines = 0;
  let previousBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const blank = !line.trim();
    const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
    const markers: string[] = prefix.match(MARKER) ?? [];
    const here = (message: string): ArticleProblem[] => [{ line: i + 1, message }];
    if (markers.length > MAX_MARKERS_PER_LINE) {
      return here(`nested too deeply: more than ${MAX_MARKERS_PER_LINE} list or quote markers open this line (the article format needs one list level)`);
    }
    if (markers.length && markers[0] !== '>' && columns(/^[ \t]*/.exec(prefix)![0]) > MAX_LIST_INDENT) {
      return here(`nested too deeply: this list item is indented more than ${MAX_LIST_INDENT} columns (the article format needs one list level)`);
    }
    if (markers.includes('>') && ++quoteLines > MAX_QUOTE_LINES) {
      return here(`more than ${MAX_QUOTE_LINES} block quote lines: block quotes are not part of the article format`);
    }
    if (!blank && (previousBlank || markers.length || HEADING_LINE.test(line))) blocks += Math.max(1, markers.length);
    if (blocks > MAX_BLOCKS) {
      return here(`more than ${count(MAX_BLOCKS)} paragraphs, headings and list items: far more than a record holds`);
    }
    previousBlank = blank;
  }

  const bracket = countOver(text, UNESCAPED_BRACKET, MAX_LINK_BRACKETS);
  if (bracket !== undefined) {
    return [{ line: positionAt(text, bracket).line, message: `more than ${count(MAX_LINK_BRACKETS)} "[" that could open links: far more than a record needs (escape a literal one as \\[)` }];
  }
  const mark = countOver(text, UNESCAPED_MARK, MAX_INLINE_MARKS);
  if (mark !== undefined) {
    return [{ line: positionAt(text, mark).line, message: `more than ${count(MAX_INLINE_MARKS)} emphasis or code marks (*, _, \`): far more than a record needs` }];
  }
  return [];
}
