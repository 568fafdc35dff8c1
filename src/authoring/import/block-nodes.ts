/** What the importer says about, or silently skips among, the article's block nodes. */
import type { RootContent } from 'mdast';
import type { Place } from '../problems.js';

/**
 * Nodes that carry no text of the record and are skipped wherever they stand:
 * a thematic break (`---` between sections), a link reference definition, and
 * an HTML comment (an author's note to themselves).
 */
export function isIgnorable(node: RootContent): boolean {
  if (node.type === 'thematicBreak' || node.type === 'definition') return true;
  if (node.type !== 'html') return false;
  const html = node.value.trimEnd();
  return html.startsWith('<!--') && html.indexOf('-->') === html.length - 3;
}

/** A block node as a reader would name it in a message: "a list", "raw HTML", "a \"###\" heading". */
export function blockName(node: RootContent): string {
  switch (node.type) {
    case 'paragraph':
      return 'a paragraph';
    case 'list':
      return 'a list';
    case 'code':
      return 'a code block';
    case 'blockquote':
      return 'a block quote';
    case 'html':
      return 'raw HTML';
    case 'heading':
      return `a "${'#'.repeat(node.depth)}" heading`;
    default:
      return `a ${node.type}`;
  }
}

/** Where a node starts in the source (its line, and its column). */
export const placeOf = (node: { position?: { start: Place } }): Place | undefined => node.position?.start;
