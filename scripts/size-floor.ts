/**
 * The size floor: the smallest useful Lit element, built with exactly the
 * bundle's configuration (`vite build --mode floor`), so `npm run size` can say
 * how much the card costs above Lit itself.
 */
import { css, html, LitElement } from 'lit';

class SizeFloor extends LitElement {
  static override properties = { name: {} };
  static override styles = css`
    :host {
      display: block;
    }
  `;
  declare name: string;

  protected override render() {
    return html`<p>${this.name}</p>`;
  }
}

if (!customElements.get('size-floor')) customElements.define('size-floor', SizeFloor);
