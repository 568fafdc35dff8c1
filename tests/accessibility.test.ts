import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import type { CompoundCard } from '../src/compound-card.js';
import type { CompoundRecord } from '../src/record/schema.js';
import { auditDocument, hostPage, liftMediaRules } from './a11y-helpers.js';
import { EMULATES_MEDIA, ENGINE, itExceptIn, sendKeys, setViewport } from './engine.js';
import { $, $$, clone, disclaimerOf, settled, thymogen } from './helpers.js';


let record: CompoundRecord;
const withReferences = (): CompoundRecord => ({
  ...clone(record),
  updated: '2026-11-24',
  references: [
    { title: 'Trial report', url: 'https://example.org/trial', type: 'study', source: 'Journal', year: 1995 },
    { title: 'Regulator page', url: 'https://example.gov/page', type: 'regulator' },
    { title: 'Textbook entry', url: 'https://example.net/book', type: 'reference' },
  ],
});

/** A card with the Thymogen record, another value, or (with `null`) no record property at all. */
function card(attrs: Record<string, string> = {}, value: unknown = record): CompoundCard {
  const element = document.createElement('compound-card');
  for (const [name, v] of Object.entries(attrs)) element.setAttribute(name, v);
  if (value !== null) element.record = value;
  return element;
}

type Media = 'print' | 'reduced-motion' | 'dark' | 'forced-colors';

const EMULATION: Record<Media, () => Promise<unknown>> = {
  print: () => emulateMedia({ media: 'print' }),
  'reduced-motion': () => emulateMedia({ reducedMotion: 'reduce' }),
  dark: () => emulateMedia({ colorScheme: 'dark' }),
  'forced-colors': () => executeServerCommand('media-features', { features: [{ name: 'forced-colors', value: 'active' }] }),
};
const CONDITION: Record<Media, RegExp> = {
  print: /^print$/,
  'reduced-motion': /prefers-reduced-motion:\s*reduce/,
  dark: /prefers-color-scheme:\s*dark/,
  'forced-colors': /forced-colors:\s*active/,
};

/** Puts the page in a media state: true emulation in Chromium, the card's own lifted rules in Firefox and WebKit. */
async function emulate(card: Element, media: Media): Promise<void> {
  if (!EMULATES_MEDIA) liftMediaRules(card, CONDITION[media]);
  else await EMULATION[media]();
}

const shiftTab = () => sendKeys({ press: 'Shift+Tab' });

/** The element focused inside the card's shadow root, as a reader's keyboard sees it. */
const focused = (element: CompoundCard) => element.shadowRoot!.activeElement as HTMLElement | null;

before(async () => {
  record = await thymogen();
});

afterEach(async () => {
  if (EMULATES_MEDIA) {
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference', colorScheme: 'light' });
    await executeServerCommand('media-features', { features: [{ name: 'forced-colors', value: 'none' }] });
  }
  history.replaceState(null, '', location.pathname + location.search);
});

