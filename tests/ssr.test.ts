// Server-rendered cards (README, "Render the card on the server") in real pages served by tests/server/ssr-pages.mjs:
// what a reader sees without JavaScript, and the bundle's takeover in place with
// every script placement a host might use.
import { expect, waitUntil } from '@open-wc/testing';
import './page-guard.js';
import type { CompoundCard } from '../src/compound-card.js';
import type { CompoundRecord } from '../src/record/schema.js';
import { textOf, thymogen } from './helpers.js';
import { textsOf } from './record-texts.js';

interface HostWindow extends Window {
  __shifts: number[];
  __violations: string[];
  __errors: string[];
  __afterTop: [string, number][];
  __statuses: (string | null)[];
  __xssCalls: unknown[];
}

interface Page {
  frame: HTMLIFrameElement;
  win: HostWindow;
  doc: Document;
  card: CompoundCard;
}

/** Opens `url` in a 1000×900 frame, as a reader's window would show it. `sandbox` without scripts: JavaScript off. */
async function open(url: string, { scripts = true } = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '900';
  if (!scripts) frame.sandbox.add('allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  const doc = frame.contentDocument!;
  return { frame, win, doc, card: doc.querySelector('compound-card') as CompoundCard };
}

const ready = async (page: Page) => {
  await waitUntil(() => page.win.customElements.get('compound-card') && page.card.status === 'ready', 'the card never took over', {
    timeout: 8000,
  });
  await page.card.updateComplete;
  // Two frames: layout-shift entries and the "ready" position are recorded on the next frame.
  // In view, as WebKit runs no frames in a frame outside the viewport.
  page.frame.scrollIntoView();
  await new Promise((resolve) => page.win.requestAnimationFrame(() => page.win.requestAnimationFrame(resolve)));
};

/** The layout shift the page has recorded (Chromium reports shifts; other engines record none). */
const shifted = (page: Page) => page.win.__shifts.reduce((sum, value) => sum + value, 0);

/** How often `text` occurs in the card's visible text. */
const occurrences = (root: ShadowRoot, text: string) => textOf(root.querySelector('.card')).split(text.replace(/\s+/g, ' ')).length - 1;

let record: CompoundRecord;
/** How often each text of the record occurs on the server-rendered card, before any script. */
let expected: Map<string, number>;
/** Where the paragraph after the card sits on the server-rendered page, before any script. */
let expectedTop: number;
before(async () => {
  record = await thymogen();
  const page = await open('/ssr/page.html?script=none');
  expected = new Map(textsOf(record).map((text) => [text, occurrences(page.card.shadowRoot!, text)]));
  expectedTop = page.doc.getElementById('after')!.getBoundingClientRect().top;
  page.frame.remove();
});

describe('a rendered card without JavaScript', () => {
  let page: Page;
  before(async () => {
    page = await open('/ssr/page.html?script=head&facts-collapsed=1', { scripts: false });
  });
  after(() => page.frame.remove());

  it('has its declarative shadow root, attached by the parser, and says it is ready', () => {
    expect(page.win.matchMedia('(scripting: none)').matches, 'scripting is off in the frame').to.equal(true);
    expect(page.win.customElements.get('compound-card')).to.equal(undefined);
    expect(page.card.shadowRoot).to.not.equal(null);
    expect(page.card.getAttribute('status')).to.equal('ready');
    expect(page.card.querySelector('template')).to.equal(null);
  });

  it('shows every text of the record, collapsed facts and every FAQ answer included, and the disclaimer', () => {
    const root = page.card.shadowRoot!;
    for (const text of textsOf(record)) {
      expect(occurrences(root, text), text.slice(0, 40)).to.be.at.least(1);
    }
    const panels = [...root.querySelectorAll<HTMLElement>('.panel')];
    expect(panels).to.have.length((record.faq?.length ?? 0) + 1);
    for (const panel of panels) {
      expect(panel.getAttribute('hidden'), `${panel.id} is collapsed in the markup`).to.equal('until-found');
      expect(panel.getBoundingClientRect().height, `${panel.id} is visible`).to.be.greaterThan(10);
    }
    const disclaimer = root.querySelector<HTMLElement>('[role="note"]')!;
    expect(textOf(disclaimer)).to.contain('FDA');
    expect(disclaimer.getBoundingClientRect().height).to.be.greaterThan(20);
  });

  it('is styled by the card\'s own styles', () => {
    const root = page.card.shadowRoot!;
    const disclaimer = root.querySelector<HTMLElement>('[role="note"]')!;
    expect(page.win.getComputedStyle(disclaimer).backgroundColor).to.equal('rgb(255, 244, 214)');
    expect(page.win.getComputedStyle(root.querySelector('.card')!).borderTopStyle).to.equal('solid');
    // The toggles do nothing without script, so they show no chevron.
    expect(page.win.getComputedStyle(root.querySelector('.toggle')!, '::after').display).to.equal('none');
  });
});

// `source`: the package's own modules (a host that bundles `compound-card/define`), so the
// takeover is also measured for coverage, which counts src/ and not the built bundle.
// `after-paint`: the README's inline script, which adds the bundle after the first contentful paint.
const PLACEMENTS = ['head', 'defer', 'module', 'late', 'after-paint', 'source'] as const;

for (const script of PLACEMENTS) {
  describe(`a rendered card taken over by the bundle (${script})`, () => {
    let page: Page;
    before(async () => {
      page = await open(`/ssr/page.html?script=${script}`);
      await ready(page);
    });
    after(() => page.frame.remove());

    it('is ready without a request, with each text once and no refused shadow root', () => {
      const root = page.card.shadowRoot!;
      expect(page.card.getAttribute('status')).to.equal('ready');
      expect(page.card.querySelector('template'), 'no declarative shadow root was refused').to.equal(null);
      expect(root.querySelectorAll('article.card')).to.have.length(1);
      expect(root.querySelectorAll('style, link'), 'the server styles gave way to the adopted ones').to.have.length(0);
      for (const text of textsOf(record)) expect(occurrences(root, text), text.slice(0, 40)).to.equal(expected.get(text));
      expect(expected.get(record.faq![0]!.answer), 'an answer occurs once').to.equal(1);
      const requests = page.win.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(requests.filter((name) => name.includes('/records/'))).to.deep.equal([]);
    });

    it('keeps its size and place: no layout shift, the paragraph after it never moved', () => {
      expect(shifted(page), 'CLS').to.equal(0);
      // A classic bundle in <head> renders the card before the paragraph after it is parsed.
      const tops = page.win.__afterTop.map(([, top]) => top).filter((top) => top !== undefined);
      tops.push(page.doc.getElementById('after')!.getBoundingClientRect().top);
      expect(tops, JSON.stringify(page.win.__afterTop)).to.deep.equal(tops.map(() => expectedTop));
    });

    it('logs nothing', () => {
      expect(page.win.__errors).to.deep.equal([]);
    });

    it('works like a client-rendered card: toggles, events, find in page', async () => {
      const root = page.card.shadowRoot!;
      const toggles: unknown[] = [];
      page.card.addEventListener('compound-card-toggle', (event) => toggles.push((event as CustomEvent).detail));
      // The first click renders the card (until then it keeps the server's nodes): read each element anew.
      root.querySelector<HTMLButtonElement>('#facts-toggle')!.click();
      await page.card.updateComplete;
      expect(root.querySelector('#facts-toggle')!.getAttribute('aria-expanded')).to.equal('false');
      root.querySelector<HTMLButtonElement>('#faq-q-0')!.click();
      await page.card.updateComplete;
      expect(root.querySelector('#faq-a-0')!.hasAttribute('hidden')).to.equal(false);
      root.querySelector('#faq-a-1')!.dispatchEvent(new Event('beforematch'));
      await page.card.updateComplete;
      expect(root.querySelector('#faq-q-1')!.getAttribute('aria-expanded')).to.equal('true');
      expect(toggles).to.deep.equal([
        { block: 'facts', open: false },
        { block: 'faq', index: 0, open: true },
        { block: 'faq', index: 1, open: true },
      ]);
    });
  });
}

describe('the README\'s script that loads the bundle after the first paint', () => {
  /** The page's requests for the bundle, and its script tags for it, once the 3 s fallback has passed too. */
  const bundleAdded = async (page: Page) => {
    await waitUntil(() => page.win.performance.now() > 3300, 'the fallback time never passed', { timeout: 5000 });
    return {
      requests: page.win.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/dist/compound-card.js')),
      tags: page.doc.querySelectorAll('script[src$="/dist/compound-card.js"]').length,
    };
  };

  it('adds the bundle once the first contentful paint is reported, not before, and only once', async () => {
    const page = await open('/ssr/page.html?script=after-paint');
    try {
      await ready(page);
      const [paint] = page.win.performance.getEntriesByName('first-contentful-paint');
      expect(paint, 'a first contentful paint was reported').to.not.equal(undefined);
      const { requests, tags } = await bundleAdded(page);
      expect(requests, 'one request for the bundle').to.have.length(1);
      expect(tags, 'one script tag for the bundle').to.equal(1);
      // At least: Firefox rounds both times to the same millisecond.
      expect(requests[0]!.startTime, 'the bundle was requested after the paint').to.be.at.least(paint!.startTime);
      // Well before the 3 s fallback: the paint, not the timer, added it.
      expect(requests[0]!.startTime).to.be.lessThan(2500);
      expect(page.win.__errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('adds it after 3 s in an engine without paint timing, with nothing thrown', async () => {
    const page = await open('/ssr/page.html?script=after-paint&paint-timing=none');
    try {
      expect('PerformanceObserver' in page.win, 'the page has no paint timing').to.equal(false);
      await ready(page);
      const { requests, tags } = await bundleAdded(page);
      expect(tags).to.equal(1);
      expect(requests).to.have.length(1);
      expect(requests[0]!.startTime, 'the timer added it').to.be.at.least(3000);
      expect(page.win.__errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});

describe('a card whose page arrives slowly (the network stalls inside its embedded record, or inside its markup)', () => {
  const pages = {
    'rendered, head': 'script=head',
    'rendered, defer': 'script=defer',
    // Defined before the parser reaches it: it must not render the half record as "loading".
    'client-rendered, head': 'render=client&script=head',
    // A frame paints the quick-facts toggle before its label: its arrow is where the label will leave it.
    'rendered, head, stalled before a label': 'script=head&stall-at=label',
    'rendered, defer, stalled before a label': 'script=defer&stall-at=label',
    'rendered, module, stalled before a label': 'script=module&stall-at=label',
  };
  for (const [name, query] of Object.entries(pages)) {
    it(`never shows its loading state, and nothing moves (${name})`, async () => {
      const page = await open(`/ssr/page.html?${query}&stall=400`);
      try {
        await ready(page);
        expect(page.win.__statuses.filter((status) => status !== 'ready'), page.win.__statuses.join(' ')).to.deep.equal([]);
        expect(shifted(page), 'CLS').to.equal(0);
        expect(page.win.__errors).to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    });
  }
});

describe('a client-rendered card with an embedded record and a classic bundle in <head>', () => {
  it('renders before the first paint: no layout shift, the paragraph after it where a rendered card puts it', async () => {
    const page = await open('/ssr/page.html?render=client&script=head');
    await ready(page);
    expect(shifted(page), 'CLS').to.equal(0);
    expect(page.doc.getElementById('after')!.getBoundingClientRect().top).to.equal(expectedTop);
    page.frame.remove();
  });
});

describe('a `src` card at the top of a page (README, "Reserve a src card\'s height")', () => {
  const below = (page: Page) => page.doc.getElementById('after')!.getBoundingClientRect().top - page.win.innerHeight;

  it('with the README\'s rule, keeps what is below it off screen while its record arrives: nothing on screen moves', async () => {
    const page = await open('/ssr/page.html?render=src&reserve=1&script=head');
    try {
      // The record is 1.5 s late: the page has loaded, the card is still loading.
      expect(page.card.status).to.equal('loading');
      // Already so when the parser was done, in every engine: the placeholder is what the first paint shows.
      expect(page.win.__afterTop[0]![0]).to.equal('parsed');
      expect(page.win.__afterTop[0]![1], 'the paragraph after the card, once parsed').to.be.above(page.win.innerHeight);
      const placeholder = page.card.shadowRoot!.querySelector('.placeholder')!;
      expect(placeholder.getBoundingClientRect().height, 'a screen high').to.be.closeTo(page.win.innerHeight, 1);
      expect(below(page), 'the paragraph after the card, while loading').to.be.above(0);
      await ready(page);
      expect(below(page), 'the paragraph after the card, once ready').to.be.above(0);
      expect(shifted(page), 'CLS').to.equal(0);
      expect(page.win.__errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('without it, its placeholder is 18rem high and the paragraph under it is on screen until the record pushes it off', async () => {
    const page = await open('/ssr/page.html?render=src&script=head');
    try {
      expect(page.card.status).to.equal('loading');
      expect(page.card.shadowRoot!.querySelector('.placeholder')!.getBoundingClientRect().height).to.equal(18 * 16);
      expect(page.win.__afterTop[0], 'the paragraph after the card, once parsed').to.deep.equal(['parsed', page.doc.getElementById('after')!.getBoundingClientRect().top]);
      expect(below(page), 'the paragraph after the card, while loading').to.be.below(0);
      await ready(page);
      expect(below(page), 'the paragraph after the card, once ready').to.be.above(0);
      // Where the engine reports layout shifts (Chromium), this one is reported.
      if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) expect(shifted(page), 'CLS').to.be.above(0);
    } finally {
      page.frame.remove();
    }
  });
});

describe('a rendered card whose page changes it before the takeover', () => {
  // A host's script at DOMContentLoaded (a dark-mode switch, a framework setting
  // properties) runs after a deferred bundle has defined the card but before the card
  // takes over: the server's markup no longer shows the card's inputs, so it renders.
  for (const script of ['head', 'defer', 'module']) {
    it(`shows an attribute the page set (theme="dark", bundle ${script})`, async () => {
      const page = await open(`/ssr/page.html?script=${script}&host-sets=attribute`);
      try {
        await ready(page);
        expect(page.card.getAttribute('theme')).to.equal('dark');
        expect([...page.card.shadowRoot!.querySelector('.card')!.classList]).to.deep.equal(['card', 'dark']);
        expect(page.win.__errors).to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    });

    it(`shows a property the page set (headingLevel 4, bundle ${script})`, async () => {
      const page = await open(`/ssr/page.html?script=${script}&host-sets=property`);
      try {
        await ready(page);
        expect(page.card.shadowRoot!.querySelector('.title')!.localName).to.equal('h4');
        expect(page.card.shadowRoot!.querySelectorAll('style, link'), 'the server styles gave way to the adopted ones').to.have.length(0);
      } finally {
        page.frame.remove();
      }
    });
  }
});

describe('a rendered card opened at a deep link', () => {
  it('opens the linked answer on takeover', async () => {
    const page = await open('/ssr/page.html?script=defer#thymogen-faq-3');
    await ready(page);
    const root = page.card.shadowRoot!;
    expect(root.querySelector('#faq-q-2')!.getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelector('#faq-a-2')!.hasAttribute('hidden')).to.equal(false);
    page.frame.remove();
  });
});

describe('a rendered card out of view', () => {
  // WebKit runs no animation frames in an iframe outside the viewport: the takeover
  // must not wait for one there, nor in a background tab.
  it('is taken over in a frame below the viewport, and its toggles work', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    const page = await open('/ssr/page.html?script=defer');
    try {
      expect(page.frame.getBoundingClientRect().top, 'the frame is out of view').to.be.above(window.innerHeight);
      await waitUntil(() => page.card.status === 'ready' && page.card.hasUpdated, 'the card was never taken over', { timeout: 5000 });
      const toggle = () => page.card.shadowRoot!.querySelector<HTMLButtonElement>('#facts-toggle')!;
      expect(toggle().getAttribute('aria-expanded')).to.equal('true');
      // The click renders the card (it kept the server's nodes until then) and acts on the new ones.
      toggle().click();
      await page.card.updateComplete;
      expect(toggle().getAttribute('aria-expanded'), 'the toggle has the card behind it').to.equal('false');
    } finally {
      page.frame.remove();
      spacer.remove();
    }
  });
});

describe('rendered options', () => {
  it('renders the markup the client renders for the same attributes', async () => {
    const query = 'heading-level=3&facts-collapsed=1&faq-mode=single&theme=dark&lang=fr';
    const server = await open(`/ssr/page.html?script=none&${query}`);
    const shadowMarkup = (card: CompoundCard) =>
      [...card.shadowRoot!.querySelectorAll('*')]
        .filter((element) => !['STYLE', 'LINK'].includes(element.tagName))
        .map((element) => `${element.tagName}${[...element.attributes].map((a) => ` ${a.name}=${a.value}`).sort().join('')}|${element.childElementCount ? '' : textOf(element)}`)
        // The copy-link hrefs hold the page URL only once script knows it.
        .map((line) => line.replace(/ href=[^ |]*#/g, ' href=#'));
    const before = shadowMarkup(server.card);
    expect(server.card.shadowRoot!.querySelector('h3#title')).to.not.equal(null);
    expect(textOf(server.card.shadowRoot!.querySelector('#facts-toggle'))).to.not.equal('Quick facts');
    // A client-rendered card (its record embedded) given the same attributes.
    const client = await open('/ssr/page.html?render=client&script=defer');
    await ready(client);
    for (const [name, value] of new URLSearchParams(query)) client.card.setAttribute(name, value === '1' ? '' : value);
    await client.card.updateComplete;
    expect(shadowMarkup(client.card)).to.deep.equal(before);
    server.frame.remove();
    client.frame.remove();
  });
});

describe('a rendered card under the strict Content-Security-Policy, with --stylesheet', () => {
  for (const script of ['none', 'head', 'late'] as const) {
    it(`renders styled with zero violations (${script === 'none' ? 'before takeover' : `takeover: ${script}`})`, async () => {
      const page = await open(`/ssr/page.html?script=${script}&stylesheet=1&csp=1`);
      if (script !== 'none') await ready(page);
      else await waitUntil(() => page.card.shadowRoot?.querySelector('[role="note"]'), 'no shadow root');
      const root = page.card.shadowRoot!;
      const disclaimer = root.querySelector<HTMLElement>('[role="note"]')!;
      await waitUntil(() => page.win.getComputedStyle(disclaimer).backgroundColor === 'rgb(255, 244, 214)', 'the card is not styled');
      expect(root.querySelectorAll('[style]')).to.have.length(0);
      expect(page.win.__violations).to.deep.equal([]);
      expect(page.win.__errors).to.deep.equal([]);
      page.frame.remove();
    });
  }
});
