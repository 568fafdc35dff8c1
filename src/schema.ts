/**
 * The `compound-card/schema` entry: the record format alone (zod schema, types,
 * validation with structured problems, worded once), with no DOM and no Lit, for build
 * tools, servers and the `compound-card validate` command.
 */
export {
  faqItemSchema,
  MAX_RECORD_BYTES,
  quickFactSchema,
  recordSchema,
  REFERENCE_TYPES,
  referenceSchema,
  referenceUrlSchema,
  SCHEMA_VERSION,
  sectionSchema,
  updatedDateSchema,
  type CompoundRecord,
  type FaqItem,
  type QuickFact,
  type Reference,
  type ReferenceType,
  type Section,
} from './record/schema.js';
export {
  describeProblem,
  formatPath,
  parseRecordText,
  validateRecord,
  type RecordOutcome,
  type RecordProblem,
} from './record/validate.js';
export { problemLine, problemsOf, problemText, type PlacedProblem } from './record/problems.js';
export { safeHttpUrl } from './record/safe-url.js';
// For pages that embed a record themselves: `<script type="application/json">${scriptJson(record)}</script>`.
export { scriptJson } from './ssr/escape.js';
export type { LoadError, LoadErrorKind } from './errors.js';
