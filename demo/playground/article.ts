/**
 * Pasting an article: text that is not JSON and opens as an article in the
 * authoring Markdown does (front matter, or a `# Title`), or a copied web page
 * with a title (`text/html` holding an `<h1>`), is turned into its record.
 */
import type { ImportResult } from '../../src/authoring/index.js';

/** What a paste carries that the playground reads: an article in Markdown, or a page. */
export type PastedArticle = { kind: 'markdown'; text: string } | { kind: 'page'; html: string };

export function looksLikeArticle(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  // JSON, even broken JSON, never opens like this, so it is pasted into the editor as it is.
  return /^---[ \t]*\r?\n/.test(start) || /^#[ \t]+\S/.test(start);
}

/**
 * The article a paste carries, if any. A copied page comes with its HTML; a
 * code editor's copy comes with HTML too (coloured spans, no title), and a
 * Markdown file copied from an editor opens with front matter: those are read
 * from their plain text.
 */
export function pastedArticle(plain: string, html: string): PastedArticle | undefined {
  const frontMatter = /^---[ \t]*\r?\n/.test(plain.replace(/^\uFEFF/, '').trimStart());
  if (html && !frontMatter && /<h1[\s>]/i.test(html)) return { kind: 'page', html };
  return looksLikeArticle(plain) ? { kind: 'markdown', text: plain } : undefined;
}

/** The importers are loaded with the first pasted article: most visits never need them. */
export async function importPastedArticle(pasted: PastedArticle): Promise<ImportResult> {
  if (pasted.kind === 'page') {
    const { importPage } = await import('../../src/authoring/page/import-page.js');
    return importPage(pasted.html);
  }
  const { importArticle } = await import('../../src/authoring/import/import-article.js');
  return importArticle(pasted.text);
}
