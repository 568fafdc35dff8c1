// Hosting: records, the bundle and its stylesheet on a static host or CDN, with the
// headers the README's hosting guide recommends, and what the card and the browser
// do with each. Everything is served over real HTTP by tests/server/hosting-server.mjs,
// which counts requests on the server's side, on two origins: this page's own, and
// "the CDN", the same host name on another port (another origin, the same site).
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CompoundCard } from '../src/compound-card.js';
import { en } from '../src/i18n/en.js';
import { clearRecordCache } from '../src/loader/loader.js';
import { itExceptIn } from './engine.js';
import { $, loadOutcome, textOf } from './helpers.js';

/**
 * MiniBrowser under WebDriver (`--automation`) keeps its website data ephemeral, with
 * no HTTP cache between page loads, and no MiniBrowser or WebKitGTK setting turns one on.
 */
const itWithHttpCache = itExceptIn('webkit', 'MiniBrowser in --automation mode keeps no HTTP cache');

interface ServerStats {
  requests: number;
  preflights: number;
  conditional: number;
  notModified: number;
  withCookie: number;
  withAuthorization: number;
  origins: (string | null)[];
}

const RECORD = '/hosting/records/thymogen.json';
/** What a versioned URL may say: its bytes never change, so the browser never needs to ask again. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The CDN's port and the versioned folder the bundle is published under (/hosting/compound-card@x.y.z/). */
let cdn: { port: number; release: string };
const cdnOrigin = () => `${location.protocol}//${location.hostname}:${cdn.port}`;

before(async () => {
  cdn = await (await fetch('/hosting/cdn', { cache: 'no-store' })).json();
});

let counter = 0;
/** A URL for `path` on `origin` with the headers named in `query`, and a key of its own for the server's counts. */
function hosted(path: string, query: Record<string, string>, origin = location.origin) {
  const key = `hosting-${Date.now()}-${++counter}`;
  return { key, url: `${origin}${path}?${new URLSearchParams({ key, ...query })}` };
}

const statsOf = async (key: string): Promise<ServerStats> =>
  (await fetch(`/hosting/stats?key=${key}`, { cache: 'no-store' })).json();

/** Mounts a card for `src`; resolves when it is ready (no error) or in its error state (the error). */
async function show(src: string) {
  const card = document.createElement('compound-card');
  card.src = src;
  const ended = loadOutcome(card);
  await fixture(html`<div>${card}</div>`);
  const error = await ended;
  await card.updateComplete;
  return { card, error };
}

const titleOf = (card: CompoundCard) => textOf($(card, '[part="title"]'));

/** A cookie on this page's host name: the CDN (same host, another port) would receive it with any credentialed request. */
const COOKIE = 'hosting-session=secret';
const setCookie = () => (document.cookie = `${COOKIE}; path=/`);
const clearCookie = () => (document.cookie = 'hosting-session=; path=/; max-age=0');

/** The strictest policy (README, "Under a Content-Security-Policy"): everything from the page's own origin. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

interface HostWindow extends Window {
  /** Filled by tests/csp/listen.js, loaded first on every host page. */
  __violations: string[];
}

