/** `## Quick facts`: a list of `Label: value` items, split at the first colon the author did not escape. */
import type { QuickFact } from '../../../record/schema.js';
import { BLOCK_TITLES } from '../../article-format.js';
import type { Draft } from '../../draft.js';
import { quote, type Place } from '../../problems.js';
import { placeOf } from '../block-nodes.js';
import { inlinePieces, joinPieces, splitPieces, trimPieces } from '../inline-text.js';
import type { Block } from '../outline.js';
import { readListItems } from './list-items.js';

/** "Class" and "class " are the same fact: the seed article lists one twice, a slip a card should not repeat. */
const sameLabel = (label: string) => label.replace(/\s+/g, ' ').trim().toLowerCase();

export function readQuickFacts(block: Block, draft: Draft): QuickFact[] {
  draft.place('quickFacts', placeOf(block.heading));
  const facts: QuickFact[] = [];
  const firstPlaceOf = new Map<string, Place | undefined>();
  for (const { at, paragraph } of readListItems(block, draft, BLOCK_TITLES.quickFacts)) {
    const pieces = inlinePieces(paragraph?.children ?? []);
    const parts = splitPieces(pieces, ':');
    if (!parts) {
      draft.problem(at, `quick fact ${quote(joinPieces(pieces))} has no colon: write it as "Label: value"`);
      continue;
    }
    const [label, value] = parts.map((part) => joinPieces(trimPieces(part)));
    const key = sameLabel(label);
    if (firstPlaceOf.has(key)) {
      const first = firstPlaceOf.get(key);
      draft.problem(at, `quick fact ${quote(label)} is listed twice${first ? ` (first on line ${first.line})` : ''}`);
      continue;
    }
    firstPlaceOf.set(key, at);
    draft.place(`quickFacts[${facts.length}]`, at);
    facts.push({ label, value });
  }
  return facts;
}
