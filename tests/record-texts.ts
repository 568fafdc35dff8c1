import type { CompoundRecord } from '../src/schema.js';

/** Every text of a record that a reader should find on its card (absent fields give none). */
export const textsOf = (record: CompoundRecord): string[] =>
  [
    record.name,
    record.summary ?? '',
    ...(record.quickFacts ?? []).flatMap((fact) => [fact.label, fact.value]),
    ...(record.keyTakeaways ?? []),
    ...(record.sections ?? []).flatMap((section) => [section.title, ...section.paragraphs]),
    ...(record.faq ?? []).flatMap((item) => [item.question, item.answer]),
    ...(record.references ?? []).map((reference) => reference.title),
  ].filter(Boolean);
