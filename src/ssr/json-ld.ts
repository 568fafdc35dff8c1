/**
 * The record as schema.org structured data: a `MedicalWebPage` about the
 * compound and, when the card shows an FAQ, an `FAQPage` with one `Question` per
 * item. Typed with schema-dts, so a misspelt type or property fails `tsc`. It
 * states nothing the record does not: every value below is a record field.
 */
import type { CreativeWork, FAQPage, Graph, MedicalWebPage, Question } from 'schema-dts';
import { blocksOf } from '../options.js';
import type { CompoundRecord, Reference } from '../record/schema.js';

export interface JsonLdOptions {
  /**
   * The card's `sections`: a block the card does not show is left out here too
   * (search engines expect structured data to describe what is on the page).
   */
  sections?: string;
}

const citationOf = (reference: Reference): CreativeWork => ({
  '@type': 'CreativeWork',
  name: reference.title,
  url: reference.url,
  ...(reference.source ? { isPartOf: { '@type': 'CreativeWork', name: reference.source } } : {}),
  ...(reference.year ? { datePublished: String(reference.year) } : {}),
});

export function recordJsonLd(record: CompoundRecord, options: JsonLdOptions = {}): Graph {
  const blocks = blocksOf(options.sections);
  const references = blocks.has('references') ? (record.references ?? []) : [];
  const faq = blocks.has('faq') ? (record.faq ?? []) : [];

  const page: MedicalWebPage = {
    '@type': 'MedicalWebPage',
    name: record.name,
    // A substance is "matter of defined composition": true of every compound,
    // where Drug would claim a status the record may not give it.
    about: { '@type': 'Substance', name: record.name },
    ...(record.summary ? { description: record.summary } : {}),
    ...(record.updated ? { lastReviewed: record.updated } : {}),
    ...(references.length ? { citation: references.map(citationOf) } : {}),
  };
  const questions: Question[] = faq.map((item) => ({
    '@type': 'Question',
    name: item.question,
    acceptedAnswer: { '@type': 'Answer', text: item.answer },
  }));
  const faqPage: FAQPage = { '@type': 'FAQPage', mainEntity: questions };

  return { '@context': 'https://schema.org', '@graph': questions.length ? [page, faqPage] : [page] };
}
