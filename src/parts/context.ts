import type { Words } from '../i18n/index.js';

/** What every block template needs from the element: words and outline levels. */
export interface BlockContext {
  words: Words;
  /** Level of the block's own heading (card title + 1, capped at 6). */
  level: number;
  /** The record id, which prefixes every deep-link id. */
  recordId: string;
  /** The page URL with `#id` in place of its fragment: a link that can be copied and shared. */
  linkTo: (id: string) => string;
}
