import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingOptions {
  id?: string | undefined;
  className?: string | undefined;
  part?: string | undefined;
}

/** Clamps any number to a real heading level, 1–6. */
export const clampLevel = (level: number): number => Math.min(6, Math.max(1, Math.trunc(level)));

/**
 * A real `<h1>`…`<h6>` at a level chosen at run time. Lit cannot bind a tag
 * name, and a static-HTML helper would add bytes and an `unsafeStatic` call,
 * so the six tags are spelled out once here.
 */
export function heading(level: number, content: unknown, o: HeadingOptions = {}): TemplateResult {
  const id = o.id ?? nothing;
  const cls = o.className ?? nothing;
  const part = o.part ?? nothing;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 id=${id} class=${cls} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${cls} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} part=${part}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${cls} part=${part}>${content}</h6>`;
  }
}
