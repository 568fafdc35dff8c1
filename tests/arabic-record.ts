import type { CompoundRecord } from '../src/record/schema.js';
import { clone } from './helpers.js';

/** The Thymogen record in Arabic script: a record written right to left. */
export function arabicRecord(record: CompoundRecord): CompoundRecord {
  const arabic = clone(record);
  const sentence = 'ثيموجين ببتيد قصير يتكون من حمضين أمينيين، وقد طُوِّر في روسيا.';
  arabic.name = 'ثيموجين';
  arabic.summary = sentence;
  arabic.quickFacts = arabic.quickFacts?.map((fact, i) => ({ ...fact, label: `البند ${i + 1}`, value: 'قيمة مكتوبة بالعربية' }));
  arabic.keyTakeaways = arabic.keyTakeaways?.map(() => sentence);
  arabic.sections = arabic.sections?.map((section) => ({ ...section, title: 'نظرة عامة', paragraphs: section.paragraphs.map(() => sentence) }));
  arabic.faq = arabic.faq?.map(() => ({ question: 'ما هو الثيموجين؟', answer: sentence }));
  arabic.references = [{ title: 'تقرير التجربة', url: 'https://example.org/trial', type: 'study' }];
  return arabic;
}
