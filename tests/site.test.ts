// The Eleventy demo site (demo/site/) as `npm run site:build` leaves it in
// demo/site/_site/, served byte for byte by tests/server/site-files.mjs: a page of
// cards rendered at build time by the `./ssr` entry, read without JavaScript, and
// taken over in place by the script-tag bundle with it.
import { expect, waitUntil } from '@open-wc/testing';
import './page-guard.js';
import type { CompoundCard } from '../src/compound-card.js';
import type { CompoundRecord } from '../src/record/schema.js';
import { textOf } from './helpers.js';
import { textsOf } from './record-texts.js';

/** The record files the site renders (demo/site/_data/records.js), in page order. */
const RECORD_FILES = ['/demo/records/thymogen.json', '/demo/site/records/demoxitide.json', '/demo/site/records/exemplarine.json'];

/** The files the page itself asks for; a record would be anything else. */
const PAGE_FILES = /\/(site\.css|compound-card\.js|favicon\.svg)$/;

interface Page {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  cards: CompoundCard[];
}

/** A 1000×900 frame, as a reader's window would show the page; `sandbox` without scripts: JavaScript off. */
function frameFor(url: string, { scripts }: { scripts: boolean }): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '900';
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.src = url;
  document.body.append(frame);
  return frame;
}

const pageOf = (frame: HTMLIFrameElement): Page => {
  const doc = frame.contentDocument!;
  return { frame, win: frame.contentWindow as Window & typeof globalThis, doc, cards: [...doc.querySelectorAll<CompoundCard>('compound-card')] };
};

const nextFrames = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

/** `text` with its white space as `textOf` gives it. */
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The innermost elements of `root` that hold `text`: where a reader would see it. */
const elementsHolding = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll<HTMLElement>('*')].filter(
    (element) => textOf(element).includes(normal(text)) && ![...element.children].some((child) => textOf(child).includes(normal(text))),
  );

/** A reader sees `element`: nothing hides it, and it is bigger than a visually-hidden label. */
const isVisible = (element: HTMLElement | null) => {
  if (!element) return false;
  const { width, height } = element.getBoundingClientRect();
  return width >= 10 && height >= 10 && element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
};

/** How often `text` occurs in the card's text. */
const occurrences = (root: ShadowRoot, text: string) => textOf(root.querySelector('.card')).split(normal(text)).length - 1;

/** Where each card and the footer sit: any layout shift changes one of these numbers. */
const layoutOf = (page: Page) =>
  [...page.cards, page.doc.querySelector('footer')!].map((element) => {
    const { top, left, width, height } = element.getBoundingClientRect();
    return { top, left, width, height };
  });

let records: CompoundRecord[];
before(async () => {
  records = await Promise.all(
    RECORD_FILES.map(async (url) => {
      const response = await fetch(url);
      expect(response.ok, url).to.equal(true);
      return (await response.json()) as CompoundRecord;
    }),
  );
  const built = await fetch('/demo/site/_site/index.html');
  expect(built.ok, 'demo/site/_site/index.html is missing: run npm run site:build first').to.equal(true);
});

describe('the demo site without JavaScript', () => {
  let page: Page;
  before(async () => {
    const frame = frameFor('/demo/site/_site/index.html', { scripts: false });
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    page = pageOf(frame);
  });
  after(() => page.frame.remove());

  it('has one card per record, in order, each with the shadow root the parser attached', () => {
    expect(page.win.matchMedia('(scripting: none)').matches, 'scripting is off in the frame').to.equal(true);
    expect(page.win.customElements.get('compound-card')).to.equal(undefined);
    expect(page.cards.map((card) => textOf(card.shadowRoot?.querySelector('h2')))).to.deep.equal(records.map((record) => record.name));
    for (const card of page.cards) expect(card.querySelector('template'), 'no declarative shadow root was refused').to.equal(null);
  });

  it('shows every text of every record, and the disclaimer, styled', () => {
    for (const [index, record] of records.entries()) {
      const root = page.cards[index].shadowRoot!;
      for (const text of textsOf(record)) expect(elementsHolding(root, text).some(isVisible), `${record.id}: ${text.slice(0, 40)}`).to.equal(true);
      const disclaimer = root.querySelector<HTMLElement>('[role="note"]');
      expect(isVisible(disclaimer), `${record.id}: the disclaimer`).to.equal(true);
      expect(textOf(disclaimer), record.id).to.contain('(FDA)');
      // The card's own styles came with it: the disclaimer's background is not the page's.
      expect(page.win.getComputedStyle(disclaimer!).backgroundColor, record.id).to.not.equal('rgba(0, 0, 0, 0)');
    }
  });
});

