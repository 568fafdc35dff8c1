/** The items of the list under a `## Quick facts`, `## Key takeaways` or `## References` heading, one paragraph each. */
import type { Paragraph } from 'mdast';
import type { Draft } from '../../draft.js';
import type { Place } from '../../problems.js';
import { blockName, isIgnorable, placeOf } from '../block-nodes.js';
import type { Block } from '../outline.js';

export interface ListEntry {
  at: Place | undefined;
  /** `undefined` for an empty item (`- ` alone), which the reader treats as empty text. */
  paragraph: Paragraph | undefined;
}

export function readListItems(block: Block, draft: Draft, blockTitle: string): ListEntry[] {
  const entries: ListEntry[] = [];
  for (const node of block.nodes) {
    if (isIgnorable(node)) continue;
    if (node.type !== 'list') {
      draft.problem(placeOf(node), `${blockName(node)} cannot stand under "## ${blockTitle}": only a list is read there`);
      continue;
    }
    for (const item of node.children) {
      const children = item.children.filter((child) => !isIgnorable(child));
      const [first] = children;
      if (children.length <= 1 && (!first || first.type === 'paragraph')) {
        entries.push({ at: placeOf(item), paragraph: first });
        continue;
      }
      const extra = children.find((child) => child.type !== 'paragraph');
      draft.problem(
        placeOf(item),
        `each item under "## ${blockTitle}" is one paragraph; this one also holds ${extra ? blockName(extra) : 'more paragraphs'}`,
      );
    }
  }
  return entries;
}
