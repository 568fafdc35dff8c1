import { expect, oneEvent } from '@open-wc/testing';
import type { CompoundRecord } from '../../src/record/schema.js';
import { $, $$, textOf, thymogen } from '../helpers.js';
import { cardFor, cardOnHostPage, cardWith, expectPartAccessible, THEMES } from './fixtures.js';

// How an unknown faq-mode falls back is a row of the attribute table in element.test.ts.
describe('faq part', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
  });

  it('is accessible (axe on the FAQ, answers closed and then all open, in both themes)', async () => {
    for (const theme of THEMES) {
      const card = await cardOnHostPage(record, { theme });
      await expectPartAccessible(card, '[part="faq"]');
      $$(card, '.question button').forEach((button) => button.click());
      await card.updateComplete;
      expect($$(card, '[part="faq"] [aria-expanded="false"]'), 'every answer open').to.have.length(0);
      await expectPartAccessible(card, '[part="faq"]');
    }
  });

  it('renders the five FAQ entries as buttons inside headings, answers collapsed', async () => {
    const card = await cardWith(record);
    const buttons = $$(card, '[part="faq"] .question > button');
    expect(buttons.map(textOf)).to.deep.equal(record.faq!.map((item) => item.question));
    for (const button of buttons) {
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = $(card, `#${button.getAttribute('aria-controls')}`);
      expect(panel?.hasAttribute('hidden'), 'panel hidden').to.equal(true);
      expect(panel?.getAttribute('aria-labelledby')).to.equal(button.id);
      expect(button.parentElement?.children).to.have.length(1);
    }
    expect(textOf($(card, '#faq-a-2 p'))).to.equal(record.faq![2]!.answer);
  });

  it('opens an FAQ answer and reports its index', async () => {
    const card = await cardWith(record);
    const button = $(card, '#faq-q-2')!;
    setTimeout(() => button.click());
    const event = await oneEvent(card, 'compound-card-toggle');
    expect(event.detail).to.deep.equal({ block: 'faq', index: 2, open: true });
    await card.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect($(card, '#faq-a-2')!.hasAttribute('hidden')).to.equal(false);
  });

  it('keeps several answers open in the default multiple mode', async () => {
    const card = await cardWith(record);
    $(card, '#faq-q-0')!.click();
    $(card, '#faq-q-3')!.click();
    await card.updateComplete;
    expect($$(card, '.question button[aria-expanded="true"]').map((b) => b.id)).to.deep.equal(['faq-q-0', 'faq-q-3']);
  });

  it('closes the others in faq-mode="single"', async () => {
    const card = await cardFor(record, { 'faq-mode': 'single' });
    $(card, '#faq-q-0')!.click();
    await card.updateComplete;
    $(card, '#faq-q-3')!.click();
    await card.updateComplete;
    expect($$(card, '.question button[aria-expanded="true"]').map((b) => b.id)).to.deep.equal(['faq-q-3']);
    expect($(card, '#faq-a-0')!.hasAttribute('hidden')).to.equal(true);
  });
});
