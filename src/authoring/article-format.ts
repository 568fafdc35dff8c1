/**
 * The names of the article format (README, "Author records in Markdown") that the importer reads and the
 * exporter writes, in one place so the two cannot drift apart.
 */
import type { ReferenceType } from '../record/schema.js';

/** The `## ` headings of the blocks that are not article sections, as the exporter writes them. */
export const BLOCK_TITLES = {
  quickFacts: 'Quick facts',
  keyTakeaways: 'Key takeaways',
  faq: 'Frequently asked questions',
  references: 'References',
} as const;

export type BlockKind = keyof typeof BLOCK_TITLES;

const BLOCK_NAMES = new Map<string, BlockKind>([
  ...Object.entries(BLOCK_TITLES).map(([kind, title]) => [title.toLowerCase(), kind as BlockKind] as const),
  ['faq', 'faq'],
]);

/** Which block a `## ` heading opens, whatever its case and spacing; `undefined` for an article section. */
export const blockKindOf = (title: string): BlockKind | undefined =>
  BLOCK_NAMES.get(title.replace(/\s+/g, ' ').trim().toLowerCase());

/** How a reference's type is written before its link. */
export const REFERENCE_TYPE_WORDS: Record<ReferenceType, string> = {
  study: 'Study',
  regulator: 'Regulator',
  reference: 'Reference',
};

/**
 * A section heading may end with its id written out, `## Overview {#intro}`,
 * for an id that is not the heading's slug (or a title that would otherwise
 * open a block, such as "References"). The id is checked by the record schema.
 */
export const SECTION_ID_SUFFIX = /(?:^|[ \t]+)\{#([^{}\s]*)\}$/;

/**
 * A section's id from its heading: lower case, `&` read as "and", accents
 * dropped, every other run of characters outside a-z and 0-9 one `-`, at most
 * 64 characters ("Research & evidence" → `research-and-evidence`). Empty when
 * the heading has no Latin letter or digit.
 */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}
