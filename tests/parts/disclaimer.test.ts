import { expect, fixture, html } from '@open-wc/testing';
import type { CompoundCard } from '../../src/compound-card.js';
import type { CompoundRecord } from '../../src/record/schema.js';
import { hostPage } from '../a11y-helpers.js';
import { clone, disclaimerOf, textOf, thymogen } from '../helpers.js';
import { cardFor, cardOnHostPage, cardWith, DISCLAIMER, expectPartAccessible, THEMES } from './fixtures.js';

// The disclaimer has no `part` (a host must not restyle it beyond its two colours): it is found by its role.
const NOTE = '[role="note"]';

describe('disclaimer part', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
  });

  it('is accessible (axe on the disclaimer, empty and ready, in both themes)', async () => {
    for (const theme of THEMES) {
      const empty = document.createElement('compound-card');
      empty.setAttribute('theme', theme);
      await hostPage([empty]);
      expect(empty.status).to.equal('empty');
      await expectPartAccessible(empty, NOTE);
      await expectPartAccessible(await cardOnHostPage(record, { theme }), NOTE);
    }
  });

  const expectDisclaimer = (card: CompoundCard) => {
    const note = disclaimerOf(card);
    expect(note, `disclaimer in status ${card.status}`).to.not.equal(null);
    expect(textOf(note)).to.match(DISCLAIMER);
    expect(note!.closest('[part]'), 'not inside any part').to.equal(null);
    expect(note!.hasAttribute('part')).to.equal(false);
    const style = getComputedStyle(note!);
    expect(style.display).to.not.equal('none');
    expect(style.visibility).to.equal('visible');
    expect(note!.getBoundingClientRect().height).to.be.greaterThan(10);
  };

  it('is present when empty', async () => {
    const card = await fixture<CompoundCard>(html`<compound-card></compound-card>`);
    expect(card.status).to.equal('empty');
    expectDisclaimer(card);
  });

  it('is present while loading', async () => {
    const card = await fixture<CompoundCard>(html`<compound-card src=${'/api/record?delay=800&key=disclaimer'}></compound-card>`);
    expect(card.status).to.equal('loading');
    expectDisclaimer(card);
  });

  it('is present when ready', async () => {
    expectDisclaimer(await cardFor(record));
  });

  it('is present in the error state', async () => {
    const card = await cardWith({ schemaVersion: 1 });
    expect(card.status).to.equal('error');
    expectDisclaimer(card);
  });

  const combinations: Record<string, string>[] = [
    { sections: 'faq' },
    { sections: 'facts faq', 'facts-collapsed': '' },
    { sections: '' },
    { theme: 'dark', 'heading-level': '6' },
    { theme: 'auto', 'faq-mode': 'single', timeout: '1' },
    { 'heading-level': '1', lang: 'xx' },
  ];
  for (const attrs of combinations) {
    it(`is present under ${JSON.stringify(attrs)}`, async () => {
      expectDisclaimer(await cardFor(record, attrs));
    });
  }

  it('cannot be reworded by the record: no record field reaches it', async () => {
    const card = await cardFor({ ...clone(record), disclaimer: 'All safe!' } as CompoundRecord);
    expect(textOf(disclaimerOf(card))).to.match(DISCLAIMER);
    expect(textOf(card.shadowRoot)).to.not.contain('All safe!');
  });

  it('keeps a legible size when the host shrinks the card\'s font to zero', async () => {
    const card = await cardFor(record);
    card.style.setProperty('--compound-card-font-size', '0px');
    expect(parseFloat(getComputedStyle(disclaimerOf(card)!).fontSize)).to.be.at.least(12);
  });
});
