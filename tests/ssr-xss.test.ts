// "Everything written is escaped" (SECURITY.md, "Server-rendered HTML is escaped"): every payload of the XSS corpus in
// every text field and the URL of a record, rendered by the server path with JSON-LD,
// opened with and without JavaScript. Nothing may run, no element or attribute may be
// injected, and the embedded record and JSON-LD must parse back to the record's values.
import { expect, waitUntil } from '@open-wc/testing';
import './page-guard.js';
import type { CompoundCard } from '../src/compound-card.js';
import type { CompoundRecord } from '../src/record/schema.js';

interface HostWindow extends Window {
  __xssCalls: unknown[];
  __errors: string[];
}

/** Elements the card never renders; `style` and `link` only as the shadow root's own first child. */
const FORBIDDEN =
  'script, iframe, frame, object, embed, img, image, picture, svg, math, meta, base, form, input, textarea, select, ' +
  'style, link, template, slot, video, audio, source, marquee, noscript, xmp, area, map';

const QUERY = 'from=0&to=220&json-ld=1&facts-collapsed=1';

for (const scripts of [false, true]) {
  describe(`220 XSS payloads rendered by the server path, JavaScript ${scripts ? 'on' : 'off'}`, function () {
    this.timeout(60000);
    let frame: HTMLIFrameElement;
    let win: HostWindow;
    let doc: Document;
    let records: CompoundRecord[];
    let cards: CompoundCard[];

    before(async () => {
      records = (await (await fetch(`/ssr/records.json?${QUERY}`)).json()) as CompoundRecord[];
      frame = document.createElement('iframe');
      frame.width = '1000';
      frame.height = '900';
      if (!scripts) frame.sandbox.add('allow-same-origin');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = `/ssr/page.html?${QUERY}&script=${scripts ? 'head' : 'none'}`;
      document.body.append(frame);
      await loaded;
      win = frame.contentWindow as HostWindow;
      doc = frame.contentDocument!;
      cards = [...doc.querySelectorAll<CompoundCard>('compound-card')];
      if (scripts) {
        await waitUntil(() => cards.every((card) => card.status === 'ready'), 'cards never took over', { timeout: 30000 });
        // Open every panel, so every answer renders under the payloads.
        for (const card of cards) card.shadowRoot!.querySelectorAll<HTMLButtonElement>('button').forEach((button) => button.click());
        await Promise.all(cards.map((card) => card.updateComplete));
      }
    });
    after(() => frame.remove());

    it('renders one card per payload and nothing else on the page', () => {
      expect(records).to.have.length(220);
      expect(cards).to.have.length(220);
      const main = doc.querySelector('main')!;
      const children = [...main.children].map((child) => child.localName === 'script' ? `script ${child.getAttribute('type')}` : child.localName);
      expect(children).to.deep.equal(['h1', 'p', ...cards.flatMap(() => ['compound-card', 'script application/ld+json']), 'p']);
      expect([...doc.body.children].map((child) => child.localName)).to.deep.equal(['main']);
    });

    it('runs nothing', () => {
      if (scripts) {
        expect(win.__xssCalls).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
      } else {
        // Not even the page's own first script ran: the frame really has JavaScript off.
        expect(win.__xssCalls).to.equal(undefined);
      }
    });

    it('keeps each card\'s light DOM to its embedded record, which parses to the record', () => {
      cards.forEach((card, n) => {
        expect([...card.children].map((child) => child.outerHTML.slice(0, 32)), `payload ${n + 1}`).to.deep.equal([
          '<script type="application/json">',
        ]);
        expect(JSON.parse(card.children[0]!.textContent!), `payload ${n + 1}`).to.deep.equal(records[n]);
      });
    });

    it('writes JSON-LD that parses to the record\'s values', () => {
      const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent!));
      expect(blocks).to.have.length(220);
      blocks.forEach((block, n) => {
        const record = records[n]!;
        const [page, faq] = block['@graph'];
        expect(page.name).to.equal(record.name);
        expect(page.description).to.equal(record.summary);
        expect(page.citation[0].url).to.equal(record.references![0]!.url);
        expect(faq.mainEntity[0].name).to.equal(record.faq![0]!.question);
        expect(faq.mainEntity[0].acceptedAnswer.text).to.equal(record.faq![0]!.answer);
      });
    });

    it('injects no element or attribute into any shadow root, and shows each text as text', () => {
      cards.forEach((card, n) => {
        const root = card.shadowRoot!;
        const record = records[n]!;
        // The HTML parser drops U+0000 from server-written text and reads CR and CRLF as LF,
        // as it does for any page. Script renders text as it is, and the embedded JSON keeps
        // every character (as \u escapes) either way.
        const shown = (text: string) => (scripts ? text : text.replaceAll('\0', '').replace(/\r\n?/g, '\n'));
        const styles = scripts ? [] : [root.firstElementChild];
        const injected = [...root.querySelectorAll(FORBIDDEN)].filter((element) => !styles.includes(element));
        expect(injected.map((element) => element.localName), `payload ${n + 1}`).to.deep.equal([]);
        for (const element of root.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            expect(attribute.name.startsWith('on'), `payload ${n + 1}: ${attribute.name}`).to.equal(false);
          }
        }
        for (const link of root.querySelectorAll('a')) {
          expect(new URL(link.href).protocol, `payload ${n + 1}`).to.match(/^https?:$/);
        }
        expect(root.querySelector('[part="title"]')!.textContent, `payload ${n + 1}`).to.equal(shown(record.name));
        expect(root.querySelector('.answer p')!.textContent, `payload ${n + 1}`).to.equal(shown(record.faq![0]!.answer));
        expect(root.querySelector('[part="references"] a')!.getAttribute('href'), `payload ${n + 1}`).to.equal(
          new URL(record.references![0]!.url).href,
        );
      });
    });
  });
}