describe('the demo site with JavaScript', () => {
  let page: Page;
  /** Where everything sat on the rendered page, painted, before the bundle ran. */
  let painted: ReturnType<typeof layoutOf>;
  /** How often each text of each record occurred on the server-rendered cards. */
  let rendered: number[][];
  const countsOf = (cards: CompoundCard[]) => records.map((record, index) => textsOf(record).map((text) => occurrences(cards[index].shadowRoot!, text)));
  const logged: string[] = [];
  const shifts: number[] = [];
  let shiftObserver: PerformanceObserver | undefined;

  /** Records, in the page's window, what it logs and every layout shift the browser reports (Chromium). */
  const watch = (win: Page['win']) => {
    for (const level of ['error', 'warn', 'log', 'info', 'debug'] as const) {
      win.console[level] = (...args: unknown[]) => logged.push(`console.${level}: ${args.map(String).join(' ')}`);
    }
    win.addEventListener('error', (event) => logged.push(`error: ${event.message}`));
    win.addEventListener('unhandledrejection', (event) => logged.push(`unhandled rejection: ${String(event.reason)}`));
    if (win.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      shiftObserver = new win.PerformanceObserver((list) => shifts.push(...list.getEntries().map((entry) => (entry as PerformanceEntry & { value: number }).value)));
      shiftObserver.observe({ type: 'layout-shift', buffered: true });
    }
  };

  before(async function () {
    this.timeout(30000);
    // The server holds the bundle back until released: the page is parsed and painted, not yet taken over.
    const held = `/site-held/${crypto.randomUUID()}/`;
    const frame = frameFor(`${held}index.html`, { scripts: true });
    await waitUntil(() => frame.contentDocument?.URL.endsWith(`${held}index.html`) && frame.contentDocument.readyState === 'interactive', 'the page was not parsed', {
      timeout: 8000,
    });
    page = pageOf(frame);
    await waitUntil(() => [...page.doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet), 'site.css did not load');
    await nextFrames(page.win);
    expect(page.win.customElements.get('compound-card'), 'the bundle ran before it was released').to.equal(undefined);
    watch(page.win);
    painted = layoutOf(page);
    rendered = countsOf(page.cards);

    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    await fetch(`${held}release`, { method: 'POST' });
    await loaded;
    const CardClass = page.win.customElements.get('compound-card');
    await waitUntil(
      () => CardClass && page.cards.every((card) => card instanceof CardClass && card.status === 'ready'),
      // A bundle whose bytes differ from the page's integrity value is refused.
      'the cards never took over',
      { timeout: 8000 },
    );
    await Promise.all(page.cards.map((card) => card.updateComplete));
    await nextFrames(page.win);
  });
  after(() => page.frame.remove());

  it('takes over every card in place: its own styles, no text lost or doubled', () => {
    expect(page.cards).to.have.length(records.length);
    for (const [index, record] of records.entries()) {
      const card = page.cards[index];
      const root = card.shadowRoot!;
      expect(card.getAttribute('status'), record.id).to.equal('ready');
      expect(root.querySelectorAll('article.card'), record.id).to.have.length(1);
      // The server's <style> gave way to the bundle's adopted styles (the same rules).
      expect(root.querySelectorAll('style, link'), record.id).to.have.length(0);
      expect(root.adoptedStyleSheets.length, record.id).to.be.greaterThan(0);
      for (const item of record.faq ?? []) expect(occurrences(root, item.answer), `${record.id}: ${item.question}`).to.equal(1);
    }
    expect(countsOf(page.cards)).to.deep.equal(rendered);
    expect(rendered.flat(), 'every text was on the rendered cards').to.not.include(0);
  });

  it('fetches no record: each card read the one embedded in the page', () => {
    const requests = page.win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requests.some((name) => name.endsWith('/compound-card.js')), 'the resource list is the page\'s').to.equal(true);
    expect(requests.filter((name) => !PAGE_FILES.test(new URL(name).pathname))).to.deep.equal([]);
  });

  it('logs nothing', () => {
    expect(logged).to.deep.equal([]);
  });

  it('shifts nothing: every card and the footer keep their place and size (CLS 0)', () => {
    expect(layoutOf(page)).to.deep.equal(painted);
    shifts.push(...(shiftObserver?.takeRecords() ?? []).map((entry) => (entry as PerformanceEntry & { value: number }).value));
    shiftObserver?.disconnect();
    expect(shifts.reduce((sum, value) => sum + value, 0), 'CLS').to.equal(0);
  });

  it('keeps the options each card was rendered with, and its JSON-LD after it', () => {
    const [thymogen, demoxitide, exemplarine] = page.cards;
    expect(thymogen.shadowRoot!.querySelector('#facts-toggle')!.getAttribute('aria-expanded')).to.equal('false');
    expect(demoxitide.shadowRoot!.querySelector('.card')!.classList.contains('dark')).to.equal(true);
    expect(exemplarine.lang).to.equal('fr');
    for (const card of page.cards) {
      expect(card.shadowRoot!.querySelector('h2[part="title"]')).to.not.equal(null);
      expect(card.nextElementSibling?.getAttribute('type')).to.equal('application/ld+json');
    }
  });

  it('works: a question opens its answer', async () => {
    const root = page.cards[0].shadowRoot!;
    root.querySelector<HTMLButtonElement>('#faq-q-0')!.click();
    await page.cards[0].updateComplete;
    expect(root.querySelector('#faq-q-0')!.getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelector('#faq-a-0')!.hasAttribute('hidden')).to.equal(false);
  });
});
