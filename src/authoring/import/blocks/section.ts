/**
 * Any other `## Heading`: an article section, its paragraphs in order, its id
 * the heading's slug or the `{#id}` written after it.
 */
import type { Section } from '../../../record/schema.js';
import { BLOCK_TITLES, slugOf } from '../../article-format.js';
import type { Draft } from '../../draft.js';
import { quote, type Place } from '../../problems.js';
import { blockName, isIgnorable, placeOf } from '../block-nodes.js';
import { inlineText } from '../inline-text.js';
import type { Block } from '../outline.js';

/** The sections read so far, by id, with the place of each: two sections may not share an id (deep links would collide). */
export type SectionIds = Map<string, Place | undefined>;

export function readSection(block: Block, index: number, usedIds: SectionIds, draft: Draft): Section {
  const path = `sections[${index}]`;
  const at = placeOf(block.heading);
  draft.place(path, at);
  const id = block.explicitId ?? slugOf(block.title);
  if (block.explicitId === undefined && !id) {
    draft.problem(
      at,
      `heading ${quote(block.title)} gives no id (it has no letter a-z or digit): write one after it, e.g. "## ${block.title} {#section-${index + 1}}"`,
      `${path}.id`,
    );
  } else if (usedIds.has(id)) {
    const first = usedIds.get(id);
    draft.problem(
      at,
      `section id "${id}" is already used by the section${first ? ` on line ${first.line}` : ''}: give this one its own, e.g. "## ${block.title} {#${id}-2}"`,
      `${path}.id`,
    );
  } else {
    usedIds.set(id, at);
  }

  const paragraphs: string[] = [];
  for (const node of block.nodes) {
    if (isIgnorable(node)) continue;
    if (node.type === 'paragraph') {
      draft.place(`${path}.paragraphs[${paragraphs.length}]`, placeOf(node));
      paragraphs.push(inlineText(node.children));
    } else if (node.type === 'heading' && node.depth === 3) {
      draft.problem(placeOf(node), `"### " headings are questions, read only under "## ${BLOCK_TITLES.faq}"`);
    } else {
      draft.problem(placeOf(node), `${blockName(node)} cannot stand in a section: a section holds paragraphs`);
    }
  }
  return { id, title: block.title, paragraphs };
}
