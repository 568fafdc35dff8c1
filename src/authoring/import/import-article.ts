/**
 * Markdown article → record (README, "Author records in Markdown"): check the
 * limits, parse, read the front matter, then the outline and its blocks
 * (`article-record.ts`). Every problem found on the way is reported, with its line.
 */
import { Draft } from '../draft.js';
import type { ImportResult } from '../problems.js';
import { readRecord } from './article-record.js';
import { readFrontMatter } from './front-matter.js';
import { checkLimits } from './limits.js';
import { parseArticle } from './markdown-tree.js';

function readArticle(markdown: string): ImportResult {
  // A byte order mark is an encoding detail, not text: without this the front matter's `---` would not open the file.
  const text = markdown.replace(/^\uFEFF/, '');
  const tooMuch = checkLimits(text);
  if (tooMuch.length) return { ok: false, problems: tooMuch };

  const tree = parseArticle(text);
  const draft = new Draft();
  return readRecord(tree, readFrontMatter(tree, draft), draft);
}

/** Never throws: whatever the text, the answer is a record or a list of problems. */
export function importArticle(markdown: string): ImportResult {
  if (typeof markdown !== 'string') return { ok: false, problems: [{ line: null, message: 'the article must be text' }] };
  try {
    return readArticle(markdown);
  } catch (error) {
    // A defect or an exhausted engine, not the author's mistake: still an answer, never a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ line: null, message: `the article could not be read: ${reason}` }] };
  }
}
