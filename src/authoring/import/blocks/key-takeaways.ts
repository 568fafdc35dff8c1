/** `## Key takeaways`: one takeaway per list item. */
import { BLOCK_TITLES } from '../../article-format.js';
import type { Draft } from '../../draft.js';
import { placeOf } from '../block-nodes.js';
import { inlineText } from '../inline-text.js';
import type { Block } from '../outline.js';
import { readListItems } from './list-items.js';

export function readKeyTakeaways(block: Block, draft: Draft): string[] {
  draft.place('keyTakeaways', placeOf(block.heading));
  return readListItems(block, draft, BLOCK_TITLES.keyTakeaways).map(({ at, paragraph }, i) => {
    draft.place(`keyTakeaways[${i}]`, at);
    return inlineText(paragraph?.children ?? []);
  });
}
