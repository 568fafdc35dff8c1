/**
 * Markdown article → record (README, "Author records in Markdown"): check the limits, parse, read the
 * front matter and the outline, read each block, check the record with the
 * card's schema. Every problem found on the way is reported, with its line.
 */
import type { Section } from '../../record/schema.js';
import { BLOCK_TITLES, type BlockKind } from '../article-format.js';
import { Draft } from '../draft.js';
import { byLine, type ImportResult } from '../problems.js';
import { lineOf } from './block-nodes.js';
import { readFaq } from './blocks/faq.js';
import { readKeyTakeaways } from './blocks/key-takeaways.js';
import { readQuickFacts } from './blocks/quick-facts.js';
import { readReferences } from './blocks/references.js';
import { readSection, type SectionIds } from './blocks/section.js';
import { readFrontMatter } from './front-matter.js';
import { inlineText } from './inline-text.js';
import { checkLimits } from './limits.js';
import { parseArticle } from './markdown-tree.js';
import { checkDraftRecord } from './record-problems.js';
import { readOutline, type Block } from './outline.js';

const READERS = {
  quickFacts: readQuickFacts,
  keyTakeaways: readKeyTakeaways,
  faq: readFaq,
  references: readReferences,
} as const satisfies Record<BlockKind, (block: Block, draft: Draft) => unknown>;

function readArticle(markdown: string): ImportResult {
  // A byte order mark is an encoding detail, not text: without this the front matter's `---` would not open the file.
  const text = markdown.replace(/^\uFEFF/, '');
  const tooMuch = checkLimits(text);
  if (tooMuch.length) return { ok: false, problems: tooMuch };

  const tree = parseArticle(text);
  const draft = new Draft();
  const frontMatter = readFrontMatter(tree, draft);
  const outline = readOutline(tree, draft);
  if (outline.title) draft.place('name', lineOf(outline.title));
  if (outline.summary) draft.place('summary', lineOf(outline.summary));

  const blocks: { [Kind in BlockKind]?: ReturnType<(typeof READERS)[Kind]> } = {};
  const blockLines = new Map<BlockKind, number | undefined>();
  const sections: Section[] = [];
  const sectionIds: SectionIds = new Map();
  for (const block of outline.blocks) {
    const line = lineOf(block.heading);
    if (block.kind === 'section') {
      // A problem with the list as a whole (more than 20) points at its first heading.
      if (!sections.length) draft.place('sections', line);
      sections.push(readSection(block, sections.length, sectionIds, draft));
    } else if (blockLines.has(block.kind)) {
      const first = blockLines.get(block.kind);
      draft.problem(line, `a second "## ${BLOCK_TITLES[block.kind]}" block${first ? ` (the first is on line ${first})` : ''}: an article has one`);
    } else {
      blockLines.set(block.kind, line);
      (blocks as Record<BlockKind, unknown>)[block.kind] = READERS[block.kind](block, draft);
    }
  }

  // Keys in the schema's order, so the JSON written reads like any other record.
  const record = {
    schemaVersion: 1,
    ...(frontMatter.id !== undefined && { id: frontMatter.id }),
    ...(outline.title && { name: inlineText(outline.title.children) }),
    ...(outline.summary && { summary: inlineText(outline.summary.children) }),
    ...(blocks.quickFacts && { quickFacts: blocks.quickFacts }),
    ...(blocks.keyTakeaways && { keyTakeaways: blocks.keyTakeaways }),
    ...(sections.length && { sections }),
    ...(blocks.faq && { faq: blocks.faq }),
    ...(blocks.references && { references: blocks.references }),
    ...(frontMatter.updated !== undefined && { updated: frontMatter.updated }),
  };
  const valid = checkDraftRecord(record, draft);
  return valid && !draft.problems.length ? { ok: true, record: valid } : { ok: false, problems: byLine(draft.problems) };
}

/** Never throws: whatever the text, the answer is a record or a list of problems. */
export function importArticle(markdown: string): ImportResult {
  if (typeof markdown !== 'string') return { ok: false, problems: [{ line: null, message: 'the article must be text' }] };
  try {
    return readArticle(markdown);
  } catch (error) {
    // A defect or an exhausted engine, not the author's mistake: still an answer, never a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ line: null, message: `the article could not be read: ${reason}` }] };
  }
}
