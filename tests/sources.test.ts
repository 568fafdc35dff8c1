import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { CompoundCard } from '../src/compound-card.js';
import type { CompoundRecord } from '../src/record/schema.js';
import { $, clone, disclaimerOf, settled, textOf, thymogen } from './helpers.js';

/** A key that keeps one test's URLs and server counters apart from every other's. */
let counter = 0;
const key = () => `${Date.now()}-${++counter}`;

const serverStats = async (k: string) =>
  (await (await fetch(`/api/stats?key=${k}`)).json()) as { requests: number; aborted: number; completed: number };

const title = (card: CompoundCard) => textOf($(card, '[part="title"]'));
const errorText = (card: CompoundCard) => textOf($(card, '[part="error"]'));

function embedded(record: unknown, src?: string) {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof record === 'string' ? record : JSON.stringify(record);
  const card = document.createElement('compound-card');
  if (src) card.setAttribute('src', src);
  card.append(script);
  return card;
}

describe('record sources', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
  });

  it('renders a record set as a property', async () => {
    const card = document.createElement('compound-card');
    card.record = record;
    await fixture(html`<div>${card}</div>`);
    await settled(card, 'ready');
    expect(title(card)).to.equal('Thymogen');
  });

  it('renders an embedded <script type="application/json"> record', async () => {
    const card = embedded(record);
    await fixture(html`<div>${card}</div>`);
    await settled(card, 'ready');
    expect(title(card)).to.equal('Thymogen');
  });

  it('picks up an embedded record added after the card was connected', async () => {
    const card = await fixture<CompoundCard>(html`<compound-card></compound-card>`);
    expect(card.status).to.equal('empty');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(record);
    card.append(script);
    await settled(card, 'ready');
    script.textContent = JSON.stringify({ ...record, name: 'Edited' });
    await settled(card, 'ready');
    await card.updateComplete;
    expect(title(card)).to.equal('Edited');
  });

  it('fetches a src record from the server, resolved against the page', async () => {
    const card = await fixture<CompoundCard>(html`<compound-card src=${`api/record?key=${key()}`}></compound-card>`);
    await settled(card, 'ready');
    expect(title(card)).to.equal('Thymogen');
  });

  it('fetches the demo record file through src', async () => {
    const card = await fixture<CompoundCard>(html`<compound-card src="/demo/records/thymogen.json"></compound-card>`);
    await settled(card, 'ready');
    expect(title(card)).to.equal('Thymogen');
  });

  it('prefers the record property over an embedded record and src', async () => {
    const card = embedded({ ...record, name: 'Embedded' }, `/api/record?name=Fetched&key=${key()}`);
    card.record = { ...record, name: 'Property' };
    await fixture(html`<div>${card}</div>`);
    await settled(card, 'ready');
    expect(title(card)).to.equal('Property');
  });

  it('prefers an embedded record over src, and never fetches it', async () => {
    const k = key();
    const card = embedded({ ...record, name: 'Embedded' }, `/api/record?name=Fetched&key=${k}`);
    await fixture(html`<div>${card}</div>`);
    await settled(card, 'ready');
    await aTimeout(100);
    expect(title(card)).to.equal('Embedded');
    expect((await serverStats(k)).requests).to.equal(0);
  });

  it('falls back to the next source when the record property is cleared', async () => {
    const card = embedded({ ...record, name: 'Embedded' });
    card.record = { ...record, name: 'Property' };
    await fixture(html`<div>${card}</div>`);
    await settled(card, 'ready');
    card.record = undefined;
    await card.updateComplete;
    expect(title(card)).to.equal('Embedded');
  });

  it('validates a record property like any other source', async () => {
    const card = document.createElement('compound-card');
    card.record = { ...clone(record), faq: [{ question: 'Q', answer: '' }] };
    setTimeout(() => document.body.append(card));
    const event = await oneEvent(card, 'compound-card-error');
    expect(event.detail.kind).to.equal('invalid');
    expect(event.detail.issues).to.deep.equal(['faq[0].answer: must not be empty']);
    expect(event.detail.message).to.match(/does not follow/);
    await card.updateComplete;
    expect(card.status).to.equal('error');
    expect(errorText(card)).to.contain('faq[0].answer: must not be empty');
    expect($(card, '.retry'), 'no Retry for a record that did not come from src').to.equal(null);
    card.remove();
  });

  it('fires compound-card-load with the validated record once it is rendered', async () => {
    const card = document.createElement('compound-card');
    card.record = { ...clone(record), unknownKey: 'dropped' };
    setTimeout(() => document.body.append(card));
    const event = await oneEvent(card, 'compound-card-load');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.record.name).to.equal('Thymogen');
    expect(event.detail.record).to.not.have.property('unknownKey');
    expect(title(card), 'rendered before the event').to.equal('Thymogen');
    card.remove();
  });

  it('shows the error state for malformed embedded JSON, with its position', async () => {
    const card = embedded('{\n "schemaVersion": 1,\n "name": oops\n}');
    await fixture(html`<div>${card}</div>`);
    await settled(card, 'error');
    expect(errorText(card)).to.contain('not valid JSON (line 3, column 10)');
    expect(disclaimerOf(card)).to.not.equal(null);
  });
});

