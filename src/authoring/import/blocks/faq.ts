/** `## Frequently asked questions` (or `## FAQ`): each `### question` and its answer paragraphs, joined by a blank line. */
import type { FaqItem } from '../../../record/schema.js';
import { BLOCK_TITLES } from '../../article-format.js';
import type { Draft } from '../../draft.js';
import { quote, type Place } from '../../problems.js';
import { blockName, isIgnorable, placeOf } from '../block-nodes.js';
import { inlineText } from '../inline-text.js';
import type { Block } from '../outline.js';

export function readFaq(block: Block, draft: Draft): FaqItem[] {
  draft.place('faq', placeOf(block.heading));
  const questions: { question: string; at: Place | undefined; answer: string[] }[] = [];
  for (const node of block.nodes) {
    if (isIgnorable(node)) continue;
    const current = questions.at(-1);
    if (node.type === 'heading' && node.depth === 3) {
      questions.push({ question: inlineText(node.children), at: placeOf(node), answer: [] });
    } else if (node.type === 'paragraph' && current) {
      if (!current.answer.length) draft.place(`faq[${questions.length - 1}].answer`, placeOf(node));
      current.answer.push(inlineText(node.children));
    } else if (node.type === 'paragraph') {
      draft.problem(placeOf(node), `under "## ${BLOCK_TITLES.faq}" each question starts with a "### " heading before its answer`);
    } else {
      draft.problem(placeOf(node), `${blockName(node)} cannot stand in an answer: an answer is made of paragraphs`);
    }
  }
  return questions.map(({ question, at, answer }, i) => {
    draft.place(`faq[${i}]`, at);
    if (!answer.length) draft.problem(at, `question ${quote(question)} has no answer: write it as paragraphs below the question`, `faq[${i}].answer`);
    return { question, answer: answer.join('\n\n') };
  });
}
