/**
 * The lists of problems outside the card: the record's, each a button that
 * moves the editor's cursor to it, and a pasted article's, with its lines.
 * Built with createElement and text only: the page runs under Trusted Types.
 */
import type { ArticleProblem } from '../../src/authoring/index.js';
import { problemText } from '../../src/record/problems.js';
import type { Problem } from './problems.js';

export function listRecordProblems(
  list: HTMLOListElement,
  problems: readonly Problem[],
  choose: (problem: Problem) => void,
): void {
  list.replaceChildren(
    ...problems.map((problem) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `line ${problem.line} · ${problem.message}`;
      button.addEventListener('click', () => choose(problem));
      const item = document.createElement('li');
      item.append(button);
      return item;
    }),
  );
  list.hidden = problems.length === 0;
}

export function listArticleProblems(list: HTMLUListElement, problems: readonly ArticleProblem[]): void {
  list.replaceChildren(
    ...problems.map((problem) => {
      const { line, column } = problem;
      const item = document.createElement('li');
      // A page's problems also name their column: a copied page may be one long line.
      const place = line === null ? '' : column ? `page line ${line}, column ${column} · ` : `article line ${line} · `;
      item.textContent = `${place}${problemText(problem)}`;
      return item;
    }),
  );
}
