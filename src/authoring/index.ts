/**
 * The `compound-card/authoring` entry: a record written as a Markdown article
 * and back (README, "Author records in Markdown"), and a record from a web page
 * that publishes such an article. Runs in Node (the `import` and `export`
 * commands) and in the browser (the playground), so nothing here touches Node's modules.
 */
export { exportArticle } from './export/export-article.js';
export { importArticle } from './import/import-article.js';
export { importPage, type PageOptions } from './page/import-page.js';
export { problemLine, problemText, type ArticleProblem, type ImportResult } from './problems.js';