/** Opens /hosting/page.html with `query` in a frame; resolves once it has loaded. */
async function openHostPage(query: Record<string, string>, frames: HTMLIFrameElement[]): Promise<HostWindow> {
  const frame = document.createElement('iframe');
  frame.src = `/hosting/page.html?${new URLSearchParams(query)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frames.push(frame);
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as HostWindow;
}

const violationOf = (win: HostWindow, directive: string) =>
  waitUntil(() => win.__violations.some((line) => line.startsWith(directive)), `no ${directive} violation`, {
    timeout: 5000,
  });

describe('hosting: records and the HTTP cache', () => {
  // The card remembers a loaded record for the life of the page; a new page (or a
  // reload) starts without that memory and asks fetch again, which is where the
  // browser's HTTP cache answers. clearRecordCache() stands for that new page.
  const loadTwice = async (url: string) => {
    const first = await show(url);
    clearRecordCache();
    const second = await show(url);
    return [first, second];
  };

  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  /** Opens a real host page (the built bundle, one card for `src`) and waits for its card to settle. */
  async function pageWith(src: string) {
    const win = await openHostPage({ src }, frames);
    const card = win.document.querySelector('compound-card') as CompoundCard;
    await waitUntil(() => ['ready', 'error'].includes(card.status), 'the card never settled', { timeout: 8000 });
    return card;
  }

  itWithHttpCache('two real page loads (the built bundle in each): with max-age and an ETag the record is requested once', async () => {
    const { key, url } = hosted(RECORD, { cache: 'public, max-age=300', etag: '1' });
    expect((await pageWith(url)).status).to.equal('ready');
    expect((await pageWith(url)).status).to.equal('ready');
    expect(await statsOf(key)).to.deep.include({ requests: 1, conditional: 0 });
  });

  itWithHttpCache('two real page loads: with no-cache and an ETag the second asks If-None-Match, gets a 304 and is ready', async () => {
    const { key, url } = hosted(RECORD, { cache: 'no-cache', etag: '1' });
    await pageWith(url);
    expect((await pageWith(url)).status).to.equal('ready');
    expect(await statsOf(key)).to.deep.include({ requests: 2, conditional: 1, notModified: 1 });
  });

  it('within one page, a URL is fetched once whatever its headers (even no-store): the card keeps the record', async () => {
    const { key, url } = hosted(RECORD, { cache: 'no-store' });
    await show(url);
    const { card } = await show(url);
    expect(card.status).to.equal('ready');
    expect((await statsOf(key)).requests).to.equal(1);
  });

  // The same on the page's own origin and on the CDN (with CORS): the browser cache does not care.
  const origins: [string, () => string, Record<string, string>][] = [
    ['same origin', () => location.origin, {}],
    ['the CDN', cdnOrigin, { cors: '*' }],
  ];
  for (const [where, origin, cors] of origins) {
    const on = (query: Record<string, string>) => hosted(RECORD, { ...query, ...cors }, origin());

    itWithHttpCache(`${where}: Cache-Control: max-age with an ETag: loaded again with the card's memory cleared (a new page), it comes from the browser cache, with no request`, async () => {
      const { key, url } = on({ cache: 'public, max-age=300', etag: '1' });
      const [first, second] = await loadTwice(url);
      expect(first!.card.status).to.equal('ready');
      expect(second!.card.status).to.equal('ready');
      expect(titleOf(second!.card)).to.equal('Thymogen');
      expect(await statsOf(key)).to.deep.include({ requests: 1, conditional: 0 });
    });

    it(`${where}: Cache-Control: no-store: the same two loads make two full requests (so one request above is the cache)`, async () => {
      const { key, url } = on({ cache: 'no-store', etag: '1' });
      await loadTwice(url);
      expect(await statsOf(key)).to.deep.include({ requests: 2, conditional: 0, notModified: 0 });
    });

    itWithHttpCache(`${where}: Cache-Control: no-cache with an ETag: the second load asks If-None-Match, gets a 304, and the card renders the cached record`, async () => {
      const { key, url } = on({ cache: 'no-cache', etag: '1' });
      const [, second] = await loadTwice(url);
      expect(await statsOf(key)).to.deep.include({ requests: 2, conditional: 1, notModified: 1 });
      expect(second!.card.status).to.equal('ready');
      expect(titleOf(second!.card)).to.equal('Thymogen');
    });

    itWithHttpCache(`${where}: Cache-Control: max-age=1 with an ETag: once stale, the record is revalidated with a 304, not downloaded again`, async () => {
      const { key, url } = on({ cache: 'public, max-age=1', etag: '1' });
      await show(url);
      clearRecordCache();
      await aTimeout(1600);
      const { card } = await show(url);
      expect(card.status).to.equal('ready');
      expect(await statsOf(key)).to.deep.include({ requests: 2, conditional: 1, notModified: 1 });
    });
  }
});

