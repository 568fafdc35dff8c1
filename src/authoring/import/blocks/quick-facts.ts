/** `## Quick facts`: a list of `Label: value` items, split at the first colon the author did not escape. */
import type { QuickFact } from '../../../record/schema.js';
import { BLOCK_TITLES } from '../../article-format.js';
import type { Draft } from '../../draft.js';
import { quote } from '../../problems.js';
import { lineOf } from '../block-nodes.js';
import { inlinePieces, joinPieces, splitPieces, trimPieces } from '../inline-text.js';
import type { Block } from '../outline.js';
import { readListItems } from './list-items.js';

/** "Class" and "class " are the same fact: the seed article lists one twice, a slip a card should not repeat. */
const sameLabel = (label: string) => label.replace(/\s+/g, ' ').trim().toLowerCase();

export function readQuickFacts(block: Block, draft: Draft): QuickFact[] {
  draft.place('quickFacts', lineOf(block.heading));
  const facts: QuickFact[] = [];
  const firstLineOf = new Map<string, number | undefined>();
  for (const { line, paragraph } of readListItems(block, draft, BLOCK_TITLES.quickFacts)) {
    const pieces = inlinePieces(paragraph?.children ?? []);
    const parts = splitPieces(pieces, ':');
    if (!parts) {
      draft.problem(line, `quick fact ${quote(joinPieces(pieces))} has no colon: write it as "Label: value"`);
      continue;
    }
    const [label, value] = parts.map((part) => joinPieces(trimPieces(part)));
    const key = sameLabel(label);
    if (firstLineOf.has(key)) {
      const first = firstLineOf.get(key);
      draft.problem(line, `quick fact ${quote(label)} is listed twice${first ? ` (first on line ${first})` : ''}`);
      continue;
    }
    firstLineOf.set(key, line);
    draft.place(`quickFacts[${facts.length}]`, line);
    facts.push({ label, value });
  }
  return facts;
}
