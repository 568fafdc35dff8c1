/**
 * Web page → record: the article a CMS published, read by the article
 * format's rules. Check the limits, parse the HTML, take the article out of
 * the page, turn it into the Markdown importer's tree and read that. Every
 * problem is reported, at its line and column in the page.
 */
import type { Root } from 'hast';
import { slugOf } from '../article-format.js';
import { Draft } from '../draft.js';
import { readRecord } from '../import/article-record.js';
import { inlineText } from '../import/inline-text.js';
import type { ImportResult } from '../problems.js';
import { readPageArticle } from './page-article.js';
import { count } from '../import/limits.js';
import { checkPageLimits, MAX_ARTICLE_ELEMENTS } from './page-limits.js';
import { pageToMdast } from './page-to-mdast.js';
import { elementsOf, parsePage } from './page-tree.js';

export interface PageOptions {
  /** The record's id; otherwise it comes from `fileName`, else from the title. */
  id?: string;
  /** The page's file name (`pages/thymogen.html` gives the id `thymogen`). */
  fileName?: string;
}

/** `pages/thymogen.html` → `thymogen`; nothing for `index.html`, which names a folder's page, not the article. */
function idFromFileName(fileName: string | undefined): string | undefined {
  const base = fileName?.split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '') ?? '';
  const id = slugOf(base);
  return id && id !== 'index' ? id : undefined;
}

/** The page's own address, against which its relative links are read: `<base href>`, else its canonical URL. */
function baseUrlOf(tree: Root): string | undefined {
  for (const { element } of elementsOf(tree)) {
    const href = element.properties.href;
    if (typeof href !== 'string' || !/^https?:/i.test(href)) continue;
    const rel = element.properties.rel;
    if (element.tagName === 'base' || (element.tagName === 'link' && Array.isArray(rel) && rel.includes('canonical'))) return href;
  }
  return undefined;
}

function readPage(html: string, options: PageOptions): ImportResult {
  const text = html.replace(/^\uFEFF/, '');
  const tooMuch = checkPageLimits(text);
  if (tooMuch.length) return { ok: false, problems: tooMuch };
  const parsed = parsePage(text);
  if ('problem' in parsed) return { ok: false, problems: [parsed.problem] };

  const article = readPageArticle(parsed.tree);
  const elements = [...elementsOf(article.content)];
  if (elements.length > MAX_ARTICLE_ELEMENTS) {
    const start = elements[MAX_ARTICLE_ELEMENTS].element.position?.start;
    const message = `the article holds more than ${count(MAX_ARTICLE_ELEMENTS)} elements: far more than a record needs`;
    return { ok: false, problems: [{ line: start?.line ?? null, ...(start && { column: start.column }), message }] };
  }
  const tree = pageToMdast(article.content, baseUrlOf(parsed.tree));
  const draft = new Draft(true);
  if (article.updated) draft.place('updated', article.updated.at);
  const title = tree.children.find((node) => node.type === 'heading' && node.depth === 1);
  const id = options.id ?? idFromFileName(options.fileName) ?? (title?.type === 'heading' ? slugOf(inlineText(title.children)) : undefined);
  return readRecord(tree, { ...(id !== undefined && { id }), ...(article.updated && { updated: article.updated.value }) }, draft);
}

/** Never throws: whatever the text, the answer is a record or a list of problems. */
export function importPage(html: string, options: PageOptions = {}): ImportResult {
  if (typeof html !== 'string') return { ok: false, problems: [{ line: null, message: 'the page must be text' }] };
  try {
    return readPage(html, options ?? {});
  } catch (error) {
    // A defect or an exhausted engine, not the author's mistake: still an answer, never a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ line: null, message: `the page could not be read: ${reason}` }] };
  }
}
