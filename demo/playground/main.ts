/**
 * The record playground: keeps the editor, the problem lists, the live card,
 * the attribute controls and the embed code in step. Everything reaches the
 * page as text or as elements made with createElement: the page runs under
 * the strict Content-Security-Policy (README, "Under a Content-Security-Policy"), with Trusted Types.
 */
import '../../src/define.js';
import type { ImportResult } from '../../src/authoring/index.js';
import type { CompoundRecord } from '../../src/record/schema.js';
import thymogen from '../records/thymogen.json?raw';
import { importPastedArticle, pastedArticle, type PastedArticle } from './article.js';
import { bundleIntegrity, bundleUrl } from './bundle.js';
import { applyAttributes, chosenAttributes, noSectionChosen } from './controls.js';
import { copyButton } from './copy.js';
import { createEditor, moveCursor, replaceText, showDiagnostics } from './editor.js';
import { embedCode } from './embed.js';
import { whenIdle } from './idle.js';
import { listArticleProblems, listRecordProblems } from './problem-list.js';
import { checkRecordText } from './problems.js';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const card = byId<HTMLElementTagNameMap['compound-card']>('card');
const status = byId('status');
const notice = byId('notice');
const problemList = byId<HTMLOListElement>('problems');
const articleProblems = byId('article-problems');
const controls = byId<HTMLFormElement>('controls');
const embed = byId<HTMLTextAreaElement>('embed');

/** The last text that made a valid record: what the card and the embed code show. */
let lastGood: { record: CompoundRecord; json: string } | undefined;
let integrity: string | undefined;

const say = (element: HTMLElement, text: string) => {
  // Rewriting a live region with the same words may announce them again.
  if (element.textContent !== text) element.textContent = text;
};

const check = whenIdle(() => {
  const result = checkRecordText(view.state.doc.toString());
  const problems = result.ok ? [] : result.problems;
  showDiagnostics(view, problems.map(({ from, to, message }) => ({ from, to, message, severity: 'error' })));
  listRecordProblems(problemList, problems, (problem) => moveCursor(view, problem.from));
  status.classList.toggle('has-problems', !result.ok);
  if (result.ok) {
    const json = JSON.stringify(result.record);
    // Only a different record goes to the card: an edit of spacing alone leaves its open panels be.
    if (json !== lastGood?.json) {
      lastGood = { record: result.record, json };
      card.record = result.record;
      writeEmbedCode();
    }
    return say(status, 'The record is valid: the card shows it.');
  }
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  say(
    status,
    lastGood
      ? `The text has ${count}: the card still shows the last valid record.`
      : `The text has ${count}: there is no valid record to show yet.`,
  );
});

const view = createEditor({
  host: byId('editor'),
  doc: thymogen,
  label: 'Record JSON',
  onChange: () => {
    say(notice, '');
    check();
  },
  onPaste: (text, html) => {
    const pasted = pastedArticle(text, html);
    if (!pasted) return false;
    void pasteArticle(pasted);
    return true;
  },
});

async function pasteArticle(pasted: PastedArticle): Promise<void> {
  const what = pasted.kind === 'page' ? 'page' : 'article';
  let result: ImportResult;
  try {
    result = await importPastedArticle(pasted);
  } catch (error) {
    // Its chunk did not load (offline, a stale deploy): say so rather than drop the paste silently.
    result = { ok: false, problems: [{ line: null, message: `The importer failed: ${String(error)}` }] };
  }
  articleProblems.hidden = result.ok;
  if (!result.ok) {
    listArticleProblems(byId<HTMLUListElement>('article-problem-list'), result.problems);
    const count = result.problems.length;
    return say(notice, `The pasted ${what} has ${count} problem${count === 1 ? '' : 's'}; it was not imported.`);
  }
  replaceText(view, `${JSON.stringify(result.record, null, 2)}\n`);
  // After the edit, whose change listener clears the notice.
  say(notice, `The pasted ${what} “${result.record.name}” was imported as its record.`);
}

byId('article-problems-dismiss').addEventListener('click', () => {
  articleProblems.hidden = true;
  say(notice, '');
  view.focus();
});

function writeEmbedCode(): void {
  embed.value = lastGood ? embedCode({ bundleUrl, integrity, attributes: chosenAttributes(controls), record: lastGood.record }) : '';
}

function applyControls(): void {
  applyAttributes(card, chosenAttributes(controls));
  byId('sections-hint').hidden = !noSectionChosen(controls);
  writeEmbedCode();
}

controls.addEventListener('change', applyControls);
controls.addEventListener('submit', (event) => event.preventDefault());

copyButton(byId<HTMLButtonElement>('copy'), embed, byId('copy-status'));

void bundleIntegrity().then((value) => {
  integrity = value;
  writeEmbedCode();
});
// A reload may bring back the form's earlier choices: the card starts with them.
applyControls();
check();
