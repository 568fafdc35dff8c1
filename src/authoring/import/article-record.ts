/**
 * An article's syntax tree → its record: the outline, each block read by its
 * reader, the record checked with the card's schema. Shared by the Markdown
 * importer and the web-page importer, which turns a page into the same tree,
 * so both read the article format by one set of rules and word its problems alike.
 */
import type { Root } from 'mdast';
import type { Section } from '../../record/schema.js';
import { BLOCK_TITLES, type BlockKind } from '../article-format.js';
import type { Draft } from '../draft.js';
import { byLine, type ImportResult, type Place } from '../problems.js';
import { placeOf } from './block-nodes.js';
import { readFaq } from './blocks/faq.js';
import { readKeyTakeaways } from './blocks/key-takeaways.js';
import { readQuickFacts } from './blocks/quick-facts.js';
import { readReferences } from './blocks/references.js';
import { readSection, type SectionIds } from './blocks/section.js';
import { inlineText } from './inline-text.js';
import { readOutline, type Block } from './outline.js';
import { checkDraftRecord } from './record-problems.js';

const READERS = {
  quickFacts: readQuickFacts,
  keyTakeaways: readKeyTakeaways,
  faq: readFaq,
  references: readReferences,
} as const satisfies Record<BlockKind, (block: Block, draft: Draft) => unknown>;

/** What the record takes from outside the outline: the front matter's, or the page's and its file name's. */
export interface RecordHead {
  id?: string;
  updated?: string;
}

export function readRecord(tree: Root, head: RecordHead, draft: Draft): ImportResult {
  const outline = readOutline(tree, draft);
  if (outline.title) draft.place('name', placeOf(outline.title));
  if (outline.summary) draft.place('summary', placeOf(outline.summary));

  const blocks: { [Kind in BlockKind]?: ReturnType<(typeof READERS)[Kind]> } = {};
  const blockPlaces = new Map<BlockKind, Place | undefined>();
  const sections: Section[] = [];
  const sectionIds: SectionIds = new Map();
  for (const block of outline.blocks) {
    const at = placeOf(block.heading);
    if (block.kind === 'section') {
      // A problem with the list as a whole (more than 20) points at its first heading.
      if (!sections.length) draft.place('sections', at);
      sections.push(readSection(block, sections.length, sectionIds, draft));
    } else if (blockPlaces.has(block.kind)) {
      const first = blockPlaces.get(block.kind);
      draft.problem(at, `a second "## ${BLOCK_TITLES[block.kind]}" block${first ? ` (the first is on line ${first.line})` : ''}: an article has one`);
    } else {
      blockPlaces.set(block.kind, at);
      (blocks as Record<BlockKind, unknown>)[block.kind] = READERS[block.kind](block, draft);
    }
  }

  // Keys in the schema's order, so the JSON written reads like any other record.
  const record = {
    schemaVersion: 1,
    ...(head.id !== undefined && { id: head.id }),
    ...(outline.title && { name: inlineText(outline.title.children) }),
    ...(outline.summary && { summary: inlineText(outline.summary.children) }),
    ...(blocks.quickFacts && { quickFacts: blocks.quickFacts }),
    ...(blocks.keyTakeaways && { keyTakeaways: blocks.keyTakeaways }),
    ...(sections.length && { sections }),
    ...(blocks.faq && { faq: blocks.faq }),
    ...(blocks.references && { references: blocks.references }),
    ...(head.updated !== undefined && { updated: head.updated }),
  };
  const valid = checkDraftRecord(record, draft);
  return valid && !draft.problems.length ? { ok: true, record: valid } : { ok: false, problems: byLine(draft.problems) };
}
