/** The package's side-effect-free entry: the element class, the record format and its types. Import `./define` to register the tag. */
export { CompoundCard, type CardStatus } from './compound-card.js';
export type {
  CompoundCardErrorDetail,
  CompoundCardEventDetails,
  CompoundCardLoadDetail,
  CompoundCardToggleDetail,
} from './events.js';
export type { LoadError, LoadErrorKind } from './errors.js';
export {
  faqItemSchema,
  MAX_RECORD_BYTES,
  quickFactSchema,
  recordSchema,
  REFERENCE_TYPES,
  referenceSchema,
  SCHEMA_VERSION,
  sectionSchema,
  type CompoundRecord,
  type FaqItem,
  type QuickFact,
  type Reference,
  type ReferenceType,
  type Section,
} from './record/schema.js';
export { parseRecordText, validateRecord, type RecordOutcome } from './record/validate.js';
export { clearRecordCache } from './loader/loader.js';
