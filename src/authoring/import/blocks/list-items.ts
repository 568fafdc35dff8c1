/** The items of the list under a `## Quick facts`, `## Key takeaways` or `## References` heading, one paragraph each. */
import type { Paragraph } from 'mdast';
import type { Draft } from '../../draft.js';
import { blockName, isIgnorable, lineOf } from '../block-nodes.js';
import type { Block } from '../outline.js';

export interface ListEntry {
  line: number | undefined;
  /** `undefined` for an empty item (`- ` alone), which the reader treats as empty text. */
  paragraph: Paragraph | undefined;
}

export function readListItems(block: Block, draft: Draft, blockTitle: string): ListEntry[] {
  const entries: ListEntry[] = [];
  for (const node of block.nodes) {
    if (isIgnorable(node)) continue;
    if (node.type !== 'list') {
      draft.problem(lineOf(node), `${blockName(node)} cannot stand under "## ${blockTitle}": only a list is read there`);
      continue;
    }
    for (const item of node.children) {
      const children = item.children.filter((child) => !isIgnorable(child));
      const [first] = children;
      if (children.length <= 1 && (!first || first.type === 'paragraph')) {
        entries.push({ line: lineOf(item), paragraph: first });
        continue;
      }
      const extra = children.find((child) => child.type !== 'paragraph');
      draft.problem(
        lineOf(item),
        `each item under "## ${blockTitle}" is one paragraph; this one also holds ${extra ? blockName(extra) : 'more paragraphs'}`,
      );
    }
  }
  return entries;
}
