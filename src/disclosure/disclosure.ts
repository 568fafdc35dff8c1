/**
 * The open/closed mechanics shared by the quick-facts panel and the FAQ items
 * (W3C APG disclosure and accordion patterns): a button with `aria-expanded`
 * and `aria-controls`, and a panel that is `hidden="until-found"` while closed,
 * so find-in-page still searches it and opens it through `beforematch`.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface DisclosureOptions {
  open: boolean;
  buttonId: string;
  panelId: string;
  label: unknown;
  panel: unknown;
  /** Called with the wanted state: the reader's click, or `true` when find-in-page reveals the panel. */
  onChange: (open: boolean) => void;
  panelClass?: string;
}

export function disclosureButton(o: DisclosureOptions): TemplateResult {
  return html`<button
    type="button"
    class="toggle"
    id=${o.buttonId}
    aria-expanded=${o.open ? 'true' : 'false'}
    aria-controls=${o.panelId}
    @click=${() => o.onChange(!o.open)}
  >${o.label}</button>`;
}

/*
 * Browsers without `until-found` treat any `hidden` value as plain hidden, so the
 * same markup degrades to an ordinary collapsed panel.
 */
export function disclosurePanel(o: DisclosureOptions): TemplateResult {
  return html`<div
    id=${o.panelId}
    class=${o.panelClass ?? 'panel'}
    role="group"
    aria-labelledby=${o.buttonId}
    hidden=${o.open ? nothing : 'until-found'}
    @beforematch=${() => o.onChange(true)}
  >${o.panel}</div>`;
}