describe('hosting: records on another origin', () => {
  before(setCookie);
  after(clearCookie);

  it('the CDN is another origin than this page: same host name, another port', () => {
    expect(String(cdn.port)).not.to.equal(location.port);
    expect(new URL(cdnOrigin()).origin).not.to.equal(location.origin);
  });

  it('with Access-Control-Allow-Origin: * the card is ready, after one GET with no cookie and no preflight', async () => {
    const { key, url } = hosted(RECORD, { cors: '*' }, cdnOrigin());
    const { card } = await show(url);
    expect(card.status).to.equal('ready');
    const stats = await statsOf(key);
    expect(stats).to.deep.include({ requests: 1, preflights: 0, withCookie: 0, withAuthorization: 0 });
    expect(stats.origins, 'a CORS request names the page that asked').to.deep.equal([location.origin]);
  });

  it('a request with credentials would carry the cookie, and `*` would keep its response from the page', async () => {
    // The control for the test above: the cookie does reach the CDN when a request
    // asks for credentials, so `withCookie: 0` there is the card's doing.
    const { key, url } = hosted(RECORD, { cors: '*' }, cdnOrigin());
    const outcome = await fetch(url, { credentials: 'include' }).then(
      () => 'read',
      () => 'refused',
    );
    expect(await statsOf(key)).to.deep.include({ requests: 1, withCookie: 1 });
    expect(outcome, 'the browser never shows a credentialed response to a page under `*`').to.equal('refused');
  });

  it('without Access-Control-Allow-Origin the card shows its error state, saying the server may not allow this site', async () => {
    const { key, url } = hosted(RECORD, {}, cdnOrigin());
    const { card, error } = await show(url);
    expect(card.status).to.equal('error');
    expect(error!.kind).to.equal('network');
    expect(error!.message).to.contain('may not allow this site to load it');
    expect(textOf($(card, '.error-message')), 'the card shows the same sentence').to.equal(error!.message);
    expect($(card, '.retry'), 'a Retry button').not.to.equal(null);
    // The server answered 200 each time; the browser withheld the response, and
    // the card, which cannot tell that from being offline, tried twice more.
    expect(await statsOf(key)).to.deep.include({ requests: 3, withCookie: 0 });
  });

  it('an error response needs the header too: a 404 with it reads "HTTP 404", without it only "could not be reached"', async () => {
    const withHeader = hosted(RECORD, { status: '404', cors: '*' }, cdnOrigin());
    expect((await show(withHeader.url)).error).to.deep.include({ kind: 'http', message: en.errors.http('404') });
    expect((await statsOf(withHeader.key)).requests, 'a 404 is not retried').to.equal(1);
    const without = hosted(RECORD, { status: '404' }, cdnOrigin());
    const withoutError = (await show(without.url)).error!;
    expect(withoutError.kind).to.equal('network');
    expect(withoutError.message).to.contain('could not be reached');
  });
});

describe('hosting: the Content-Type and encoding of a record', () => {
  const readable = ['application/json', 'application/json; charset=utf-8', 'application/ld+json'];
  for (const type of readable) {
    it(`${type}: ready`, async () => {
      const { card } = await show(hosted(RECORD, { type }).url);
      expect(card.status).to.equal('ready');
    });
  }

  it('compressed (Content-Encoding: gzip): ready', async () => {
    const { card } = await show(hosted(RECORD, { gzip: '1', etag: '1' }).url);
    expect(card.status).to.equal('ready');
  });

  const refused: [type: string, named: string][] = [
    ['text/html; charset=utf-8', 'text/html'],
    ['text/plain', 'text/plain'],
    ['application/octet-stream', 'application/octet-stream'],
    ['none', 'no content type'],
  ];
  for (const [type, named] of refused) {
    it(`${type === 'none' ? 'no Content-Type' : type}: the error state names what came, and the card does not ask again`, async () => {
      const { key, url } = hosted(RECORD, { type });
      const { card, error } = await show(url);
      expect(error).to.deep.include({ kind: 'parse', message: en.errors.notJson(named) });
      expect(textOf($(card, '.error-message'))).to.equal(`The server sent ${named}, not a JSON record.`);
      expect((await statsOf(key)).requests).to.equal(1);
    });
  }
});

