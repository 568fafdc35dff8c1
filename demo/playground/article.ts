/**
 * Pasting an article: text that is not JSON and opens as an article in the
 * authoring Markdown does (front matter, or a `# Title`) is turned into its record.
 */
import type { ImportResult } from '../../src/authoring/index.js';

export function looksLikeArticle(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  // JSON, even broken JSON, never opens like this, so it is pasted into the editor as it is.
  return /^---[ \t]*\r?\n/.test(start) || /^#[ \t]+\S/.test(start);
}

/** The Markdown importer is loaded with the first pasted article: most visits never need it. */
export async function importPastedArticle(text: string): Promise<ImportResult> {
  const { importArticle } = await import('../../src/authoring/index.js');
  return importArticle(text);
}