describe('axe on the whole document', () => {
  let rulesRun = 0;
  let rulesApplied = 0;
  after(() => {
    // Printed so the figure can be quoted; the assertion below keeps it honest.
    console.log(`axe on the whole document: ${rulesRun} rules run, up to ${rulesApplied} applied to the page`);
  });

  const audit = async () => {
    const result = await auditDocument();
    rulesRun = Math.max(rulesRun, result.rulesRun);
    rulesApplied = Math.max(rulesApplied, result.rulesApplied);
    expect(result.rulesRun).to.be.greaterThan(20);
    expect(result.violations).to.deep.equal([]);
  };

  for (const theme of ['light', 'dark']) {
    it(`has no violations when ready, all panels closed (${theme})`, async () => {
      const element = card({ theme, 'facts-collapsed': '' }, withReferences());
      await hostPage([element]);
      await settled(element, 'ready');
      await audit();
    });

    it(`has no violations when ready, all panels open (${theme})`, async () => {
      const element = card({ theme }, withReferences());
      await hostPage([element]);
      await settled(element, 'ready');
      $$(element, '.question .toggle').forEach((button) => button.click());
      await element.updateComplete;
      expect($$(element, '[aria-expanded="false"]')).to.have.length(0);
      await audit();
    });

    it(`has no violations when empty, loading and in error (${theme})`, async () => {
      const empty = card({ theme }, null);
      const loading = card({ theme, src: '/api/record?delay=3000&key=axe-loading' }, null);
      const failed = card({ theme, src: '/api/status?code=500&key=axe-error' }, null);
      const invalid = card({ theme }, { schemaVersion: 1, id: 'x', name: '' });
      await hostPage([empty, loading, failed, invalid]);
      await settled(failed, 'error', 8000);
      expect([empty.status, loading.status, invalid.status]).to.deep.equal(['empty', 'loading', 'error']);
      await audit();
      loading.remove();
    });
  }

  it('gives several cards on one page no duplicate landmarks, each named by its title', async () => {
    const cards = [card(), card(), card({}, { ...clone(record), id: 'other', name: 'Other compound' })];
    await hostPage(cards);
    await Promise.all(cards.map((element) => settled(element, 'ready')));
    await audit();
    const names = cards.map((element) => {
      const article = $(element, 'article')!;
      return element.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!)?.textContent?.trim();
    });
    expect(names).to.deep.equal(['Thymogen', 'Thymogen', 'Other compound']);
  });
});