describe('hosting: the bundle from a versioned URL on another origin', () => {
  let record: string;
  /** The value `npm run build` writes to dist/compound-card.js.sri: what a host page pins. */
  let integrity: string;
  const frames: HTMLIFrameElement[] = [];

  before(async () => {
    setCookie();
    record = (await (await fetch('/demo/records/thymogen.json')).text()).replaceAll('<', '\\u003c');
    integrity = (await (await fetch(`${cdn.release}compound-card.js.sri`, { cache: 'no-store' })).text()).trim();
  });
  after(clearCookie);
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  /** A host page (a fresh window, so nothing is defined yet) with `head` and a card whose record is embedded. */
  async function hostPage(head: string): Promise<{ win: Window; card: CompoundCard }> {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head>
<body><compound-card><script type="application/json">${record}</script></compound-card></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frames.push(frame);
    document.body.append(frame);
    // The load event waits for every script, classic or module, to run or fail.
    await loaded;
    const win = frame.contentWindow!;
    return { win, card: win.document.querySelector('compound-card') as CompoundCard };
  }

  const scriptTag = (src: string, pinned: string, module = false) =>
    `<script${module ? ' type="module"' : ''} src="${src}" integrity="${pinned}" crossorigin="anonymous"></script>`;

  const refusedOn = ({ win, card }: { win: Window; card: CompoundCard }) => {
    expect(win.customElements.get('compound-card'), 'the element is not defined').to.equal(undefined);
    expect(card.shadowRoot, 'the card never rendered').to.equal(null);
  };

  it('is served byte for byte: the pinned integrity is the SHA-384 of the bytes the host sends', async () => {
    const bytes = await (await fetch(`${cdn.release}compound-card.js`, { cache: 'no-store' })).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    expect(`sha384-${btoa(String.fromCharCode(...digest))}`).to.equal(integrity);
  });

  for (const module of [false, true]) {
    const kind = module ? 'type="module"' : 'classic';
    it(`${kind}, with integrity and crossorigin="anonymous", served with Access-Control-Allow-Origin: *: runs, and no cookie went along`, async () => {
      const { key, url } = hosted(`${cdn.release}compound-card.js`, { cors: '*', cache: IMMUTABLE }, cdnOrigin());
      const { win, card } = await hostPage(scriptTag(url, integrity, module));
      expect(win.customElements.get('compound-card')).to.be.a('function');
      await waitUntil(() => card.status === 'ready', 'the card never became ready', { timeout: 5000 });
      expect(await statsOf(key)).to.deep.include({ requests: 1, withCookie: 0 });
    });

    it(`${kind}, with integrity, served without Access-Control-Allow-Origin: refused (integrity on another origin needs CORS)`, async () => {
      const { key, url } = hosted(`${cdn.release}compound-card.js`, { cache: IMMUTABLE }, cdnOrigin());
      refusedOn(await hostPage(scriptTag(url, integrity, module)));
      expect((await statsOf(key)).requests, 'the server was asked and answered; the browser refused').to.be.at.least(1);
    });
  }

  it('classic, with integrity but no crossorigin attribute: refused even with Access-Control-Allow-Origin: *', async () => {
    const { key, url } = hosted(`${cdn.release}compound-card.js`, { cors: '*', cache: IMMUTABLE }, cdnOrigin());
    refusedOn(await hostPage(`<script src="${url}" integrity="${integrity}"></script>`));
    expect((await statsOf(key)).requests).to.equal(1);
  });

  it('compressed (Content-Encoding: gzip): runs, since integrity is checked on the decoded bytes', async () => {
    const { key, url } = hosted(`${cdn.release}compound-card.js`, { cors: '*', cache: IMMUTABLE, gzip: '1' }, cdnOrigin());
    const { win, card } = await hostPage(scriptTag(url, integrity));
    expect(win.customElements.get('compound-card')).to.be.a('function');
    await waitUntil(() => card.status === 'ready', 'the card never became ready', { timeout: 5000 });
    expect((await statsOf(key)).requests).to.equal(1);
  });

  it('changed after it was pinned (one byte more): refused, the card is never defined', async () => {
    const { key, url } = hosted(`${cdn.release}compound-card.js`, { cors: '*', cache: IMMUTABLE, tamper: '1' }, cdnOrigin());
    refusedOn(await hostPage(scriptTag(url, integrity)));
    expect((await statsOf(key)).requests).to.equal(1);
  });

  it('with a wrong integrity value: refused', async () => {
    const wrong = `sha384-${'A'.repeat(64)}`;
    const { key, url } = hosted(`${cdn.release}compound-card.js`, { cors: '*', cache: IMMUTABLE }, cdnOrigin());
    refusedOn(await hostPage(scriptTag(url, wrong)));
    expect((await statsOf(key)).requests).to.equal(1);
  });

  it('served as application/javascript with X-Content-Type-Options: nosniff (the older name for the type): runs', async () => {
    const query = { cors: '*', cache: IMMUTABLE, type: 'application/javascript', nosniff: '1' };
    const { url } = hosted(`${cdn.release}compound-card.js`, query, cdnOrigin());
    const { win, card } = await hostPage(scriptTag(url, integrity));
    expect(win.customElements.get('compound-card')).to.be.a('function');
    await waitUntil(() => card.status === 'ready', 'the card never became ready', { timeout: 5000 });
  });

  it('served as text/plain with X-Content-Type-Options: nosniff: refused, whatever its integrity', async () => {
    const query = { cors: '*', cache: IMMUTABLE, type: 'text/plain', nosniff: '1' };
    const { url } = hosted(`${cdn.release}compound-card.js`, query, cdnOrigin());
    refusedOn(await hostPage(scriptTag(url, integrity)));
  });

  it('Cache-Control: immutable on the versioned URL: a second page runs it from the browser cache, with no request', async () => {
    const { key, url } = hosted(`${cdn.release}compound-card.js`, { cors: '*', cache: IMMUTABLE, etag: '1' }, cdnOrigin());
    for (let page = 0; page < 2; page++) {
      const { win, card } = await hostPage(scriptTag(url, integrity));
      expect(win.customElements.get('compound-card'), `page ${page + 1}`).to.be.a('function');
      await waitUntil(() => card.status === 'ready', 'the card never became ready', { timeout: 5000 });
    }
    expect(await statsOf(key)).to.deep.include({ requests: 1, conditional: 0 });
  });
});

