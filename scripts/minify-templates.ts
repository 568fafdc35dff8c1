/**
 * Vite plugin: shrinks the whitespace in Lit `html` and `css` template literals
 * of the card's own sources at build time. Lit keeps template text verbatim, so
 * the indentation that makes the sources readable would otherwise ship in the
 * bundle. Only whitespace changes; the TypeScript parser finds the literals, so
 * nested templates and `${…}` expressions are never touched.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * CSS: drop comments, collapse whitespace, and drop it around punctuation, never
 * inside quotes; `0.5` is written `.5`, and `) * 2` in a calc() `)*2` (only `+` and
 * `-` need spaces there).
 */
export function minifyCss(text: string): string {
  // Comments go first: an apostrophe in a comment is not the start of a string.
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}')
            .replace(/\)\s*\*\s*/g, ')*')
            .replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2'),
    )
    .join('');
}

/** HTML: whitespace with a line break next to a tag edge goes; any other run becomes one space. */
export function minifyHtml(text: string): string {
  return text
    .replace(/>\s*\n\s*/g, '>')
    .replace(/\s*\n\s*</g, '<')
    .replace(/\s*\n\s*/g, ' ');
}

export function minifyTemplates(): Plugin {
  return {
    name: 'compound-card-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
          const minify = node.tag.text === 'css' ? minifyCss : node.tag.text === 'html' ? minifyHtml : undefined;
          if (minify) {
            const template = node.template;
            const pieces = ts.isNoSubstitutionTemplateLiteral(template)
              ? [template]
              : [template.head, ...template.templateSpans.map((span) => span.literal)];
            for (const piece of pieces) {
              // Inner text of the piece, between `\`` or `}` and `${` or `\``.
              const start = piece.getStart(source) + 1;
              const end = piece.getEnd() - (ts.isTemplateTail(piece) || ts.isNoSubstitutionTemplateLiteral(piece) ? 1 : 2);
              const raw = code.slice(start, end);
              const text = minify(raw);
              if (text !== raw) edits.push({ start, end, text });
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edits.length) return null;
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      }
      return { code: out, map: null };
    },
  };
}
