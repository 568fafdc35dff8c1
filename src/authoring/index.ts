/**
 * The `compound-card/authoring` entry: a record written as a Markdown article
 * and back (README, "Author records in Markdown"). Runs in Node (the `import` and `export` commands) and
 * in the browser (the playground), so nothing here touches Node's modules.
 */
export { exportArticle } from './export/export-article.js';
export { importArticle } from './import/import-article.js';
export type { ArticleProblem, ImportResult } from './problems.js';
