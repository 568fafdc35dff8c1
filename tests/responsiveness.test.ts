// No interaction lost or kept waiting while cards render or are taken over (README,
// "Many cards on a page"): real mouse presses and keys on a catalogue page of cards,
// the built bundle added to the page as a host's script tag would run it.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import './page-guard.js';
import type { CompoundCard } from '../src/compound-card.js';
import { itExceptIn, sendKeys } from './engine.js';
import { $$ } from './helpers.js';

interface Catalogue {
  frame: HTMLIFrameElement;
  doc: Document;
  cards: CompoundCard[];
}

/**
 * A catalogue page of `count` cards (FAQ only, so each question is near its card's top,
 * except client-rendered cards after the first, and the first too if `wholeFirst`),
 * without the bundle yet.
 */
async function catalogue(count: number, render: 'server' | 'client', wholeFirst = false): Promise<Catalogue> {
  const frame = await openFrame(`/ssr/page.html?script=none&sections=faq&cards=${count}${render === 'client' ? '&render=client' : ''}`);
  const doc = frame.contentDocument!;
  // The first client-rendered card shows its FAQ only too, as the server-rendered ones do;
  // the others are whole cards, slower to render, so some still wait when the reader clicks.
  if (!wholeFirst) doc.querySelector('compound-card')!.setAttribute('sections', 'faq');
  return { frame, doc, cards: [...doc.querySelectorAll('compound-card')] as CompoundCard[] };
}

/** A frame at the top of this page showing `src`, once it has loaded. */
async function openFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 700px; border: 0; display: block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.prepend(frame);
  await loaded;
  return frame;
}

/**
 * The card's code added by the host as a script tag: the built bundle, or the package's
 * modules (`compound-card/define`, from source, as a host's bundler would take them; these
 * also count for coverage). Resolves once the code has run.
 */
async function addBundle(doc: Document, code: 'bundle' | 'modules') {
  const script = doc.createElement('script');
  if (code === 'modules') script.type = 'module';
  script.src = code === 'modules' ? '/src/define.ts' : '/dist/compound-card.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  doc.head.append(script);
  await loaded;
}

/** The first question of `card` (server or client markup), and its centre in this page's viewport. */
function firstQuestion(frame: HTMLIFrameElement, card: CompoundCard) {
  const button = card.shadowRoot!.querySelector<HTMLButtonElement>('#faq-q-0')!;
  const box = button.getBoundingClientRect();
  const offset = frame.getBoundingClientRect();
  return { button, x: offset.left + box.left + box.width / 2, y: offset.top + box.top + box.height / 2 };
}

/**
 * Counts the fragments made by script in `win` from now on (`new DocumentFragment()`), not
 * those of the parser or of Lit's cloning: the rehearsal's.
 */
function countFragments(win: Window & typeof globalThis): { count: number } {
  const counter = { count: 0 };
  win.DocumentFragment = class extends win.DocumentFragment {
    constructor() {
      super();
      counter.count++;
    }
  };
  return counter;
}

/**
 * Calls `check` on every message task of `win` from now on (the cards' turns and rehearsal
 * steps are message tasks too), until it returns false.
 */
