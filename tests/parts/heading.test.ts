import { expect } from '@open-wc/testing';
import type { CompoundRecord } from '../../src/record/schema.js';
import { $$, thymogen } from '../helpers.js';
import { cardFor, cardOnHostPage, expectPartAccessible, headingTags, withReferences } from './fixtures.js';

// The heading module has no part of its own: it draws every heading of the card, so its
// audit covers all of them. Values of heading-level that fall back to 2 are rows of the
// attribute table in element.test.ts.
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

describe('heading part (outline levels)', () => {
  let record: CompoundRecord;
  before(async () => {
    record = await thymogen();
  });

  it('is accessible (axe on every heading of the card, at the default level and capped at h6)', async () => {
    for (const level of [2, 6]) {
      const card = await cardOnHostPage(withReferences(record), { 'heading-level': String(level) });
      // hostPage's outline has only an <h1>: a card deeper in the outline sits under headings
      // of every level above its own, as on a real page (axe's heading-order would rightly fail otherwise).
      for (let above = 2; above < level; above++) {
        const outline = document.createElement(`h${above}`);
        outline.textContent = `Host heading, level ${above}`;
        card.before(outline);
      }
      // Title, four block titles (the article has none), four section titles, five questions, three reference types.
      expect($$(card, HEADINGS), `headings at heading-level=${level}`).to.have.length(17);
      await expectPartAccessible(card, HEADINGS);
    }
  });

  it('uses h2 / h3 / h4 by default', async () => {
    expect(headingTags(await cardFor(record))).to.deep.equal({ title: 'H2', block: 'H3', question: 'H4' });
  });

  it('follows heading-level for title, blocks and questions', async () => {
    expect(headingTags(await cardFor(record, { 'heading-level': '1' }))).to.deep.equal({ title: 'H1', block: 'H2', question: 'H3' });
    expect(headingTags(await cardFor(record, { 'heading-level': '4' }))).to.deep.equal({ title: 'H4', block: 'H5', question: 'H6' });
  });

  it('caps every heading at h6', async () => {
    expect(headingTags(await cardFor(record, { 'heading-level': '6' }))).to.deep.equal({ title: 'H6', block: 'H6', question: 'H6' });
  });

  it('falls back to level 2 when headingLevel is set to nonsense from script', async () => {
    const card = await cardFor(record);
    (card as unknown as { headingLevel: unknown }).headingLevel = 42;
    await card.updateComplete;
    expect(headingTags(card).title).to.equal('H2');
  });
});
