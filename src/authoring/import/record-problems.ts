/**
 * The record check (the card's own schema and wording) on the record an article
 * made, each `path: problem` issue placed on the article line the value came
 * from: `quickFacts[2].value: must not be empty` points at the third fact's line.
 */
import type { CompoundRecord } from '../../record/schema.js';
import { MAX_RECORD_BYTES } from '../../record/rules.js';
import { validateRecord } from '../../record/validate.js';
import type { Draft } from '../draft.js';

/** The valid record, or `undefined` after adding its problems to `draft`. */
export function checkDraftRecord(record: Record<string, unknown>, draft: Draft): CompoundRecord | undefined {
  const outcome = validateRecord(record);
  if (!outcome.ok) {
    for (const issue of outcome.error.issues ?? [`(record): ${outcome.error.kind}`]) {
      const path = issue.includes(': ') ? issue.slice(0, issue.indexOf(': ')) : '(record)';
      if (!draft.wasTold(path)) draft.problem(draft.placeOf(path), issue);
    }
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
