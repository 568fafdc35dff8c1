// The built bundle on a page served with the strict Content-Security-Policy (README, "Under a Content-Security-Policy")
// (header set by tests/server/csp-pages.mjs): the card must render with zero violations.
import { expect, waitUntil } from '@open-wc/testing';
import './page-guard.js';
import type { CompoundCard } from '../src/compound-card.js';

interface StrictWindow extends Window {
  __violations: string[];
  __errors: string[];
}

describe('strict Content-Security-Policy page', () => {
  let frame: HTMLIFrameElement;
  let win: StrictWindow;
  const card = (id: string) => win.document.getElementById(id) as CompoundCard;

  before(async () => {
    frame = document.createElement('iframe');
    frame.src = '/tests/csp/strict-page.html';
    frame.style.width = '900px';
    frame.style.height = '700px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as StrictWindow;
    await waitUntil(
      () => ['embedded', 'fetched', 'invalid', 'failed'].every((id) => ['ready', 'error'].includes(card(id)?.status)),
      'cards never settled on the strict page',
      { timeout: 8000 },
    );
  });

  after(() => frame.remove());

  it('is served with the strict policy', async () => {
    const response = await fetch('/tests/csp/strict-page.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
  });

  it('renders every card: embedded, fetched, invalid and failed', () => {
    expect(card('embedded').status).to.equal('ready');
    expect(card('fetched').status).to.equal('ready');
    expect(card('invalid').status).to.equal('error');
    expect(card('failed').status).to.equal('error');
    expect(card('embedded').shadowRoot!.querySelector('[part="title"]')?.textContent?.trim()).to.equal('Thymogen');
    expect(card('embedded').shadowRoot!.querySelector('[part="references"] a')?.getAttribute('href')).to.equal(
      'https://example.org/trial',
    );
  });

  it('reports zero securitypolicyviolation events and no errors, with the bundle loaded twice', async () => {
    // Open every panel, so collapsed content renders under the policy too.
    for (const id of ['embedded', 'fetched']) {
      card(id).shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggle').forEach((button) => button.click());
      await card(id).updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('uses no inline style attributes', () => {
    for (const id of ['embedded', 'fetched', 'invalid', 'failed']) {
      expect(card(id).shadowRoot!.querySelectorAll('[style]'), id).to.have.length(0);
    }
  });

  it('enforces Trusted Types where the browser has them, so the test would catch a violation', function () {
    if (!('trustedTypes' in win)) this.skip();
    const probe = win.document.createElement('div');
    expect(() => {
      probe.innerHTML = '<b>not trusted</b>';
    }).to.throw();
    // The probe's own violation is expected; take it back out of the list.
    expect(win.__violations.length).to.be.at.most(1);
    win.__violations.length = 0;
  });
});
