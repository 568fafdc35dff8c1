/**
 * The article's outline: its `# Title`, the summary paragraph right after it,
 * and the `## ` blocks with the nodes under each. Which block a heading opens is
 * decided here; what a block holds is read by `blocks/`.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { blockKindOf, SECTION_ID_SUFFIX, type BlockKind } from '../article-format.js';
import type { Draft } from '../draft.js';
import { blockName, isIgnorable, placeOf } from './block-nodes.js';
import { inlinePieces, joinPieces, trimPieces } from './inline-text.js';

declare module 'mdast' {
  interface HeadingData {
    /** A web page's `<h2 id="…">`: the id of the section it opens, whatever its text says. */
    sectionId?: string;
  }
}

export interface Block {
  heading: Heading;
  kind: BlockKind | 'section';
  /** The heading's text (without a written `{#id}`). */
  title: string;
  /** The id written as `{#id}` at the end of a section heading. */
  explicitId?: string;
  nodes: RootContent[];
}

export interface Outline {
  title?: Heading;
  summary?: Paragraph;
  blocks: Block[];
}

function blockOf(heading: Heading): Block {
  const pieces = inlinePieces(heading.children);
  const last = pieces.at(-1);
  const written = last && !last.literal ? SECTION_ID_SUFFIX.exec(last.text) : null;
  if (written) {
    const titlePieces = [...pieces.slice(0, -1), { text: last!.text.slice(0, written.index), literal: false }];
    return { heading, kind: 'section', title: joinPieces(trimPieces(titlePieces)), explicitId: written[1], nodes: [] };
  }
  const title = joinPieces(trimPieces(pieces));
  const kind = blockKindOf(title) ?? 'section';
  const sectionId = kind === 'section' ? heading.data?.sectionId : undefined;
  return { heading, kind, title, ...(sectionId !== undefined && { explicitId: sectionId }), nodes: [] };
}

const isHeading = (node: RootContent, depth: number): node is Heading => node.type === 'heading' && node.depth === depth;

export function readOutline(tree: Root, draft: Draft): Outline {
  const nodes = tree.children.filter((node) => node.type !== 'yaml');
  const titleAt = nodes.findIndex((node) => isHeading(node, 1));
  const outline: Outline = { blocks: [] };
  if (titleAt < 0) {
    draft.problem(null, 'no title: the article needs a "# Title" heading, which gives the record its name', 'name');
  } else {
    outline.title = nodes[titleAt] as Heading;
    for (const node of nodes.slice(0, titleAt)) {
      if (!isIgnorable(node)) draft.problem(placeOf(node), 'only the front matter may come before the "# Title" heading');
    }
  }

  let block: Block | undefined;
  for (const node of nodes.slice(titleAt + 1)) {
    if (isHeading(node, 1)) {
      draft.problem(placeOf(node), 'a second "# " title: an article has one (start a section with "## ")');
    } else if (isHeading(node, 2)) {
      block = blockOf(node);
      outline.blocks.push(block);
    } else if (block) {
      block.nodes.push(node);
    } else if (titleAt >= 0 && !isIgnorable(node)) {
      if (node.type === 'paragraph' && !outline.summary) outline.summary = node;
      else if (node.type === 'paragraph') {
        draft.problem(placeOf(node), 'only one paragraph, the summary, may follow the title: start a section with "## Heading"');
      } else {
        draft.problem(placeOf(node), `${blockName(node)} cannot stand between the title and the first "## " heading`);
      }
    }
  }
  return outline;
}
