/**
 * The record check (the card's own schema and wording) on the record an article
 * made, each problem placed on the article line its path came
 * from: `quickFacts[2].value: must not be empty` points at the third fact's line.
 */
import type { CompoundRecord } from '../../record/schema.js';
import { MAX_RECORD_BYTES } from '../../record/rules.js';
import { problemsOf } from '../../record/problems.js';
import { validateRecord } from '../../record/validate.js';
import type { Draft } from '../draft.js';

/** The valid record, or `undefined` after adding its problems to `draft`. */
export function checkDraftRecord(record: Record<string, unknown>, draft: Draft): CompoundRecord | undefined {
  const outcome = validateRecord(record);
  if (!outcome.ok) {
    for (const problem of problemsOf(outcome.error)) draft.recordProblem(problem);
    return undefined;
  }
  // Written compactly it is as small as its JSON can be: past the limit, no card would load it.
  const bytes = new TextEncoder().encode(JSON.stringify(outcome.value)).length;
  if (bytes > MAX_RECORD_BYTES) {
    draft.problem(null, `the record would be ${Math.ceil(bytes / 1024)} KiB of JSON, more than the 512 KiB a card accepts`);
    return undefined;
  }
  return outcome.value;
}
