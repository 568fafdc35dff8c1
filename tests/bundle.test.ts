// Loads the built dist/compound-card.js the way a host page does: a plain <script> tag.
// This file imports nothing from src/, so the only definition of the element is the bundle's.
import { expect, waitUntil } from '@open-wc/testing';
import './page-guard.js';
import type { CompoundCard } from '../src/compound-card.js';

const BUNDLE = '/dist/compound-card.js';

function loadScript(src: string, type?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (type) script.type = type;
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

const pageErrors: string[] = [];
window.addEventListener('error', (event) => pageErrors.push(String(event.message)));

async function hostMarkup(markup: string): Promise<CompoundCard> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const card = host.querySelector('compound-card')!;
  await waitUntil(() => card.status === 'ready' || card.status === 'error', 'card never settled', { timeout: 5000 });
  return card;
}

describe('built bundle through a plain <script> tag', () => {
  let record: string;
  before(async () => {
    expect(customElements.get('compound-card'), 'nothing registered before the bundle').to.equal(undefined);
    record = await (await fetch('/demo/records/thymogen.json')).text();
    await loadScript(BUNDLE);
  });

  it('registers <compound-card>', () => {
    expect(customElements.get('compound-card')).to.be.a('function');
  });

  it('renders an embedded record written in host-page HTML', async () => {
    const card = await hostMarkup(
      `<compound-card heading-level="3"><script type="application/json">${record}</script></compound-card>`,
    );
    expect(card.status).to.equal('ready');
    expect(card.getAttribute('status')).to.equal('ready');
    const root = card.shadowRoot!;
    expect(root.querySelector('[part="title"]')?.tagName).to.equal('H3');
    expect(root.querySelector('[part="title"]')?.textContent?.trim()).to.equal('Thymogen');
    expect(root.querySelectorAll('[part="faq"] button')).to.have.length(5);
    expect(root.querySelector('[role="note"]')?.textContent).to.contain('(FDA)');
  });

  it('fetches a src record and requests nothing else', async () => {
    const since = performance.now();
    const card = await hostMarkup('<compound-card src="/demo/records/thymogen.json?bundle"></compound-card>');
    expect(card.status).to.equal('ready');
    const requested = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= since)
      .map((entry) => new URL(entry.name).pathname);
    expect(requested).to.deep.equal(['/demo/records/thymogen.json']);
  });

  it('shows the error state for an invalid record', async () => {
    const card = await hostMarkup(
      '<compound-card><script type="application/json">{"schemaVersion":1,"id":"x","name":""}</script></compound-card>',
    );
    expect(card.status).to.equal('error');
    expect(card.shadowRoot!.querySelector('[part="error"]')?.textContent).to.contain('name: must not be empty');
  });

  it('loads a second time, as a classic and as a module script, without throwing', async () => {
    const first = customElements.get('compound-card');
    await loadScript(`${BUNDLE}?again`);
    await loadScript(`${BUNDLE}?module`, 'module');
    expect(customElements.get('compound-card')).to.equal(first);
    expect(pageErrors).to.deep.equal([]);
  });

  it('is one self-contained production file', async () => {
    const source = await (await fetch(BUNDLE)).text();
    expect(source).to.not.match(/\bimport\s*[("'{*]/);
    expect(source).to.not.contain('Lit is in dev mode');
    expect(source).to.not.match(/\bexport\s*[{*]/);
  });
});