describe('hosting: compound-card.css for server-rendered cards', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  /**
   * A host page with a card rendered on the server whose shadow root links
   * `stylesheet` (what `compound-card render --stylesheet URL` writes), and no bundle.
   */
  async function renderedWith(stylesheet: string, csp?: string) {
    const win = await openHostPage({ stylesheet, ...(csp && { csp }) }, frames);
    const card = win.document.querySelector('compound-card')!.shadowRoot!.querySelector<HTMLElement>('.card')!;
    return { win, card };
  }

  /** Waits until the browser has finished fetching `url` (applied or not), and a frame more. */
  async function fetched(win: Window, url: string) {
    await waitUntil(() => win.performance.getEntriesByName(url).length > 0, `${url} was never fetched`);
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
  }

  /** A custom property the stylesheet sets on `.card`: empty when the stylesheet did not apply. */
  const accentOf = (card: HTMLElement) =>
    card.ownerDocument.defaultView!.getComputedStyle(card).getPropertyValue('--_accent').trim();

  it('text/css from another origin, with no CORS header: applied (a <link> stylesheet needs none)', async () => {
    const { key, url } = hosted(`${cdn.release}compound-card.css`, { cache: IMMUTABLE }, cdnOrigin());
    const { win, card } = await renderedWith(url);
    await fetched(win, url);
    expect(accentOf(card)).to.equal('#0a58a8');
    expect((await statsOf(key)).requests).to.equal(1);
  });

  it('served as text/plain: not applied, the rendered card is unstyled', async () => {
    const { key, url } = hosted(`${cdn.release}compound-card.css`, { cache: IMMUTABLE, type: 'text/plain' }, cdnOrigin());
    const { win, card } = await renderedWith(url);
    await fetched(win, url);
    expect(accentOf(card)).to.equal('');
    expect((await statsOf(key)).requests).to.equal(1);
  });

  it('Cache-Control: immutable on a versioned URL: a second page gets it from the browser cache, with no request', async () => {
    const { key, url } = hosted(`${cdn.release}compound-card.css`, { cache: IMMUTABLE, etag: '1' }, cdnOrigin());
    for (let page = 0; page < 2; page++) {
      const { win, card } = await renderedWith(url);
      await fetched(win, url);
      expect(accentOf(card), `page ${page + 1}`).to.equal('#0a58a8');
    }
    expect(await statsOf(key)).to.deep.include({ requests: 1, conditional: 0 });
  });

  it("under style-src 'self': from the page's own origin it applies with no violation", async () => {
    const { url } = hosted(`${cdn.release}compound-card.css`, { cache: IMMUTABLE });
    const { win, card } = await renderedWith(url, STRICT_CSP);
    await fetched(win, url);
    expect(accentOf(card)).to.equal('#0a58a8');
    expect(win.__violations).to.deep.equal([]);
  });

  it("under style-src 'self': from the CDN it is blocked before any request, and the card is unstyled", async () => {
    const { key, url } = hosted(`${cdn.release}compound-card.css`, { cache: IMMUTABLE }, cdnOrigin());
    const { win, card } = await renderedWith(url, STRICT_CSP);
    await violationOf(win, 'style-src');
    expect(accentOf(card)).to.equal('');
    expect((await statsOf(key)).requests).to.equal(0);
  });
});

