/**
 * The editing commands a code editor is expected to have, built on
 * @codemirror/state and @codemirror/language alone: undo and redo, Tab and
 * Shift-Tab to indent and outdent, Enter that keeps the JSON's indentation,
 * select all, and the start and end of the text. (The browser's own editing
 * keys cannot do the last two: CodeMirror puts only the visible lines in the page.)
 *
 * Why not @codemirror/commands: it is not installed. The repository's
 * `codemirror` dependency (6.65.7) is a CodeMirror 5 release, which does not
 * bring it along.
 */
import { getIndentation, getIndentUnit, indentString, indentUnit } from '@codemirror/language';
import {
  type ChangeSet,
  EditorSelection,
  type EditorState,
  type Extension,
  StateEffect,
  StateField,
  Transaction,
} from '@codemirror/state';
import { type Command, keymap } from '@codemirror/view';

interface Step {
  /** The changes that take the document back. */
  changes: ChangeSet;
  /** The selection to put back with them. */
  selection: EditorSelection;
  /** When the step was made, to group quick typing into one step. */
  time: number;
  typed: boolean;
}

interface History {
  done: readonly Step[];
  undone: readonly Step[];
}

/** Steps closer together than this, both typing, undo as one. */
const GROUP_MS = 600;
const MAX_STEPS = 200;

const setHistory = StateEffect.define<History>();

const historyField = StateField.define<History>({
  create: () => ({ done: [], undone: [] }),
  update(history, tr) {
    for (const effect of tr.effects) if (effect.is(setHistory)) return effect.value;
    if (!tr.docChanged || tr.annotation(Transaction.addToHistory) === false) return history;
    const time = tr.annotation(Transaction.time) ?? Date.now();
    const typed = tr.isUserEvent('input.type') || tr.isUserEvent('delete');
    const inverse = tr.changes.invert(tr.startState.doc);
    const last = history.done.at(-1);
    if (last && typed && last.typed && time - last.time < GROUP_MS) {
      // Undoing the group undoes this change, then the ones before it.
      const merged = { ...last, changes: inverse.compose(last.changes), time };
      return { done: [...history.done.slice(0, -1), merged], undone: [] };
    }
    const step = { changes: inverse, selection: tr.startState.selection, time, typed };
    return { done: [...history.done, step].slice(-MAX_STEPS), undone: [] };
  },
});

/** Moves the last step from one list to the other, applying it. */
const travel =
  (from: 'done' | 'undone'): Command =>
  (view) => {
    const history = view.state.field(historyField);
    const step = history[from].at(-1);
    if (!step) return false;
    const back: Step = {
      changes: step.changes.invert(view.state.doc),
      selection: view.state.selection,
      time: 0,
      typed: false,
    };
    const next: History =
      from === 'done'
        ? { done: history.done.slice(0, -1), undone: [...history.undone, back] }
        : { done: [...history.done, back], undone: history.undone.slice(0, -1) };
    view.dispatch({
      changes: step.changes,
      selection: step.selection,
      effects: setHistory.of(next),
      userEvent: from === 'done' ? 'undo' : 'redo',
      scrollIntoView: true,
    });
    return true;
  };

export const undo = travel('done');
export const redo = travel('undone');

/** The start of every line a selection range touches, once each. */
function selectedLineStarts(state: EditorState): number[] {
  const starts = new Set<number>();
  for (const range of state.selection.ranges) {
    const first = state.doc.lineAt(range.from).number;
    let last = state.doc.lineAt(range.to).number;
    // A selection that ends at the very start of a line does not take that line along.
    if (last > first && state.doc.line(last).from === range.to) last--;
    for (let n = first; n <= last; n++) starts.add(state.doc.line(n).from);
  }
  return [...starts];
}

/** Tab: indents every selected line by one unit (as CodeMirror's `indentMore` does). */
export const indentMore: Command = (view) => {
  const unit = view.state.facet(indentUnit);
  const changes = selectedLineStarts(view.state).map((from) => ({ from, insert: unit }));
  view.dispatch(view.state.update({ changes, userEvent: 'input.indent', scrollIntoView: true }));
  return true;
};

/** Shift-Tab: takes up to one unit of leading spaces off every selected line. */
export const indentLess: Command = (view) => {
  const width = getIndentUnit(view.state);
  const changes = selectedLineStarts(view.state).flatMap((from) => {
    const spaces = /^ */.exec(view.state.doc.lineAt(from).text)![0].length;
    const remove = spaces % width || Math.min(spaces, width);
    return remove ? [{ from, to: from + remove }] : [];
  });
  if (changes.length) view.dispatch({ changes, userEvent: 'delete.dedent', scrollIntoView: true });
  return true;
};

const PAIRS: Record<string, string> = { '{': '}', '[': ']' };

/**
 * Enter: a new line indented as the JSON around it asks; between a bracket
 * and its partner (`{|}`), the partner moves to a line of its own below.
 */
export const newlineAndIndent: Command = (view) => {
  const { state } = view;
  const transaction = state.changeByRange((range) => {
    const before = state.sliceDoc(range.from - 1, range.from);
    const after = state.sliceDoc(range.to, range.to + 1);
    const lineIndent = /^\s*/.exec(state.doc.lineAt(range.from).text)![0];
    const probe = state.update({ changes: { from: range.from, to: range.to, insert: '\n' } }).state;
    const column = getIndentation(probe, range.from + 1) ?? lineIndent.length;
    const indent = indentString(state, column);
    const insert = PAIRS[before] === after ? `\n${indent}\n${lineIndent}` : `\n${indent}`;
    const cursor = range.from + 1 + indent.length;
    return { changes: { from: range.from, to: range.to, insert }, range: EditorSelection.cursor(cursor) };
  });
  view.dispatch(state.update(transaction, { userEvent: 'input', scrollIntoView: true }));
  return true;
};

export const selectAll: Command = (view) => {
  view.dispatch({ selection: { anchor: 0, head: view.state.doc.length }, userEvent: 'select' });
  return true;
};

/** Ctrl-Home and Ctrl-End (⌘↑ ⌘↓ on a Mac); with Shift, the selection grows to there. */
const toEdge =
  (end: boolean, extend: boolean): Command =>
  (view) => {
    const at = end ? view.state.doc.length : 0;
    const anchor = extend ? view.state.selection.main.anchor : at;
    view.dispatch({ selection: { anchor, head: at }, userEvent: 'select', scrollIntoView: true });
    return true;
  };

/** Undo history and the editing keys. Tab is bound, so the editor offers Escape-then-Tab to leave it. */
export function editing(): Extension {
  return [
    historyField,
    keymap.of([
      { key: 'Mod-z', run: undo, preventDefault: true },
      { key: 'Mod-y', run: redo, preventDefault: true },
      { key: 'Mod-Shift-z', run: redo, preventDefault: true },
      { key: 'Tab', run: indentMore, shift: indentLess },
      { key: 'Enter', run: newlineAndIndent },
      { key: 'Mod-a', run: selectAll, preventDefault: true },
      { key: 'Mod-Home', mac: 'Mod-ArrowUp', run: toEdge(false, false), shift: toEdge(false, true), preventDefault: true },
      { key: 'Mod-End', mac: 'Mod-ArrowDown', run: toEdge(true, false), shift: toEdge(true, true), preventDefault: true },
    ]),
  ];
}
