// demo/plain.html, the page a host developer copies: the built bundle as a classic
// deferred script, an embedded-record card, a `src` card, and the page's own
// demo/plain.js (event listeners, `card.record = …`, `card.status`). Needs
// dist/compound-card.js (`npm run build`).
import { expect, waitUntil } from '@open-wc/testing';
import './page-guard.js';
import type { CompoundCard } from '../src/compound-card.js';
import { textOf } from './helpers.js';

const PAGE = '/demo/plain.html';
const CARDS = ['embedded-card', 'src-card', 'script-card'];

describe('demo/plain.html', () => {
  let frame: HTMLIFrameElement;
  let win: Window;
  let pageErrors: string[];
  const doc = () => win.document;
  const card = (id: string) => doc().getElementById(id) as CompoundCard;
  const logText = () => doc().getElementById('event-log')!.textContent ?? '';
  const logLines = (type: string, id: string) =>
    logText()
      .split('\n')
      .filter((line) => line.startsWith(type) && line.includes(`#${id} `));
  const title = (id: string) => textOf(card(id).shadowRoot?.querySelector('[part="title"]'));

  before(async () => {
    const bundle = await fetch('/dist/compound-card.js', { method: 'HEAD' });
    if (!bundle.ok) throw new Error('dist/compound-card.js is missing: run `npm run build` first');

    pageErrors = [];
    frame = document.createElement('iframe');
    frame.src = PAGE;
    frame.width = '900';
    frame.height = '800';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow!;
    // Errors during the clicks below; an error while the page loads leaves a card short of "ready".
    win.addEventListener('error', (event) => pageErrors.push(event.message));
    win.addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
    await waitUntil(
      () => CARDS.every((id) => card(id)?.status === 'ready') && CARDS.every((id) => logLines('compound-card-load', id).length > 0),
      'the cards on demo/plain.html never all reached "ready" with a logged load event',
      { timeout: 8000 },
    );
  });

  after(() => frame.remove());

  it('registers the card from the built bundle, not from the source', () => {
    const scripts = [...doc().querySelectorAll('script[src]')].map((script) => script.getAttribute('src'));
    expect(scripts).to.include('../dist/compound-card.js');
    expect(doc().querySelector('script[src="../dist/compound-card.js"]')!.hasAttribute('defer')).to.equal(true);
    expect(win.customElements.get('compound-card')).to.be.a('function');
  });

  it('shows the embedded, the src and the script-set record', () => {
    for (const id of CARDS) {
      expect(card(id).status, id).to.equal('ready');
      expect(card(id).getAttribute('status'), id).to.equal('ready');
      expect(title(id), id).to.equal('Thymogen');
      expect(card(id).shadowRoot!.querySelector('[part="title"]')!.tagName, id).to.equal('H3');
    }
    expect(card('embedded-card').querySelector('script[type="application/json"]')).to.not.equal(null);
    expect(card('src-card').getAttribute('src')).to.equal('./records/thymogen.json');
    expect(card('script-card').record).to.be.an('object');
  });

  it('logs one load event per card, through the page script', () => {
    for (const id of CARDS) expect(logLines('compound-card-load', id), id).to.have.length(1);
    expect(logLines('compound-card-load', 'script-card')[0]).to.contain('record "thymogen" (Thymogen)');
    expect(logText()).not.to.contain('compound-card-error');
    expect(logText()).not.to.contain('Waiting for events');
  });

  it('reads card.status into the status line', () => {
    doc().getElementById('read-status')!.click();
    expect(doc().getElementById('status-line')!.textContent).to.equal(
      '#embedded-card: ready, #src-card: ready, #script-card: ready',
    );
  });

  it('switches the script card to a new record object and back', async () => {
    const button = doc().getElementById('switch-record') as HTMLButtonElement;
    button.click();
    await card('script-card').updateComplete;
    expect(title('script-card')).to.equal('Glutamyl-tryptophan (Thymogen)');
    expect(logLines('compound-card-load', 'script-card')).to.have.length(2);
    expect(logLines('compound-card-load', 'script-card')[1]).to.contain('(Glutamyl-tryptophan (Thymogen))');

    button.click();
    await card('script-card').updateComplete;
    expect(title('script-card')).to.equal('Thymogen');
    expect(logLines('compound-card-load', 'script-card')).to.have.length(3);
  });

  it('logs toggle events from the cards', async () => {
    const question = card('src-card').shadowRoot!.querySelector<HTMLButtonElement>('[part="faq"] .toggle')!;
    question.click();
    await card('src-card').updateComplete;
    expect(logLines('compound-card-toggle', 'src-card')).to.deep.equal([
      'compound-card-toggle  #src-card  block=faq index=0 open=true',
    ]);
  });

  it('has no inline scripts (except JSON data) and no inline styles', async () => {
    const html = await (await fetch(PAGE)).text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    const inline = [...page.querySelectorAll('script:not([src])')].filter(
      (script) => script.getAttribute('type') !== 'application/json',
    );
    expect(inline).to.have.length(0);
    expect(page.querySelectorAll('style, [style]')).to.have.length(0);
    expect([...page.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on')))).to.deep.equal([]);
  });

  it('raised no error on the page', () => {
    expect(pageErrors).to.deep.equal([]);
  });
});
