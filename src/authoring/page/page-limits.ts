/**
 * Limits checked on a page's raw text before it is parsed. The HTML parser
 * (parse5) is correct on any input but, measured on this project's 2-core
 * machine, takes about 20 µs per element and more on misnested formatting
 * (50,000 stray `<a>` tags: several seconds). An article page holds a few
 * thousand elements; a page with a large inline SVG chart some tens of
 * thousands. Base64 images and long SVG paths are attribute text, which parses
 * fast, so the size limit is generous and the element count is what guards time.
 */
import { count } from '../import/limits.js';
import type { ArticleProblem } from '../problems.js';
import { positionAt } from '../../record/text-position.js';

/** Pages of a few MB (inline images as base64, inline SVG) import; a record itself is at most 512 KiB. */
export const MAX_PAGE_LENGTH = 16 * 1024 * 1024;
/** Start tags: a CMS article page has 1,000 to 10,000. */
const MAX_TAGS = 30_000;
/**
 * Elements in the article itself, once the page around it is left out: a long
 * article has a few thousand. Past this, the conversion to the article's tree
 * (whose whitespace pass looks ahead along siblings) could take minutes.
 */
export const MAX_ARTICLE_ELEMENTS = 10_000;
/** Elements inside one another: pages nest a few dozen deep. */
export const MAX_DEPTH = 500;

const START_TAG = /<[a-zA-Z]/g;

export const TOO_DEEP = `nested too deeply: more than ${MAX_DEPTH} elements inside one another (an article page needs a few dozen)`;

/** The first limit the page goes past, as a problem; none for any real article page. */
export function checkPageLimits(text: string): ArticleProblem[] {
  if (text.length > MAX_PAGE_LENGTH) {
    return [{ line: null, message: 'the page is larger than 16 MiB, far more than any article page (a record holds at most 512 KiB)' }];
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return [{ ...positionAt(text, nul), message: 'this line holds a NUL character: the file is binary, not an HTML page' }];
  }
  let tags = 0;
  for (const match of text.matchAll(START_TAG)) {
    if (++tags > MAX_TAGS) {
      return [{ ...positionAt(text, match.index), message: `more than ${count(MAX_TAGS)} tags: far more than an article page holds` }];
    }
  }
  return [];
}
