/**
 * `## References`: one item per reference, `Type: [Title](https://url)`,
 * optionally followed by `, Source` and `, Year`. A source may hold commas of
 * its own: only a last part made of digits is read as the year.
 */
import type { Reference, ReferenceType } from '../../../record/schema.js';
import { BLOCK_TITLES, REFERENCE_TYPE_WORDS } from '../../article-format.js';
import type { Draft } from '../../draft.js';
import { quote } from '../../problems.js';
import { placeOf } from '../block-nodes.js';
import { inlinePieces, inlineText, isUnprotected, joinPieces, splitPieces, trimPieces, type Piece } from '../inline-text.js';
import type { Block } from '../outline.js';
import { readListItems } from './list-items.js';

const TYPE_BY_WORD = new Map(
  Object.entries(REFERENCE_TYPE_WORDS).map(([type, word]) => [word.toLowerCase(), type as ReferenceType]),
);
const TYPE_LIST = 'Study, Regulator or Reference';

const yearOf = (pieces: Piece[]): number | undefined => {
  const text = joinPieces(pieces);
  return isUnprotected(pieces) && /^\d+$/.test(text) ? Number(text) : undefined;
};

/** `, Source, Year` after the link, as `{ source, year }`; `undefined` when something else follows the link. */
function sourceAndYear(after: Piece[]): Pick<Reference, 'source' | 'year'> | undefined {
  if (!after.length) return {};
  const [first, ...others] = after;
  if (first.literal || !first.text.startsWith(',')) return undefined;
  const rest = trimPieces([{ text: first.text.slice(1), literal: false }, ...others]);
  const lastPart = splitPieces(rest, ',', 'last');
  const year = lastPart ? yearOf(trimPieces(lastPart[1])) : yearOf(rest);
  if (year === undefined) return { source: joinPieces(rest) };
  return lastPart ? { source: joinPieces(trimPieces(lastPart[0])), year } : { year };
}

export function readReferences(block: Block, draft: Draft): Reference[] {
  draft.place('references', placeOf(block.heading));
  const references: Reference[] = [];
  for (const { at: where, paragraph } of readListItems(block, draft, BLOCK_TITLES.references)) {
    const children = paragraph?.children ?? [];
    const at = children.findIndex((child) => child.type === 'link');
    const link = children[at];
    if (link?.type !== 'link') {
      const written = inlineText(children);
      const hint = children.some((child) => child.type === 'linkReference') ? ' (write the link in place, not as a [reference])' : '';
      draft.problem(where, `reference ${quote(written)} has no link: write it as "Study: [Title](https://…)"${hint}`);
      continue;
    }

    const typed = splitPieces(trimPieces(inlinePieces(children.slice(0, at))), ':', 'last');
    if (!typed || joinPieces(trimPieces(typed[1]))) {
      draft.problem(where, `a reference starts with its type and a colon, e.g. "Study: [Title](https://…)"; the type is ${TYPE_LIST}`);
      continue;
    }
    const word = joinPieces(trimPieces(typed[0]));
    const type = TYPE_BY_WORD.get(word.toLowerCase());
    if (!type) {
      draft.problem(where, `unknown reference type ${quote(word)}: use ${TYPE_LIST}`);
      continue;
    }

    const extra = sourceAndYear(trimPieces(inlinePieces(children.slice(at + 1))));
    if (!extra) {
      draft.problem(where, 'after the link a reference may have only ", Source" and ", Year"');
      continue;
    }
    draft.place(`references[${references.length}]`, where);
    references.push({ title: inlineText(link.children), url: link.url, type, ...extra });
  }
  return references;
}