describe('fetching src', () => {
  it('shows an http error with the status and a Retry button that fetches again', async () => {
    const k = key();
    const card = document.createElement('compound-card');
    card.src = `/api/status?code=404&key=${k}`;
    setTimeout(() => document.body.append(card));
    const event = await oneEvent(card, 'compound-card-error');
    expect(event.detail).to.deep.include({ kind: 'http' });
    expect(event.detail.message).to.contain('HTTP 404');
    await card.updateComplete;
    expect(errorText(card)).to.contain('HTTP 404');
    expect((await serverStats(k)).requests).to.equal(1);
    $(card, '.retry')!.click();
    await oneEvent(card, 'compound-card-error');
    expect((await serverStats(k)).requests).to.equal(2);
    card.remove();
  });

  it('reports invalid JSON from the server as a parse error', async () => {
    const card = await fixture<CompoundCard>(html`<compound-card src=${`/api/invalid-json?key=${key()}`}></compound-card>`);
    await settled(card, 'error');
    expect(errorText(card)).to.contain('not valid JSON (line 1, column 28)');
  });

  it('reports a wrong-shape record with its issues', async () => {
    const card = await fixture<CompoundCard>(html`<compound-card src=${`/api/wrong-shape?key=${key()}`}></compound-card>`);
    await settled(card, 'error');
    expect(errorText(card)).to.contain('id: must be 1 to 64 characters').and.contain('name: must not be empty');
  });

  it('gives up after timeout milliseconds', async () => {
    const card = document.createElement('compound-card');
    card.setAttribute('timeout', '300');
    card.src = `/api/record?delay=3000&key=${key()}`;
    setTimeout(() => document.body.append(card));
    const started = performance.now();
    const event = await oneEvent(card, 'compound-card-error');
    expect(event.detail.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.within(250, 2500);
    card.remove();
  });

  it('never renders a late response for an old src', async () => {
    const card = await fixture<CompoundCard>(
      html`<compound-card src=${`/api/record?name=Slow&delay=600&key=${key()}`}></compound-card>`,
    );
    expect(card.status).to.equal('loading');
    card.src = `/api/record?name=Fast&key=${key()}`;
    await settled(card, 'ready');
    expect(title(card)).to.equal('Fast');
    await aTimeout(900);
    expect(title(card)).to.equal('Fast');
  });

  it('aborts the request when src changes', async () => {
    const k = key();
    const card = await fixture<CompoundCard>(html`<compound-card src=${`/api/record?delay=800&key=${k}`}></compound-card>`);
    await aTimeout(100);
    card.src = `/api/record?key=${key()}`;
    await settled(card, 'ready');
    await aTimeout(900);
    expect(await serverStats(k)).to.deep.include({ requests: 1, aborted: 1, completed: 0 });
  });

  it('aborts the request when the card is removed, and loads again when put back', async () => {
    const k = key();
    const card = await fixture<CompoundCard>(html`<compound-card src=${`/api/record?delay=800&key=${k}`}></compound-card>`);
    await aTimeout(100);
    const parent = card.parentElement!;
    card.remove();
    await aTimeout(900);
    expect(await serverStats(k)).to.deep.include({ requests: 1, aborted: 1 });
    parent.append(card);
    await settled(card, 'ready', 4000);
    expect((await serverStats(k)).requests).to.equal(2);
  });
});
