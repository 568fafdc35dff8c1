/**
 * Record → Markdown article (README, "Author records in Markdown"), written so that importing it gives
 * the same record back. The blocks come in the card's order: front matter,
 * title, summary, quick facts, key takeaways, sections, FAQ, references.
 */
import { stringify } from 'yaml';
import type { CompoundRecord, FaqItem, QuickFact, Reference, Section } from '../../record/schema.js';
import { BLOCK_TITLES, blockKindOf, REFERENCE_TYPE_WORDS, slugOf } from '../article-format.js';
import { escapeDestination, escapeText } from './escape.js';

/**
 * An answer is written as the paragraphs its blank lines separate, as an author
 * would write it, unless that would make an empty paragraph (three line breaks
 * in a row) or more paragraphs than the importer's limits welcome; then it is one
 * paragraph whose line breaks are written `&#10;`.
 */
const MAX_ANSWER_PARAGRAPHS = 50;

const paragraph = (text: string) => escapeText(text, { blockStart: true });

const heading = (level: number, text: string) => `${'#'.repeat(level)} ${escapeText(text, { heading: true })}`;

function answerParagraphs(answer: string): string[] {
  const parts = answer.split('\n\n');
  return parts.length > MAX_ANSWER_PARAGRAPHS || parts.includes('') ? [answer] : parts;
}

/** The `{#id}` is written only when the heading alone would not give the section's id, or would open a block instead. */
function sectionHeading({ id, title }: Section): string {
  const written = slugOf(title) !== id || blockKindOf(title) !== undefined;
  return `## ${escapeText(title, { heading: true, sectionTitle: true })}${written ? ` {#${id}}` : ''}`;
}

/**
 * `- **Label:** value`, the label bold as authors write it; plain when the label
 * starts with a vertical tab, the one space bold cannot open next to that no
 * reference can stand for.
 */
function quickFactItem({ label, value }: QuickFact): string {
  const written = label.startsWith('\v')
    ? `${escapeText(label, { blockStart: true, label: true })}:`
    : `**${escapeText(label, { label: true })}:**`;
  return `- ${written} ${escapeText(value)}`;
}

function referenceItem({ title, url, type, source, year }: Reference): string {
  const after = [source !== undefined && escapeText(source, { source: true }), year !== undefined && String(year)];
  const link = `[${escapeText(title)}](${escapeDestination(url)})`;
  return `- ${REFERENCE_TYPE_WORDS[type]}: ${[link, ...after.filter((part) => part !== false)].join(', ')}`;
}

const faqItem = ({ question, answer }: FaqItem) => [heading(3, question), ...answerParagraphs(answer).map(paragraph)];

/** A `## ` block: its heading, then its body's blocks (a whole list is one block). */
const block = (title: string, body: string[]) => [`## ${title}`, ...body];

const list = (items: string[]) => (items.length ? [items.join('\n')] : []);

export function exportArticle(record: CompoundRecord): string {
  const frontMatter = { id: record.id, ...(record.updated !== undefined && { updated: record.updated }) };
  const blocks = [
    `---\n${stringify(frontMatter, { lineWidth: 0 })}---`,
    heading(1, record.name),
    ...(record.summary !== undefined ? [paragraph(record.summary)] : []),
    ...(record.quickFacts ? block(BLOCK_TITLES.quickFacts, list(record.quickFacts.map(quickFactItem))) : []),
    ...(record.keyTakeaways ? block(BLOCK_TITLES.keyTakeaways, list(record.keyTakeaways.map((text) => `- ${paragraph(text)}`))) : []),
    ...(record.sections ?? []).flatMap((section) => [sectionHeading(section), ...section.paragraphs.map(paragraph)]),
    ...(record.faq ? block(BLOCK_TITLES.faq, record.faq.flatMap(faqItem)) : []),
    ...(record.references ? block(BLOCK_TITLES.references, list(record.references.map(referenceItem))) : []),
  ];
  return `${blocks.join('\n\n')}\n`;
}
