/**
 * The article's YAML front matter: `id` (required) and `updated` (optional).
 * Read with the `yaml` library's failsafe schema, in which every value is text:
 * `id: 2024` is the id "2024" and `updated: 2026-11-24` the text of the date,
 * never a number or a Date object to be turned back into text. Other keys are
 * ignored, as a record ignores keys it does not know (a site generator's
 * `layout:` or `tags:` may share the front matter).
 */
import type { Root } from 'mdast';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Draft } from '../draft.js';
import { positionAt } from '../../record/text-position.js';

export interface FrontMatter {
  id?: string;
  updated?: string;
}

const READ_KEYS = ['id', 'updated'] as const;

export function readFrontMatter(tree: Root, draft: Draft): FrontMatter {
  const node = tree.children[0];
  if (node?.type !== 'yaml') {
    // A first line `---` that nothing closes is read by CommonMark as a thematic break.
    const unclosed = node?.type === 'thematicBreak' && node.position?.start.line === 1;
    draft.problem(
      unclosed ? 1 : null,
      unclosed
        ? 'the front matter is not closed: end it with a line "---"'
        : 'no front matter: start the article with the lines "---", "id: your-id" and "---"',
      'id',
    );
    return {};
  }
  const fenceLine = node.position?.start.line ?? 1;
  // The YAML text starts on the line after the opening `---`.
  const lineOf = (offset: number | undefined) => fenceLine + (offset === undefined ? 0 : positionAt(node.value, offset).line);

  const document = parseDocument(node.value, { schema: 'failsafe', prettyErrors: false, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    // Only the first: the others mostly follow from it.
    draft.problem(lineOf(error.pos[0]), `front matter is not valid YAML: ${error.message.split('\n')[0]}`);
    // Nothing below can be trusted: no "has no id" on top of the syntax error.
    READ_KEYS.forEach((key) => draft.explain(key));
    return {};
  }

  const contents = document.contents;
  if (contents !== null && !isMap(contents)) {
    draft.problem(fenceLine + 1, 'front matter must be "key: value" lines, e.g. "id: thymogen"', 'id');
    return {};
  }
  const found: FrontMatter = {};
  for (const pair of contents?.items ?? []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key !== 'id' && key !== 'updated') continue;
    const line = lineOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    draft.place(key, line);
    if (isScalar(pair.value)) found[key] = String(pair.value.value ?? '');
    else if (pair.value === null) found[key] = '';
    else draft.problem(line, `front matter ${key} must be one value, e.g. "${key}: ${key === 'id' ? 'thymogen' : '2026-11-24'}"`, key);
  }
  if (found.id === undefined && !draft.wasTold('id')) {
    draft.problem(fenceLine, 'front matter has no id: add a line "id: your-id" (a-z, 0-9 and -)', 'id');
  }
  return found;
}
