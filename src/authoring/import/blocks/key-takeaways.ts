/** `## Key takeaways`: one takeaway per list item. */
import { BLOCK_TITLES } from '../../article-format.js';
import type { Draft } from '../../draft.js';
import { lineOf } from '../block-nodes.js';
import { inlineText } from '../inline-text.js';
import type { Block } from '../outline.js';
import { readListItems } from './list-items.js';

export function readKeyTakeaways(block: Block, draft: Draft): string[] {
  draft.place('keyTakeaways', lineOf(block.heading));
  return readListItems(block, draft, BLOCK_TITLES.keyTakeaways).map(({ line, paragraph }, i) => {
    draft.place(`keyTakeaways[${i}]`, line);
    return inlineText(paragraph?.children ?? []);
  });
}