function onEveryTask(win: Window & typeof globalThis, check: () => boolean): void {
  const channel = new win.MessageChannel();
  channel.port1.onmessage = () => {
    if (check()) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
}

/** The `part` names in `card`'s shadow root, in document order. */
const partsOf = (card: CompoundCard) => $$(card, '[part]').map((part) => part.getAttribute('part'));

/** The left button is down since this point, until `mouse('up')`. */
let pressedAt: { x: number; y: number } | undefined;
const mouse = async (action: 'down' | 'up' | 'click', at: { x: number; y: number }) => {
  await executeServerCommand('mouse', { action, x: at.x, y: at.y });
  pressedAt = action === 'down' ? at : undefined;
};

/** When the card next tells of a toggle, on the page's clock. */
const toggled = (card: CompoundCard) =>
  new Promise<number>((resolve) =>
    card.addEventListener('compound-card-toggle', () => resolve(card.ownerDocument.defaultView!.performance.now()), { once: true }),
  );

afterEach(async () => {
  // A test that failed while the button was down releases it for the next one.
  if (pressedAt) await mouse('up', pressedAt);
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

for (const code of ['bundle', 'modules'] as const) {
  describe(`a reader reaching a card while cards are still being rendered (${code})`, () => {
    it('a press held on a server-rendered question across the takeover opens it on release', async () => {
      const { frame, doc, cards } = await catalogue(40, 'server');
      const [first, ...others] = cards as [CompoundCard, ...CompoundCard[]];
      const question = firstQuestion(frame, first);
      expect(question.button.getAttribute('aria-expanded')).to.equal('false');
      await mouse('down', question);
      await addBundle(doc, code);
      // Every other card is taken over; the pressed one keeps the server's markup.
      await waitUntil(() => others.every((card) => card.hasUpdated), 'the other cards were not taken over', { timeout: 10000 });
      expect(first.hasUpdated, 'the pressed card was re-rendered under the pointer').to.equal(false);
      expect(first.shadowRoot!.querySelector('#faq-q-0')).to.equal(question.button);
      let clickedAt = NaN;
      frame.contentWindow!.addEventListener('click', () => (clickedAt = frame.contentWindow!.performance.now()), { capture: true, once: true });
      const toggle = toggled(first);
      await mouse('up', question);
      const toggledAt = await toggle;
      await first.updateComplete;
      const now = first.shadowRoot!.querySelector('#faq-q-0')!;
      expect(now, 'the card has its own markup now').to.not.equal(question.button);
      expect(now.getAttribute('aria-expanded')).to.equal('true');
      expect(first.shadowRoot!.querySelector('#faq-a-0')!.hasAttribute('hidden')).to.equal(false);
      expect(toggledAt - clickedAt, 'ms from the click to the question opening').to.be.below(100);
    });

    it('keeps the keyboard focus of a server-rendered question through the takeover, and Enter opens it', async () => {
      const { doc, cards } = await catalogue(20, 'server');
      const first = cards[0]!;
      // From a control of the page just before the card, as a keyboard reader arrives.
      const before = doc.createElement('button');
      before.textContent = 'before';
      first.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const serverButton = first.shadowRoot!.activeElement;
      expect(serverButton?.id, 'Tab reached the server-rendered question').to.equal('faq-q-0');
      await addBundle(doc, code);
      await waitUntil(() => cards.every((card) => card.hasUpdated), 'the cards were not taken over', { timeout: 10000 });
      // Taken over without a render: the server's nodes stay, and focus with them.
      expect(first.shadowRoot!.activeElement, 'focus stays on the same element').to.equal(serverButton);
      expect(doc.activeElement).to.equal(first);
      // Enter renders the card, and the question opens in the new markup, focus carried there.
      const toggle = toggled(first);
      await sendKeys({ press: 'Enter' });
      await toggle;
      await first.updateComplete;
      const focused = first.shadowRoot!.activeElement;
      expect(focused, 'focus is on the new markup').to.not.equal(serverButton);
      expect(focused?.id).to.equal('faq-q-0');
      expect(focused!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('cards take turns: first renders in page order, each card shown by `status` only once it is on screen', async () => {
      const { doc, cards } = await catalogue(12, 'client');
      const win = doc.defaultView!;
      const loads: number[] = [];
      const mismatches: string[] = [];
      for (const [index, card] of cards.entries()) card.addEventListener('compound-card-load', () => loads.push(index));
      // On every timer task until all are ready: a card that says `ready` shows its record.
      let watching = true;
      const watch = () => {
        for (const card of cards) {
          const shown = !!card.shadowRoot?.querySelector('[part="header"]');
          if ((card.status === 'ready') !== shown) mismatches.push(`${card.status}, header ${shown ? '' : 'not '}shown`);
        }
        if (watching) win.setTimeout(watch);
      };
      watch();
      await addBundle(doc, code);
      await waitUntil(() => cards.every((card) => card.status === 'ready'), 'not every card became ready', { timeout: 10000 });
      watching = false;
      expect(loads).to.deep.equal(cards.map((_, index) => index));
      expect(mismatches, '`status` against what the card shows').to.deep.equal([]);
    });

    it("the page rehearses a first render out of sight on its first card's turn, then the card shows every block", async () => {
      const { doc, cards } = await catalogue(2, 'client', true);
      const [first, second] = cards as [CompoundCard, CompoundCard];
      const win = doc.defaultView!;
      const fragments = countFragments(win);
      // The page's body: the bundle's script tag goes into its head.
      const nodesBefore = doc.body.querySelectorAll('*').length;
      const loads: CompoundCard[] = [];
      for (const card of cards) card.addEventListener('compound-card-load', () => loads.push(card));
      // On every task of the turn (the rehearsal's are messages, as this watch is): until
      // the card's own render, nothing of it is in its shadow root or in the page.
      const seen: string[] = [];
      onEveryTask(win, () => {
        if (first.status === 'ready') return false;
        const shown = first.shadowRoot?.childElementCount ?? 0;
        const added = doc.body.querySelectorAll('*').length - nodesBefore;
        if (shown || added) seen.push(`${shown} elements in the shadow root, ${added} more in the page`);
        return true;
      });
      await addBundle(doc, code);
      await waitUntil(() => cards.every((card) => card.status === 'ready'), 'the cards never rendered', { timeout: 10000 });
      expect(seen, 'what showed before the render').to.deep.equal([]);
      // The header alone, then each of the five blocks; the second card does not rehearse.
      expect(fragments.count, 'rehearsal steps').to.equal(6);
      // The demo record has no references: every other block.
      expect(partsOf(first)).to.include.members(['header', 'facts', 'takeaways', 'article', 'faq']);
      expect(partsOf(second)).to.deep.equal(partsOf(first));
      expect(loads).to.deep.equal([first, second]);
    });

    it("`src` cards, the page's first: the page rehearses once, and each shows its loading state until its own render", async () => {
      const { doc } = await catalogue(0, 'client', true);
      const win = doc.defaultView!;
      const fragments = countFragments(win);
      // Two cards sharing one record: the first card's turn rehearses, and the second's waits for it.
      const cards = [0, 1].map(() => {
        const card = doc.createElement('compound-card') as CompoundCard;
        card.src = `/demo/records/thymogen.json?rehearse-${code}`;
        doc.querySelector('main')!.append(card);
        return card;
      });
      const loads: string[] = [];
      for (const [index, card] of cards.entries()) {
        card.addEventListener('compound-card-load', () => loads.push(`card ${index} after ${fragments.count} rehearsal steps`));
      }
      // On every task until the cards are ready: each shows its loading state, never part of the record.
      const seen = new Set<string>();
      onEveryTask(win, () => {
        for (const card of cards) {
          if (card.status === 'ready') continue;
          const root = card.shadowRoot;
          if (root?.querySelector('[part="header"], [part="facts"], [part="faq"]')) seen.add(`${card.status}: a block of the record shows`);
          if (root?.firstElementChild && !root.querySelector('[aria-busy="true"]')) seen.add(`${card.status}: not the loading state`);
        }
        return cards.some((card) => card.status !== 'ready');
      });
      await addBundle(doc, code);
      await waitUntil(() => cards.every((card) => card.status === 'ready'), 'the cards never rendered', { timeout: 10000 });
      await Promise.all(cards.map((card) => card.updateComplete));
      expect([...seen], 'what showed before the render').to.deep.equal([]);
      // The header alone, then each of the five blocks, once for the page; then both cards show.
      expect(loads).to.deep.equal(['card 0 after 6 rehearsal steps', 'card 1 after 6 rehearsal steps']);
      expect(fragments.count).to.equal(6);
      for (const card of cards) expect(partsOf(card)).to.include.members(['header', 'facts', 'takeaways', 'article', 'faq']);
    });

    it('clicks on a client-rendered card take effect at once while later cards are still rendering', async () => {
      const { frame, doc, cards } = await catalogue(1, 'client');
      const first = cards[0]!;
      await addBundle(doc, code);
      await waitUntil(() => first.status === 'ready', 'the first card never rendered');
      await first.updateComplete;
      const question = firstQuestion(frame, first);
      const win = frame.contentWindow!;
      // The reader clicks the first card's question just as the host appends a page of 199
      // more cards after it, then twice more: each click arrives while they render.
      const more = Array.from({ length: 199 }, () => {
        const card = doc.createElement('compound-card');
        card.append(first.querySelector('script')!.cloneNode(true));
        return card as CompoundCard;
      });
      // When each of them was rendered, on the page's clock.
      const renderedAt: number[] = [];
      for (const card of more) card.addEventListener('compound-card-load', () => renderedAt.push(win.performance.now()));
      const clickOnce = async () => {
        let releaseTime = NaN;
        let clickTime = NaN;
        win.addEventListener('mouseup', (event) => (releaseTime = event.timeStamp), { capture: true, once: true });
        win.addEventListener('click', () => (clickTime = win.performance.now()), { capture: true, once: true });
        const toggle = toggled(first);
        const clicked = mouse('click', question);
        const toggledAt = await toggle;
        await clicked;
        return {
          ms: toggledAt - releaseTime,
          // Cards rendered between the release and the click: the one whose render was
          // under way, at most; none that waited for its turn goes ahead of the click.
          ahead: renderedAt.filter((at) => at > releaseTime && at < clickTime).length,
          stillWaiting: more.length - renderedAt.length,
        };
      };
      first.after(...more);
      const clicks = [await clickOnce(), await clickOnce(), await clickOnce()];
      for (const click of clicks) {
        expect(click.stillWaiting, 'cards still waiting for their render when the click came').to.be.above(0);
        expect(click.ahead, 'cards rendered between the release and the click').to.be.at.most(1);
      }
      // On the wall clock, which other work on the machine also takes (the engines run side
      // by side): the median of the three clicks.
      const ms = clicks.map((click) => click.ms).sort((a, b) => a - b);
      expect(ms[1], `ms from the release to the question toggling (${ms.map((t) => t.toFixed(0)).join(', ')})`).to.be.below(100);
      await waitUntil(() => more.every((card) => card.status === 'ready'), 'not every card became ready', { timeout: 20000 });
      // Opened, closed, opened.
      expect(first.shadowRoot!.querySelector('#faq-q-0')!.getAttribute('aria-expanded')).to.equal('true');
    });

  });
}

interface RehearsalWatch {
  /** One per rehearsal step: the cards on the page when it began, and how many had rendered. */
  steps: { cards: number; rendered: number }[];
  /** Every `<template>` made by script: the templates Lit prepared, in order. */
  templates: HTMLTemplateElement[];
}

/** `/ssr/page.html` with `query`, the rehearsal watched (tests/ssr/rehearsal-watch.js), in a frame, loaded. */
async function watchedPage(query: string) {
  const frame = await openFrame(`/ssr/page.html?watch=rehearsal&${query}`);
  const win = frame.contentWindow as Window & typeof globalThis & { __rehearsal: RehearsalWatch };
  return { win, doc: frame.contentDocument!, watch: win.__rehearsal, cards: [...frame.contentDocument!.querySelectorAll('compound-card')] as CompoundCard[] };
}

/** Resolves after `count` more message tasks of `win`: any task queued before is done. */
const tasksLater = (win: Window & typeof globalThis, count = 10) =>
  new Promise<void>((resolve) => onEveryTask(win, () => --count > 0 || (resolve(), false)));

describe('the rehearsal with a classic bundle in <head>', () => {
  itExceptIn('webkit', "the steps' messages arrive only once the page has loaded, after the parser has added the card")(
    'runs as the bundle is evaluated, in steps of their own, before the parser adds a card that arrives later; the card then shows every block',
    async () => {
      // The head, with the bundle, arrives first; the body 300 ms later, as the rest of a
      // long page is still on its way. (The steps are queued as the bundle runs: the
      // parser's next piece of the page comes after them whenever the parser pauses after
      // the bundle, which Chromium also does when the bundle took long, on a slow CPU.)
      const { watch, cards } = await watchedPage('script=head&render=client&stall=300&stall-at=body');
      const [card] = cards as [CompoundCard];
      await waitUntil(() => card.status === 'ready', 'the card never rendered');
      // The header alone, then each of the five blocks.
      expect(watch.steps.length, 'rehearsal steps').to.equal(6);
      expect(
        watch.steps.filter((step) => step.rendered > 0),
        'steps that ran after the card had rendered',
      ).to.deep.equal([]);
      expect(partsOf(card)).to.include.members(['header', 'facts', 'takeaways', 'article', 'faq']);
    },
  );

  it("prepares every template of a full record's render, but the card's frame", async () => {
    // No card on the page: what the rehearsal prepares is all the bundle's own doing.
    const { win, doc, watch } = await watchedPage('script=head&render=client&cards=0');
    await waitUntil(() => watch.steps.length === 6, 'the page did not rehearse');
    await tasksLater(win);
    const rehearsed = watch.templates.length;
    const parts = watch.templates.map((template) => /part="(\w+)"/.exec(template.innerHTML)?.[1]).filter(Boolean);
    expect(parts, 'blocks whose templates the rehearsal prepared').to.include.members(['header', 'facts', 'takeaways', 'article', 'faq', 'references']);
    // A record with every field, as a host would set it: every text, `updated`, a reference of each type with its source and year.
    const record = await (await fetch('/demo/records/thymogen.json')).json();
    record.updated = '2026-03-09';
    record.references = ['study', 'regulator', 'reference'].map((type, n) => ({
      title: `A ${type}`,
      url: `https://example.org/${type}`,
      type,
      source: 'A source',
      year: 2000 + n,
    }));
    const card = doc.createElement('compound-card') as CompoundCard;
    card.record = record;
    doc.querySelector('main')!.append(card);
    await waitUntil(() => card.status === 'ready', 'the card never rendered');
    expect(watch.steps.length, 'the card did not rehearse again').to.equal(6);
    expect(partsOf(card)).to.include.members(['header', 'facts', 'takeaways', 'article', 'faq', 'references']);
    // Only the card's frame is new: its <article> and the disclaimer, which the rehearsal does not render.
    const made = watch.templates.slice(rehearsed).map((template) => template.innerHTML.slice(0, 40));
    expect(made).to.have.length(2);
    expect(made[0]).to.match(/^<article/);
    expect(made[1]).to.match(/class="disclaimer"/);
  });

  it('does not run on a page whose cards all keep the server\'s markup (a deferred bundle)', async () => {
    const { win, watch, cards } = await watchedPage('script=defer&cards=3');
    await waitUntil(() => cards.every((card) => card.hasUpdated), 'the cards were not taken over', { timeout: 10000 });
    await tasksLater(win);
    expect(watch.steps).to.deep.equal([]);
  });
});
