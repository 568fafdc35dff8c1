import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CompoundCard } from '../src/compound-card.js';
import { $, loadOutcome, settled } from './helpers.js';

let counter = 0;
/** A key that keeps one test's URLs and server counters apart from every other's. */
const key = () => `loader-${Date.now()}-${++counter}`;

interface ServerStats {
  requests: number;
  aborted: number;
  completed: number;
  withCookie: number;
}
const serverStats = async (k: string): Promise<ServerStats> => (await fetch(`/api/stats?key=${k}`)).json();

function cards(count: number, src: string, timeout?: number): CompoundCard[] {
  return Array.from({ length: count }, () => {
    const card = document.createElement('compound-card');
    if (timeout) card.timeout = timeout;
    card.src = src;
    return card;
  });
}

/** Mounts one card for `src` and waits for it to end in ready or error; returns its final event. */
async function outcomeOf(src: string, timeout?: number) {
  const [card] = cards(1, src, timeout) as [CompoundCard];
  const started = performance.now();
  const ended = loadOutcome(card);
  await fixture(html`<div>${card}</div>`);
  const error = await ended;
  await card.updateComplete;
  return { card, error, elapsed: performance.now() - started };
}

/** The other loopback name for this server: same port, another origin, and no CORS headers. */
const crossOrigin = (path: string) => {
  const url = new URL(path, location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.href;
};

describe('one loader for the page', () => {
  it('makes one request for 100 cards with the same src, and shares one validated record', async () => {
    const k = key();
    const many = cards(100, `/api/record?delay=200&key=${k}`);
    const records = new Set<unknown>();
    for (const card of many) card.addEventListener('compound-card-load', (event) => records.add(event.detail.record));
    await fixture(html`<div>${many}</div>`);
    await waitUntil(() => many.every((card) => card.status === 'ready'), 'all ready', { timeout: 5000 });
    expect((await serverStats(k)).requests).to.equal(1);
    expect(records.size, 'one parsed and validated record object for every card').to.equal(1);
  });

  it('serves a card added later from the shared result, without a new request', async () => {
    const k = key();
    const src = `/api/record?key=${k}`;
    const [first] = cards(1, src) as [CompoundCard];
    await fixture(html`<div>${first}</div>`);
    await settled(first, 'ready');
    const [late] = cards(1, src) as [CompoundCard];
    first.after(late);
    await settled(late, 'ready');
    expect((await serverStats(k)).requests).to.equal(1);
  });

  it('keeps the request while any card still waits for it', async () => {
    const k = key();
    const three = cards(3, `/api/record?delay=600&key=${k}`);
    await fixture(html`<div>${three}</div>`);
    await aTimeout(100);
    three[0]!.remove();
    three[1]!.src = `/api/record?key=${key()}`;
    await settled(three[2]!, 'ready', 3000);
    expect(await serverStats(k)).to.deep.include({ requests: 1, aborted: 0, completed: 1 });
  });

  it('aborts the request when every waiting card is removed or pointed elsewhere', async () => {
    const k = key();
    const three = cards(3, `/api/record?delay=600&key=${k}`);
    await fixture(html`<div>${three}</div>`);
    await aTimeout(100);
    three[0]!.remove();
    three[1]!.remove();
    three[2]!.src = `/api/record?key=${key()}`;
    await aTimeout(800);
    expect(await serverStats(k)).to.deep.include({ requests: 1, aborted: 1, completed: 0 });
  });

  it('never renders a slow first response overtaken by a fast second one', async () => {
    const [card] = cards(1, `/api/record?name=Slow&delay=500&key=${key()}`) as [CompoundCard];
    await fixture(html`<div>${card}</div>`);
    card.src = `/api/record?name=Fast&key=${key()}`;
    await settled(card, 'ready');
    await aTimeout(700);
    expect($(card, '[part="title"]')!.textContent!.trim()).to.equal('Fast');
  });

  it('remembers a failure for other cards, and Retry asks the server again', async () => {
    const k = key();
    const src = `/api/flaky?code=404&times=1&key=${k}`;
    const [first] = cards(1, src) as [CompoundCard];
    await fixture(html`<div>${first}</div>`);
    await settled(first, 'error');
    const [second] = cards(1, src) as [CompoundCard];
    first.after(second);
    await settled(second, 'error');
    expect((await serverStats(k)).requests, 'the second card reused the failure').to.equal(1);
    $(second, '.retry')!.click();
    await settled(second, 'ready');
    expect((await serverStats(k)).requests).to.equal(2);
  });
});

describe('fault matrix: every failure ends in a kind and a message', () => {
  it('404: http, no retry', async () => {
    const k = key();
    const { error } = await outcomeOf(`/api/status?code=404&key=${k}`);
    expect(error).to.deep.include({ kind: 'http' });
    expect(error!.message).to.equal("The record's server answered with an error (HTTP 404).");
    expect((await serverStats(k)).requests).to.equal(1);
  });

  it('500: http after two retries with backoff', async () => {
    const k = key();
    const { error, elapsed } = await outcomeOf(`/api/status?code=500&key=${k}`);
    expect(error).to.deep.include({ kind: 'http' });
    expect(error!.message).to.contain('HTTP 500');
    expect((await serverStats(k)).requests).to.equal(3);
    expect(elapsed, 'backoff between attempts').to.be.greaterThan(300);
  });

  it('503 then 200: ready after one retry', async () => {
    const k = key();
    const { card, error } = await outcomeOf(`/api/flaky?code=503&times=1&key=${k}`);
    expect(error).to.equal(undefined);
    expect(card.status).to.equal('ready');
    expect((await serverStats(k)).requests).to.equal(2);
  });

  it('429 with Retry-After: waits as told, then ready', async () => {
    const k = key();
    const { card, elapsed } = await outcomeOf(`/api/flaky?code=429&times=1&retry-after=1&key=${k}`);
    expect(card.status).to.equal('ready');
    expect(elapsed).to.be.greaterThan(950);
    expect((await serverStats(k)).requests).to.equal(2);
  });

  it('408: retried like a server error', async () => {
    const k = key();
    const { card } = await outcomeOf(`/api/flaky?code=408&times=2&key=${k}`);
    expect(card.status).to.equal('ready');
    expect((await serverStats(k)).requests).to.equal(3);
  });

  it('a response that never ends: timeout', async () => {
    const k = key();
    const { error, elapsed } = await outcomeOf(`/api/never-ends?key=${k}`, 400);
    expect(error).to.deep.include({ kind: 'timeout', message: 'The record took too long to arrive.' });
    expect(elapsed).to.be.within(350, 3000);
    // The server hears of the closed connection a moment later (longer on a busy machine).
    await waitUntil(async () => (await serverStats(k)).aborted > 0, 'the server never saw the client give up', { timeout: 5000 });
    expect((await serverStats(k)).aborted, 'the server saw the client give up, once').to.equal(1);
  });

  it('invalid JSON: parse, with the position', async () => {
    const { error } = await outcomeOf(`/api/invalid-json?key=${key()}`);
    expect(error).to.deep.include({ kind: 'parse', message: 'The record is not valid JSON (line 1, column 28).' });
  });

  it('an HTML body: parse, naming what came instead', async () => {
    const { error } = await outcomeOf(`/api/html?key=${key()}`);
    expect(error).to.deep.include({ kind: 'parse', message: 'The server sent text/html, not a JSON record.' });
  });

  it('a JSON record served as text/plain: parse', async () => {
    const { error } = await outcomeOf(`/api/typed?type=text/plain&key=${key()}`);
    expect(error).to.deep.include({ kind: 'parse', message: 'The server sent text/plain, not a JSON record.' });
  });

  it('a +json content type is accepted', async () => {
    const { card } = await outcomeOf(`/api/typed?type=${encodeURIComponent('application/ld+json; charset=utf-8')}&key=${key()}`);
    expect(card.status).to.equal('ready');
  });

  it('a body over 512 KiB with Content-Length: too-large, before reading it', async () => {
    const { error } = await outcomeOf(`/api/big?length=yes&key=${key()}`);
    expect(error).to.deep.include({ kind: 'too-large', message: 'The record is larger than the 512 KiB a card accepts.' });
  });

  it('a body over 512 KiB without Content-Length: too-large, while streaming', async () => {
    const { error } = await outcomeOf(`/api/big?length=no&key=${key()}`);
    expect(error).to.deep.include({ kind: 'too-large' });
  });

  it('a wrong-shape record: invalid, with its path: problem issues', async () => {
    const { card, error } = await outcomeOf(`/api/wrong-shape?key=${key()}`);
    expect(error!.kind).to.equal('invalid');
    expect(error!.issues).to.deep.equal(['id: must be 1 to 64 characters of a-z, 0-9 and -', 'name: must not be empty']);
    expect($(card, '[part="error"]')!.textContent).to.contain('name: must not be empty');
  });

  it('schemaVersion 2: unsupported-version', async () => {
    const { error } = await outcomeOf(`/api/version-2?key=${key()}`);
    expect(error).to.deep.include({
      kind: 'unsupported-version',
      message: 'The record uses format version 2, which this card does not read. It reads version 1.',
    });
  });

  it('a second origin without CORS headers: network, saying the server may not allow this site', async () => {
    const { error } = await outcomeOf(crossOrigin(`/api/record?key=${key()}`));
    expect(error!.kind).to.equal('network');
    expect(error!.message).to.contain('may not allow this site');
  });

  it('a second origin that allows CORS: ready', async () => {
    const { card } = await outcomeOf(crossOrigin(`/api/cors-record?key=${key()}`));
    expect(card.status).to.equal('ready');
  });

  for (const src of ['javascript:alert(1)', 'http://[::1']) {
    it(`a src that is not an http(s) URL (${src}): network, nothing is requested, and no Retry is offered`, async () => {
      const { card, error } = await outcomeOf(src);
      expect(error).to.deep.include({ kind: 'network', message: 'The record address is not an http or https URL.' });
      expect($(card, '.retry')).to.equal(null);
    });
  }

  it('keeps the reader\'s focus in the card when Retry is pressed', async () => {
    const { card } = await outcomeOf(`/api/flaky?code=404&times=1&key=${key()}`);
    $(card, '.retry')!.focus();
    $(card, '.retry')!.click();
    await settled(card, 'ready');
    expect(card.shadowRoot!.activeElement).to.equal($(card, '.card'));
  });

  it('sends no cookies, even to its own origin', async () => {
    const k = key();
    document.cookie = 'session=secret; path=/';
    try {
      await outcomeOf(`/api/record?key=${k}`);
      expect(await serverStats(k)).to.deep.include({ requests: 1, withCookie: 0 });
    } finally {
      document.cookie = 'session=; path=/; max-age=0';
    }
  });
});
