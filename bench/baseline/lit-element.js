// The baseline for the bundle benchmark: the smallest useful Lit element (one
// property, a <p> template), built as an IIFE with the card's minify settings.
import { html, LitElement } from 'lit';

class BaselineElement extends LitElement {
  static properties = { text: {} };

  constructor() {
    super();
    this.text = 'Hello';
  }

  render() {
    return html`<p>${this.text}</p>`;
  }
}

if (!customElements.get('baseline-element')) customElements.define('baseline-element', BaselineElement);
