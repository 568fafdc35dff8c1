// Right to left, as a reader sees it: the card's frame follows the page's direction,
// text from the record takes its own (dir="auto" on each block), and the disclosure
// chevrons point down when closed and up when open whatever the direction.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CompoundCard } from '../src/compound-card.js';
import type { CompoundRecord } from '../src/record/schema.js';
import { arabicRecord } from './arabic-record.js';
import { $, $$, clone, settled, thymogen } from './helpers.js';

/** Every block of record text the card renders, with the open FAQ answers and the references. */
const RECORD_TEXT = [
  '.title',
  '.summary',
  '.fact dt',
  '.fact dd',
  '.takeaways li',
  '.article .block-title',
  '.article p',
  '.question',
  '.answer p',
  '.references li',
];

async function cardOn(pageDir: 'ltr' | 'rtl', record: CompoundRecord, attrs: Record<string, string> = {}) {
  const card = document.createElement('compound-card');
  for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
  card.record = record;
  await fixture(html`<div dir=${pageDir}>${card}</div>`);
  await settled(card, 'ready');
  return card;
}

const directionsOf = (card: CompoundCard, selector: string) => $$(card, selector).map((element) => getComputedStyle(element).direction);

let record: CompoundRecord;
before(async () => {
  record = clone(await thymogen());
  record.references = [{ title: 'Trial report', url: 'https://example.org/trial', type: 'study', source: 'Journal' }];
});

describe('the direction of record text', () => {
  const cases = [
    { page: 'rtl', record: () => record, text: 'ltr', what: 'an English record on a right-to-left page' },
    { page: 'ltr', record: () => arabicRecord(record), text: 'rtl', what: 'an Arabic-script record on a left-to-right page' },
  ] as const;
  for (const { page, record: recordFor, text, what } of cases) {
    it(`${what}: each block of record text reads ${text}, the card's frame ${page}`, async () => {
      const card = await cardOn(page, recordFor());
      $$(card, '.question .toggle').forEach((button) => button.click());
      await card.updateComplete;
      for (const selector of RECORD_TEXT) {
        const found = directionsOf(card, selector);
        expect(found.length, `${selector} is on the card`).to.be.greaterThan(0);
        expect(found, selector).to.deep.equal(found.map(() => text));
      }
      expect(getComputedStyle($(card, '.card')!).direction).to.equal(page);
      expect(getComputedStyle($(card, '[role="note"]')!).direction, 'the disclaimer is the card\'s own text').to.equal(page);
    });
  }
});

describe('the disclosure chevrons', () => {
  /** The chevron's two drawn edges and its turn: the same in both directions means it points the same way. */
  const chevron = (toggle: HTMLElement) => {
    const style = getComputedStyle(toggle, '::after');
    return {
      edges: [style.borderTopWidth, style.borderRightWidth, style.borderBottomWidth, style.borderLeftWidth],
      transform: style.transform,
    };
  };

  it('point down when closed and up when open, in both directions', async () => {
    const [ltr, rtl] = [await cardOn('ltr', record), await cardOn('rtl', record)];
    const closed = [chevron($(ltr, '#faq-q-0')!), chevron($(rtl, '#faq-q-0')!)];
    // Right and bottom edges turned by 45°: a "v".
    expect(closed[0].edges).to.deep.equal(['0px', '2px', '2px', '0px']);
    expect(closed[1]).to.deep.equal(closed[0]);
    for (const card of [ltr, rtl]) {
      $(card, '#faq-q-0')!.click();
      await card.updateComplete;
    }
    await aTimeout(400); // the chevron turns in 0.15 s
    const open = [chevron($(ltr, '#faq-q-0')!), chevron($(rtl, '#faq-q-0')!)];
    expect(open[1]).to.deep.equal(open[0]);
    expect(open[0].transform, 'turned further when open').to.not.equal(closed[0].transform);
  });
});

describe('server markup', () => {
  it('gives each block of record text dir="auto" before any script runs', async () => {
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-same-origin');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/ssr/page.html?script=none';
    document.body.append(frame);
    await loaded;
    const root = frame.contentDocument!.querySelector('compound-card')!.shadowRoot!;
    for (const selector of ['.header', '.summary', '.fact dt', '.fact dd', '.takeaways li', '.article section', '.article p', '.faq-item', '.answer p']) {
      const blocks = [...root.querySelectorAll(selector)];
      expect(blocks.length, `${selector} is rendered`).to.be.greaterThan(0);
      expect(blocks.map((block) => block.getAttribute('dir')), selector).to.deep.equal(blocks.map(() => 'auto'));
    }
    frame.remove();
  });
});
