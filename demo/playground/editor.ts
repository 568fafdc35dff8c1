/**
 * The record editor: CodeMirror 6 with JSON highlighting, folding, lint marks
 * and the editing keys, mounted in a shadow root of its host element.
 *
 * Tab indents (`indentWithTab`), so keyboard users leave the editor the way
 * CodeMirror offers: Escape, then Tab or Shift-Tab, moves the focus on.
 *
 * Why a shadow root: in a shadow root CodeMirror styles itself with
 * constructable stylesheets; in the page it adds a `<style>` element, which
 * the playground's Content-Security-Policy (`style-src 'self'`) refuses.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import {
  bracketMatching,
  defaultHighlightStyle,
  foldGutter,
  foldKeymap,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';

export interface EditorOptions {
  /** The element whose shadow root holds the editor. */
  host: HTMLElement;
  doc: string;
  /** Names the editor for assistive technology (a `<label>` outside the shadow root cannot). */
  label: string;
  /** Called after every change of the text. */
  onChange: () => void;
  /** What is about to be pasted, as plain text and as HTML (empty when the paste has none): return true to take it over, so the editor does not insert it. */
  onPaste: (text: string, html: string) => boolean;
}

const ERROR_RED = '#b3261e';

const theme = EditorView.theme({
  '&': { height: '100%', backgroundColor: '#ffffff', color: '#1c1f23', fontSize: '0.875rem' },
  '&.cm-focused': { outline: '3px solid #0a58a8', outlineOffset: '-3px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace', lineHeight: '1.5' },
  '.cm-gutters': { backgroundColor: '#f4f5f7', color: '#4f5661', borderRight: '1px solid #cfd4da' },
  '.cm-activeLineGutter': { backgroundColor: '#e3ecf7' },
  '.cm-activeLine': { backgroundColor: '#f3f7fc' },
  '.cm-content': { paddingBlock: '0.5rem' },
  // The lint package draws its underline and gutter dot as data: SVG images, which the
  // page's `default-src 'self'` refuses (a CSP violation); plain CSS draws them instead.
  '.cm-lintRange-error': {
    backgroundImage: 'none',
    textDecoration: `underline wavy ${ERROR_RED}`,
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
  },
  '.cm-lint-marker-error': {
    content: 'normal',
    boxSizing: 'border-box',
    width: '0.7em',
    height: '0.7em',
    marginBlockStart: '0.4em',
    borderRadius: '50%',
    backgroundColor: ERROR_RED,
  },
});

export function createEditor({ host, doc, label, onChange, onPaste }: EditorOptions): EditorView {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  return new EditorView({
    root,
    parent: root,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        foldGutter(),
        lintGutter(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        highlightSpecialChars(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        json(),
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap, ...foldKeymap, indentWithTab]),
        theme,
        EditorView.lineWrapping,
        // axe's scrollable-region-focusable wants focusable content in the scroller;
        // a contenteditable alone does not count, an explicit tabindex does.
        EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange();
        }),
        EditorView.domEventHandlers({
          paste: (event) => {
            const data = event.clipboardData;
            if (!onPaste(data?.getData('text/plain') ?? '', data?.getData('text/html') ?? '')) return false;
            event.preventDefault();
            return true;
          },
        }),
      ],
    }),
  });
}

/** Marks the problems in the text (underline, gutter dot, tooltip). */
export function showDiagnostics(view: EditorView, diagnostics: readonly Diagnostic[]): void {
  view.dispatch(setDiagnostics(view.state, diagnostics));
}

/** Puts the focus in the editor and the cursor at `offset`, scrolled into view. */
export function moveCursor(view: EditorView, offset: number): void {
  // Focus first: focusing reads back the page's selection, which still shows the old
  // place when the new one is far off screen and not drawn yet.
  view.focus();
  view.dispatch({ selection: { anchor: Math.min(offset, view.state.doc.length) }, scrollIntoView: true });
}

/** Replaces the whole text as one undoable step. */
export function replaceText(view: EditorView, text: string): void {
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: text },
    selection: { anchor: 0 },
    userEvent: 'input.paste',
    scrollIntoView: true,
  });
}