describe('keyboard (real key presses)', () => {
  async function pageWithCard(attrs: Record<string, string> = {}) {
    const element = card(attrs);
    const page = await fixture<HTMLElement>(html`<div><button id="before">before</button>${element}</div>`);
    await settled(element, 'ready');
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    return element;
  }

  it('Tab reaches the facts toggle; Enter and Space toggle it', async () => {
    const element = await pageWithCard();
    await sendKeys({ press: 'Tab' });
    const toggle = focused(element)!;
    expect(toggle.id).to.equal('facts-toggle');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');

    setTimeout(() => void sendKeys({ press: 'Enter' }));
    expect((await oneEvent(element, 'compound-card-toggle')).detail).to.deep.equal({ block: 'facts', open: false });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(element, '#facts-panel')!.hasAttribute('hidden')).to.equal(true);

    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(element)).to.equal(toggle);
  });

  it('Tab moves from question to question, skipping collapsed answers', async () => {
    const element = await pageWithCard({ sections: 'faq' });
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(focused(element)?.id ?? '');
    }
    expect(order).to.deep.equal(['faq-q-0', 'faq-q-1', 'faq-q-2', 'faq-q-3', 'faq-q-4']);
  });

  it('Enter and Space open and close an answer; Tab then enters the open answer', async () => {
    const element = await pageWithCard({ sections: 'faq' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal('faq-q-1');

    setTimeout(() => void sendKeys({ press: 'Enter' }));
    expect((await oneEvent(element, 'compound-card-toggle')).detail).to.deep.equal({ block: 'faq', index: 1, open: true });
    await element.updateComplete;
    expect($(element, '#faq-q-1')!.getAttribute('aria-expanded')).to.equal('true');

    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.classList.contains('anchor-link'), 'the open answer\'s link').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal('faq-q-2');

    await shiftTab();
    await shiftTab();
    expect(focused(element)?.id).to.equal('faq-q-1');
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect($(element, '#faq-q-1')!.getAttribute('aria-expanded')).to.equal('false');
    expect($(element, '#faq-a-1')!.hasAttribute('hidden')).to.equal(true);
  });

  it('closes the other answers with faq-mode="single", by keyboard', async () => {
    const element = await pageWithCard({ sections: 'faq', 'faq-mode': 'single' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await sendKeys({ press: 'Tab' }); // the open answer's link
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal('faq-q-1');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect($$(element, '.question [aria-expanded="true"]').map((b) => b.id)).to.deep.equal(['faq-q-1']);
  });

  itExceptIn('webkit', 'in a full run the Tab-focused button intermittently does not match :focus-visible under WebDriver; not yet diagnosed')(
    'shows a visible focus indicator on keyboard focus', async () => {
    const element = await pageWithCard();
    await sendKeys({ press: 'Tab' });
    const style = getComputedStyle(focused(element)!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

describe('find in page', () => {
  const supported = 'onbeforematch' in HTMLElement.prototype;

  it('keeps collapsed answers searchable (hidden="until-found")', async () => {
    const element = card({ 'facts-collapsed': '' });
    await hostPage([element]);
    await settled(element, 'ready');
    expect($(element, '#faq-a-0')!.getAttribute('hidden')).to.equal('until-found');
    expect($(element, '#facts-panel')!.getAttribute('hidden')).to.equal('until-found');
  });

  it('opens a collapsed answer on beforematch, with aria-expanded and an event', async function () {
    if (!supported) this.skip();
    const element = card();
    await hostPage([element]);
    await settled(element, 'ready');
    const panel = $(element, '#faq-a-3')!;
    setTimeout(() => panel.dispatchEvent(new Event('beforematch')));
    expect((await oneEvent(element, 'compound-card-toggle')).detail).to.deep.equal({ block: 'faq', index: 3, open: true });
    await element.updateComplete;
    expect($(element, '#faq-q-3')!.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hasAttribute('hidden')).to.equal(false);
  });

  it('opens the collapsed facts panel on beforematch', async function () {
    if (!supported) this.skip();
    const element = card({ 'facts-collapsed': '' });
    await hostPage([element]);
    await settled(element, 'ready');
    setTimeout(() => $(element, '#facts-panel')!.dispatchEvent(new Event('beforematch')));
    expect((await oneEvent(element, 'compound-card-toggle')).detail).to.deep.equal({ block: 'facts', open: true });
    await element.updateComplete;
    expect($(element, '#facts-toggle')!.getAttribute('aria-expanded')).to.equal('true');
  });
});

describe('print', () => {
  it('prints collapsed panels open, reference URLs, no toggle decorations, and the disclaimer', async () => {
    const element = card({ 'facts-collapsed': '' }, withReferences());
    await hostPage([element]);
    await settled(element, 'ready');
    const answer = $(element, '#faq-a-0')!;
    expect(answer.getBoundingClientRect().height).to.equal(0);

    await emulate(element, 'print');
    expect(answer.getBoundingClientRect().height).to.be.greaterThan(10);
    expect($(element, '#facts-panel')!.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(getComputedStyle($(element, '.toggle')!, '::after').display).to.equal('none');
    const link = $(element, '[part="references"] a')!;
    // Chromium and WebKit resolve attr() in the computed value; Firefox reports the declaration as written.
    expect(getComputedStyle(link, '::after').content).to.match(ENGINE === 'firefox' ? /attr\(href\)/ : /https:\/\/example\.org\/trial/);
    expect(disclaimerOf(element)!.getBoundingClientRect().height).to.be.greaterThan(10);
  });
});

describe('deep links', () => {
  it('gives every FAQ item and section a stable id from the record', async () => {
    const element = card();
    await hostPage([element]);
    await settled(element, 'ready');
    expect($$(element, '.faq-item').map((item) => item.id)).to.deep.equal([1, 2, 3, 4, 5].map((n) => `thymogen-faq-${n}`));
    expect($$(element, '[part="article"] section').map((section) => section.id)).to.deep.equal([
      'thymogen-section-overview',
      'thymogen-section-how-it-works',
      'thymogen-section-research-and-evidence',
      'thymogen-section-safety-and-legal-status',
    ]);
  });

  it('offers a copyable link for each item that leads back to it', async () => {
    const element = card();
    await hostPage([element]);
    await settled(element, 'ready');
    const page = location.href.split('#')[0];
    expect($$<HTMLAnchorElement>(element, '.faq-item .anchor-link').map((a) => a.href)).to.deep.equal(
      [1, 2, 3, 4, 5].map((n) => `${page}#thymogen-faq-${n}`),
    );
    expect($<HTMLAnchorElement>(element, '#thymogen-section-overview .anchor')!.href).to.equal(
      `${page}#thymogen-section-overview`,
    );
  });

  it('opens and scrolls to the FAQ item named by the fragment when the page loads', async () => {
    history.replaceState(null, '', '#thymogen-faq-4');
    const element = card();
    await hostPage([element]);
    await settled(element, 'ready');
    await waitUntil(() => $(element, '#faq-q-3')!.getAttribute('aria-expanded') === 'true');
    expect(focused(element)?.id).to.equal('faq-q-3');
  });

  it('follows a fragment change after the card is ready', async () => {
    await setViewport({ width: 800, height: 500 });
    const element = card();
    await hostPage([element]);
    await settled(element, 'ready');
    location.hash = '#thymogen-faq-5';
    await waitUntil(() => $(element, '#faq-q-4')!.getAttribute('aria-expanded') === 'true');
    await aTimeout(50);
    const top = $(element, '#thymogen-faq-5')!.getBoundingClientRect().top;
    expect(top).to.be.within(-1, 500);
  });

  it('ignores fragments that belong to another record or to nothing', async () => {
    history.replaceState(null, '', '#other-faq-1');
    const element = card();
    await hostPage([element]);
    await settled(element, 'ready');
    await aTimeout(50);
    expect($$(element, '.question [aria-expanded="true"]')).to.have.length(0);
  });

  it('opens nothing for a link to a question the card does not have or does not show, and survives a broken one', async () => {
    const links = ['#thymogen-faq-99', '#thymogen-faq-0', '#thymogen-faq-two', '#%E0%A4%A', '#thymogen-faq-2'];
    const shown = card({ sections: 'facts faq' });
    const hidden = card({ sections: 'facts' });
    await hostPage([shown, hidden]);
    await settled(shown, 'ready');
    await settled(hidden, 'ready');
    for (const link of links.slice(0, -1)) {
      history.replaceState(null, '', link);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await aTimeout(20);
      expect($$(shown, '.question [aria-expanded="true"]'), link).to.have.length(0);
      expect(shown.status, link).to.equal('ready');
    }
    // A question that exists opens in the card that shows the FAQ; the other has none to open.
    location.hash = '#thymogen-faq-2';
    await waitUntil(() => $(shown, '#faq-q-1')!.getAttribute('aria-expanded') === 'true');
    expect(hidden.shadowRoot!.querySelector('#faq-q-1')).to.equal(null);
  });

  it('opens the collapsed quick facts for a link to them, and one answer at a time in single mode', async () => {
    history.replaceState(null, '', '#thymogen-facts');
    const element = card({ 'facts-collapsed': '', 'faq-mode': 'single' });
    await hostPage([element]);
    await settled(element, 'ready');
    await waitUntil(() => $(element, '#facts-toggle')!.getAttribute('aria-expanded') === 'true');
    $<HTMLButtonElement>(element, '#faq-q-0')!.click();
    await element.updateComplete;
    location.hash = '#thymogen-faq-3';
    await waitUntil(() => $(element, '#faq-q-2')!.getAttribute('aria-expanded') === 'true');
    expect($(element, '#faq-q-0')!.getAttribute('aria-expanded'), 'single mode closed the first').to.equal('false');
  });
});

describe('visual access', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  /**
   * A page `width` px wide, as a phone shows it: a frame of that width holding the built
   * bundle and one card. A frame rather than the window, because MiniBrowser's window is
   * never narrower than 447 px; the frame is the same in every engine.
   */
  async function cardInFrameOf(width: number, value: CompoundRecord) {
    const frame = document.createElement('iframe');
    frame.style.cssText = `width: ${width}px; height: 800px; border: 0`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width">
      <title>Narrow</title></head><body><main><compound-card></compound-card></main>
      <script src="/dist/compound-card.js"></script></body></html>`;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const element = doc.querySelector('compound-card') as CompoundCard;
    element.record = value;
    await waitUntil(() => element.status === 'ready', 'the card never became ready');
    await element.updateComplete;
    expect(frame.contentWindow!.innerWidth, 'the page is as narrow as asked').to.equal(width);
    return { frame, doc, element };
  }

  for (const width of [280, 320, 600, 1200]) {
    it(`has no horizontal scroll at ${width}px wide`, async () => {
      const { frame, doc, element } = await cardInFrameOf(width, withReferences());
      const inner = $(element, '.card')!;
      expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
      expect(inner.scrollWidth).to.be.at.most(inner.clientWidth);
      frame.remove();
    });
  }

  it('stacks each fact\'s label above its value in a narrow container', async () => {
    const { frame, element } = await cardInFrameOf(300, record);
    const [term, value] = [$(element, '.fact dt')!, $(element, '.fact dd')!];
    expect(value.getBoundingClientRect().top).to.be.greaterThan(term.getBoundingClientRect().top);
    frame.remove();
  });

  it('mirrors the layout under dir="rtl" on an ancestor', async () => {
    await setViewport({ width: 900, height: 800 });
    const element = card();
    await fixture(html`<div dir="rtl">${element}</div>`);
    await settled(element, 'ready');
    const [term, value] = [$(element, '.fact dt')!, $(element, '.fact dd')!];
    expect(term.getBoundingClientRect().left).to.be.greaterThan(value.getBoundingClientRect().left);
    const note = getComputedStyle(disclaimerOf(element)!);
    expect([note.borderRightWidth, note.borderLeftWidth]).to.deep.equal(['4px', '0px']);
  });

  itExceptIn('webkit', 'no forced-colours emulation; with the rules lifted, the Tab-focused button is not :focus-visible')(
    'keeps borders, focus and the disclaimer visible in forced colours', async () => {
    const element = card();
    await hostPage([element]);
    await settled(element, 'ready');
    expect(getComputedStyle(disclaimerOf(element)!).borderTopStyle, 'no top border on screen').to.equal('none');
    await emulate(element, 'forced-colors');
    if (EMULATES_MEDIA) expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const note = getComputedStyle(disclaimerOf(element)!);
    expect(note.borderTopStyle).to.equal('solid');
    expect(note.display).to.equal('block');
    expect(getComputedStyle($(element, '.card')!).borderTopStyle).to.equal('solid');
    // From a control just before the card, as a keyboard reader arrives (WebKit shows
    // no focus ring when Tab starts from nowhere).
    const before = Object.assign(document.createElement('button'), { textContent: 'before' });
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const focusedStyle = getComputedStyle(focused(element)!);
    expect(focusedStyle.outlineStyle).to.equal('solid');
  });

  it('turns the toggle animation off under prefers-reduced-motion', async () => {
    const element = card();
    await hostPage([element]);
    await settled(element, 'ready');
    const toggle = $(element, '.toggle')!;
    expect(getComputedStyle(toggle, '::after').transitionDuration).to.not.equal('0s');
    await emulate(toggle.closest('compound-card') ?? element, 'reduced-motion');
    expect(getComputedStyle(toggle, '::after').transitionDuration).to.equal('0s');
  });

  it('follows the dark colour scheme with theme="auto"', async () => {
    const element = card({ theme: 'auto' });
    await hostPage([element]);
    await settled(element, 'ready');
    const background = () => getComputedStyle($(element, '.card')!).backgroundColor;
    expect(background()).to.equal('rgb(255, 255, 255)');
    await emulate(element, 'dark');
    expect(background()).to.equal('rgb(21, 24, 28)');
  });
});

describe('announcements', () => {
  it('marks the card busy while loading and announces an error once, as an alert', async () => {
    const element = card({ src: '/api/status?code=503&delay=300&key=announce' }, null);
    await hostPage([element]);
    expect($(element, 'article')!.getAttribute('aria-busy')).to.equal('true');
    await settled(element, 'error', 8000);
    expect($(element, 'article')!.hasAttribute('aria-busy')).to.equal(false);
    expect($$(element, '[role="alert"]')).to.have.length(1);
    expect($(element, '[role="alert"]')!.textContent).to.contain('HTTP 503');
  });

  it(`runs in ${ENGINE}`, () => {
    const userAgent = { chromium: /Chrome/, firefox: /Firefox/, webkit: /AppleWebKit(?!.*Chrome)/ }[ENGINE];
    expect(navigator.userAgent).to.match(userAgent);
  });
});