describe('hosting: the bundle and records under a Content-Security-Policy', () => {
  const frames: HTMLIFrameElement[] = [];
  let integrity: string;
  before(async () => {
    integrity = (await (await fetch(`${cdn.release}compound-card.js.sri`, { cache: 'no-store' })).text()).trim();
  });
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  /** A host page under `csp` with the bundle (this origin's copy unless `bundle`) and a card for `src`. */
  async function cardUnder(csp: string, src: string, bundle?: string) {
    const query = { csp, src, ...(bundle && { bundle, integrity }) };
    const win = await openHostPage(query, frames);
    return { win, card: win.document.querySelector('compound-card') as CompoundCard };
  }

  const settledIn = (card: CompoundCard) =>
    waitUntil(() => ['ready', 'error'].includes(card.status), 'the card never settled', { timeout: 8000 });

  it("under the strict policy (connect-src falls back to default-src 'self'), a record on the CDN is blocked before any request", async () => {
    const { key, url } = hosted(RECORD, { cors: '*' }, cdnOrigin());
    const { win, card } = await cardUnder(STRICT_CSP, url);
    await settledIn(card);
    expect(card.status).to.equal('error');
    expect(textOf(card.shadowRoot!.querySelector('.error-message'))).to.contain('could not be reached');
    expect(win.__violations.some((line) => line.startsWith('connect-src'))).to.equal(true);
    expect((await statsOf(key)).requests).to.equal(0);
  });

  it("under the strict policy (script-src 'self'), the bundle from the CDN is blocked before any request: the card is never defined", async () => {
    const bundle = hosted(`${cdn.release}compound-card.js`, { cors: '*', cache: IMMUTABLE }, cdnOrigin());
    const { win, card } = await cardUnder(STRICT_CSP, hosted(RECORD, {}).url, bundle.url);
    await violationOf(win, 'script-src');
    expect(win.customElements.get('compound-card')).to.equal(undefined);
    expect(card.shadowRoot).to.equal(null);
    expect((await statsOf(bundle.key)).requests).to.equal(0);
  });

  it('a second script-src directive appended to the strict policy is ignored: the bundle from the CDN is still blocked', async () => {
    const bundle = hosted(`${cdn.release}compound-card.js`, { cors: '*', cache: IMMUTABLE }, cdnOrigin());
    const { win } = await cardUnder(`${STRICT_CSP}; script-src 'self' ${cdnOrigin()}`, hosted(RECORD, {}).url, bundle.url);
    await violationOf(win, 'script-src');
    expect(win.customElements.get('compound-card')).to.equal(undefined);
  });

  it("with the CDN's origin in script-src and connect-src: the bundle and the record both come from the CDN, ready, with no violation", async () => {
    const record = hosted(RECORD, { cors: '*' }, cdnOrigin());
    const bundle = hosted(`${cdn.release}compound-card.js`, { cors: '*', cache: IMMUTABLE }, cdnOrigin());
    // The strict policy with the CDN added where it is needed (a repeated directive would be ignored).
    const policy = STRICT_CSP.replace("script-src 'self'", `script-src 'self' ${cdnOrigin()}; connect-src 'self' ${cdnOrigin()}`);
    const { win, card } = await cardUnder(policy, record.url, bundle.url);
    await settledIn(card);
    expect(card.status).to.equal('ready');
    expect(win.__violations).to.deep.equal([]);
    expect((await statsOf(record.key)).requests).to.equal(1);
    expect((await statsOf(bundle.key)).requests).to.equal(1);
  });
});
